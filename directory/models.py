"""Organisations and people shared by every domain app.

One Organisation model serves schools, enterprises, institutes, publishers and HRSS departments:
a school may also compile textbooks, and the recusal rules (R1, R2) compare employers across all
of them, so they must live in one table.
"""

from django.conf import settings
from django.db import models

PROVINCES = [
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省",
    "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省",
    "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省",
    "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区",
]
PROVINCE_CHOICES = [(name, name) for name in PROVINCES]


class OrganisationKind(models.TextChoices):
    SCHOOL = "school", "技工院校"
    ENTERPRISE = "enterprise", "行业企业"
    INSTITUTE = "institute", "教科研机构"
    PUBLISHER = "publisher", "出版单位"
    DEPARTMENT = "department", "人力资源社会保障部门"
    PROPAGANDA = "propaganda", "党委宣传部门"


class SchoolType(models.TextChoices):
    TECHNICIAN_COLLEGE = "technician_college", "技师学院"
    SENIOR_SCHOOL = "senior_school", "高级技工学校"
    SCHOOL = "school", "技工学校"


class Organisation(models.Model):
    name = models.CharField("单位名称", max_length=120, unique=True)
    # R3: how the unit is also written (简称, former names); the anonymiser looks for each of them.
    aliases = models.TextField(
        "简称及曾用名", blank=True, help_text="每行一个，例如“重庆工技院”或更名前的校名；匿名审核时同样遮盖（R3）"
    )
    kind = models.CharField("单位类型", max_length=20, choices=OrganisationKind.choices)
    province = models.CharField("所在省份", max_length=20, choices=PROVINCE_CHOICES)
    credit_code = models.CharField("统一社会信用代码", max_length=18, blank=True)
    school_type = models.CharField("院校类型", max_length=30, choices=SchoolType.choices, blank=True)
    is_national = models.BooleanField(
        "国家级部门", default=False, help_text="人力资源社会保障部等国家级主管部门"
    )
    address = models.CharField("地址", max_length=200, blank=True)
    contact_email = models.EmailField("联系邮箱", blank=True)
    contact_phone = models.CharField("联系电话", max_length=30, blank=True)

    class Meta:
        verbose_name = "单位"
        verbose_name_plural = "单位"
        ordering = ["kind", "name"]
        # Held as a django-guardian object permission on one publisher by its gatekeeping body
        # (directory.services.grant_publisher_gatekeeper), never through a group (Art. 18).
        permissions = [("gatekeep_publisher", "Can run the publisher's political self-check (专题自查)")]

    def __str__(self):
        return self.name

    @property
    def alias_list(self):
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]


class TitleLevel(models.TextChoices):
    """Professional title (专业技术职务) or the equivalent skill level, Art. 13(2) / 14(2)."""

    JUNIOR = "junior", "初级"
    INTERMEDIATE = "intermediate", "中级"
    ASSOCIATE_SENIOR = "associate_senior", "副高级"
    SENIOR = "senior", "正高级"


SENIOR_TITLE_LEVELS = {TitleLevel.ASSOCIATE_SENIOR, TitleLevel.SENIOR}


class PersonManager(models.Manager):
    def get_queryset(self):
        # A person is shown with their employer (__str__): every list of people (the admin's
        # person choosers on a textbook version's page list hundreds) reads both in one query.
        return super().get_queryset().select_related("employer")


class Person(models.Model):
    """A person known to the platform: author, expert, committee member or staff.

    A person need not have a login (many authors never use the platform), so the user link is
    optional.
    """

    name = models.CharField("姓名", max_length=40)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="登录账号",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="person",
    )
    employer = models.ForeignKey(
        Organisation, verbose_name="工作单位", on_delete=models.PROTECT, related_name="staff"
    )
    title = models.CharField("职称/职业资格", max_length=60, blank=True)
    title_level = models.CharField(
        "职称级别", max_length=20, choices=TitleLevel.choices, default=TitleLevel.INTERMEDIATE
    )
    email = models.EmailField("电子邮箱", blank=True)
    phone = models.CharField("联系电话", max_length=30, blank=True)
    party_org_approved = models.BooleanField(
        "所在单位党组织审核同意", default=False, help_text="第十三条、第十九条"
    )

    objects = PersonManager()

    class Meta:
        verbose_name = "人员"
        verbose_name_plural = "人员"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "employer"], name="unique_person_per_employer")
        ]

    def __str__(self):
        return f"{self.name}（{self.employer}）"

    @property
    def has_senior_title(self):
        return self.title_level in SENIOR_TITLE_LEVELS
