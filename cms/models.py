from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    intro = RichTextField("简介", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    max_count = 1

    class Meta:
        verbose_name = "首页"


class ContentGeneration(models.Model):
    """How many times public content has changed: the key of the anonymous page cache
    (``cms.page_cache``). One row, moved on after every commit that touches public content."""

    number = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "公开内容版本号"
