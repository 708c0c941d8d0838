"""Majors, training levels and the course catalogue that textbooks and selections refer to (SPEC §2)."""

from django.db import models


class TrainingLevel(models.Model):
    """中级技能 / 高级技能 / 预备技师（技师）: fixed rows created by a data migration."""

    code = models.CharField("代码", max_length=20, unique=True)
    name = models.CharField("名称", max_length=30)
    rank = models.PositiveSmallIntegerField("排序")

    class Meta:
        verbose_name = "培养层级"
        verbose_name_plural = "培养层级"
        ordering = ["rank"]

    def __str__(self):
        return self.name


class Industry(models.TextChoices):
    """专业类 of the 技工院校专业目录."""

    MACHINERY = "machinery", "机械类"
    ELECTRICAL = "electrical", "电工电子类"
    INFORMATION = "information", "信息类"
    TRANSPORT = "transport", "交通类"
    SERVICES = "services", "服务类"
    COMMERCE = "commerce", "财经商贸类"
    CONSTRUCTION = "construction", "建筑类"
    CHEMICAL = "chemical", "化工类"
    AGRICULTURE = "agriculture", "农业类"
    ARTS = "arts", "文化艺术类"


class Major(models.Model):
    code = models.CharField("专业编码", max_length=10, unique=True)
    name = models.CharField("专业名称", max_length=60)
    industry = models.CharField("专业类", max_length=20, choices=Industry.choices)
    levels = models.ManyToManyField(TrainingLevel, verbose_name="培养层级", related_name="majors")

    class Meta:
        verbose_name = "专业"
        verbose_name_plural = "专业"
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"


class CourseCategory(models.TextChoices):
    """Course kinds that decide which catalogue a school must select from (Art. 28, S3–S7)."""

    UNIFIED_PUBLIC = "unified_public", "统编公共课（思想政治、语文、历史）"
    PUBLIC_BASIC = "public_basic", "公共基础课"
    PROFESSIONAL = "professional", "专业课"
    INTEGRATED = "integrated", "一体化课程"
    VOCATIONAL_TRAINING = "vocational_training", "职业培训课程"


class Course(models.Model):
    """A course that textbooks serve and schools select for.

    The 工学一体化 content of an integrated course (work analysis, learning tasks) belongs to the
    versioned course standard; this row is the stable identity those versions and textbooks share.
    """

    code = models.CharField("课程代码", max_length=20, unique=True)
    name = models.CharField("课程名称", max_length=80)
    category = models.CharField("课程类别", max_length=30, choices=CourseCategory.choices)
    majors = models.ManyToManyField(Major, verbose_name="适用专业", related_name="courses", blank=True)

    class Meta:
        verbose_name = "课程"
        verbose_name_plural = "课程"
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"
