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

    HOME_LIST_SIZE = 6

    def get_context(self, request, *args, **kwargs):
        """The home: search, the newest approvals, the notices open for objections, the sections."""
        from selection import notice
        from selection.models import SelectionNoticePage
        from textbooks import catalogue
        from textbooks.models import CataloguePage

        context = super().get_context(request, *args, **kwargs)
        catalogue_page = CataloguePage.objects.live().public().first()
        newest = list(
            catalogue.public_versions().exclude(frozen_at=None).select_related("textbook", "publisher")
            .order_by("-frozen_at", "-pk")[: self.HOME_LIST_SIZE]
        )
        context.update(
            newest=[
                (v, catalogue.textbook_url(catalogue_page, v.textbook_id) if catalogue_page else "") for v in newest
            ],
            notices=list(notice.rounds_on_notice()[: self.HOME_LIST_SIZE]),
            notice_page=SelectionNoticePage.objects.live().public().first(),
            catalogue_page=catalogue_page,
            sections=self.get_children().live().public().specific(),
        )
        return context


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
