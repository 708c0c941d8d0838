"""The expert pool (专家库) from which review panels are drawn (SPEC §4, R4, R5)."""

from django.db import models

from curriculum.models import Major
from directory.models import Person


class ExpertCategory(models.TextChoices):
    """The four reviewer categories of Art. 19."""

    SUBJECT = "subject", "学科专业领域专家"
    RESEARCH = "research", "教科研专家"
    TEACHER = "teacher", "一线教师"
    INDUSTRY = "industry", "行业企业专家"


class Expert(models.Model):
    person = models.OneToOneField(
        Person, verbose_name="人员", on_delete=models.PROTECT, related_name="expert_profile"
    )
    category = models.CharField("专家类别", max_length=20, choices=ExpertCategory.choices)
    specialties = models.ManyToManyField(
        Major, verbose_name="擅长专业", related_name="experts", blank=True
    )
    active = models.BooleanField("在库", default=True)
    joined_on = models.DateField("入库日期", null=True, blank=True)

    class Meta:
        verbose_name = "审核专家"
        verbose_name_plural = "专家库"
        ordering = ["person__name"]

    def __str__(self):
        return f"{self.person.name}（{self.get_category_display()}）"
