from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.documents.models import AbstractDocument, Document
from wagtail.models import Page

from cms.private_files import private_storage


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


class PrivateDocument(AbstractDocument):
    """Wagtail's document, stored in the private store (WAGTAILDOCS_DOCUMENT_MODEL): reachable only
    through Wagtail's serve view, which applies the collection's view restrictions, so a
    document is public only in a public collection."""

    file = models.FileField("文件", storage=private_storage, upload_to="documents")

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = "文档"
        verbose_name_plural = "文档"
