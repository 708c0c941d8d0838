"""Choices the models share with the checks that validate them (``textbooks.checks``), which read
instances and never import the models module."""

from django.db import models

from review.reviewable import PlanningLevel as ReviewPlanningLevel


class PlanningLevel(models.TextChoices):
    NATIONAL = ReviewPlanningLevel.NATIONAL, "全国技工教育规划教材"
    PROVINCIAL = ReviewPlanningLevel.PROVINCIAL, "省级技工教育规划教材"
    NON_PLANNED = ReviewPlanningLevel.NON_PLANNED, "非规划教材"


class VersionStatus(models.TextChoices):
    DRAFT = "draft", "编写中"
    SUBMITTED = "submitted", "审核中"
    APPROVED = "approved", "审核通过"
    REJECTED = "rejected", "审核未通过"
    SUPERSEDED = "superseded", "已由变更版本替代"
