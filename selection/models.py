"""School selection committees (S1, Art. 27(1))."""

from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel

from directory.models import Organisation, OrganisationKind, Person


class MemberType(models.TextChoices):
    """The member groups Art. 27(1) requires on every committee."""

    PROFESSIONAL_TEACHER = "professional_teacher", "专业教师"
    INDUSTRY_EXPERT = "industry_expert", "行业企业专家"
    TEACHING_RESEARCHER = "teaching_researcher", "教科研人员"
    TEACHING_MANAGER = "teaching_manager", "教学管理人员"


class SelectionCommittee(ClusterableModel):
    school = models.OneToOneField(
        Organisation,
        verbose_name="学校",
        on_delete=models.CASCADE,
        related_name="selection_committee",
        limit_choices_to={"kind": OrganisationKind.SCHOOL},
    )
    announced_on = models.DateField("成员公示日期", null=True, blank=True)

    panels = [FieldPanel("school"), FieldPanel("announced_on"), InlinePanel("members", label="成员")]

    class Meta:
        verbose_name = "教材选用委员会"
        verbose_name_plural = "教材选用委员会"
        ordering = ["school__name"]

    def __str__(self):
        return f"{self.school.name}教材选用委员会"


class CommitteeMember(models.Model):
    committee = ParentalKey(
        SelectionCommittee, verbose_name="委员会", on_delete=models.CASCADE, related_name="members"
    )
    person = models.ForeignKey(Person, verbose_name="人员", on_delete=models.PROTECT)
    member_type = models.CharField("成员类别", max_length=30, choices=MemberType.choices)
    is_chair = models.BooleanField("主任委员", default=False)

    panels = [FieldPanel("person"), FieldPanel("member_type"), FieldPanel("is_chair")]

    class Meta:
        verbose_name = "委员会成员"
        verbose_name_plural = "委员会成员"
        constraints = [
            models.UniqueConstraint(fields=["committee", "person"], name="unique_committee_member")
        ]

    def __str__(self):
        return f"{self.person.name}（{self.get_member_type_display()}）"
