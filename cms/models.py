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
    """The current state of public content, named by a random token: the key of the visitors'
    page cache (``cms.page_cache``). One row, given a new token after every commit that touches
    public content. Random rather than counted, so that another database (a fresh one, a
    restore) never meets pages cached from a different one under the same key."""

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = "公开内容版本号"
