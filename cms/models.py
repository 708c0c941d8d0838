"""The public site's pages and the site-wide models.

The public pages of the domain apps (the catalogue, the selection notice) live here, on top of the
apps whose queries and forms they serve, so that no app's models module imports its own services.
"""

import uuid

from django.conf import settings
from django.db import models
from django.http import Http404, HttpResponse
from django.template.loader import get_template, render_to_string
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import content_disposition_header
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.models import AbstractDocument, Document
from wagtail.fields import RichTextField
from wagtail.models import Page

from cms.generation import ContentGeneration  # noqa: F401  (registered with the cms app here)
from cms.page_cache import content_fragment, content_fragments
from cms.private_files import PrivateFileField, generated_attachment, private_storage
from cms.routing import CachedChildrenMixin, CachedRestrictionsMixin
from selection import exports as selection_exports
from selection import notice
from textbooks import catalogue, catalogue_io
from textbooks.models import Catalogue


class HomePage(CachedChildrenMixin, Page):
    intro = RichTextField("简介", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    max_count = 1

    class Meta:
        verbose_name = "首页"

    HOME_LIST_SIZE = 6

    def get_context(self, request, *args, **kwargs):
        """The home: search, the newest approvals, the notices open for objections, the sections;
        the lists depend on public content and the day alone, so they are kept per generation and day."""

        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        context["home_lists"] = content_fragment(
            request, f"home:{self.pk}:{request.get_host()}:{today}", lambda: self._render_lists(request, today)
        )
        return context

    def _render_lists(self, request, today):
        catalogue_page = CataloguePage.objects.live().public().first()
        newest = list(
            catalogue.public_versions().exclude(frozen_at=None).select_related("textbook", "publisher")
            .order_by("-frozen_at", "-pk")[: self.HOME_LIST_SIZE]
        )
        context = {
            "newest": [(v, catalogue_page.textbook_url(v.textbook_id) if catalogue_page else "") for v in newest],
            # The rounds alone: the home does not show their lines.
            "notices": list(notice.rounds_on_notice(today).prefetch_related(None)[: self.HOME_LIST_SIZE]),
            "notice_page": SelectionNoticePage.objects.live().public().first(),
            "catalogue_page": catalogue_page,
            "sections": self.get_children().live().public().specific(),
        }
        return render_to_string("cms/_home_lists.html", context, request)


class PublicSectionPage(CachedRestrictionsMixin, RoutablePageMixin, Page):
    """A section of the public site directly under the home, once, with an editable introduction;
    its routes serve the section's lists and forms."""

    intro = RichTextField("简介", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        abstract = True


class CataloguePage(PublicSectionPage):
    """The public catalogue (Art. 23, 32): browse approved textbooks by catalogue, batch, major,
    level and category; one textbook's editions, status and catalogue memberships."""

    template = "textbooks/catalogue_page.html"

    class Meta:
        verbose_name = "教材目录页"

    @cached_property
    def _own_url(self):
        # Wagtail works the page's URL out from the sites on every ``url``; a list of textbooks
        # (the home's, a search rebuild's) asks it once per textbook of the same page object.
        return self.url

    def textbook_url(self, textbook_id):
        """The public detail page of one textbook under this catalogue page."""
        return self._own_url + self.reverse_subpage("textbook", args=[textbook_id])

    @classmethod
    def listed_textbook_urls(cls, textbook_ids):
        """textbook id → public detail URL, for those of the textbooks the catalogue lists (S12: a
        stopped textbook is no longer pointed to), in two queries whatever the number of ids."""
        listed = set(
            catalogue.listed_versions().filter(textbook_id__in=set(textbook_ids)).values_list("textbook_id", flat=True)
        )
        page = cls.objects.live().public().first() if listed else None
        if page is None:
            return {}
        return {textbook_id: page.textbook_url(textbook_id) for textbook_id in listed}

    @path("")
    def index(self, request):

        filterset, ids = catalogue.filtered_ids(request.GET)
        catalogue.offer(filterset, content_fragment(request, "catalogue-filter-options", lambda: catalogue.filter_options(filterset)))
        page_obj = catalogue.page_of(ids, request.GET)
        query = request.GET.copy()
        query.pop("page", None)
        base_url = self.get_url(request)

        def render_rows(missing):
            versions = catalogue.with_listing_data(catalogue.listed_versions().filter(pk__in=missing))
            row = get_template("textbooks/_catalogue_row.html")
            return {v.pk: row.render({"base_url": base_url, "version": v}) for v in versions}

        # Each row depends on its version's content alone: kept per version, rendered when missing.
        page_ids = list(page_obj.object_list)
        rows = content_fragments(request, {pk: f"catalogue-row:{base_url}:{pk}" for pk in page_ids}, render_rows)
        return self.render(
            request,
            context_overrides={
                "filterset": filterset,
                "page_obj": page_obj,
                "page_range": page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1),
                "rows": [rows[pk] for pk in page_ids if pk in rows],  # one withdrawn meanwhile is left out
                "catalogue_nav": content_fragment(
                    request,
                    f"catalogue-nav:{base_url}",
                    lambda: render_to_string(
                        "textbooks/_catalogue_nav.html",
                        {"catalogues": catalogue.catalogues_with_batches(), "base_url": base_url},
                    ),
                ),
                "query_string": query.urlencode(),
                "base_url": base_url,
            },
            template="textbooks/catalogue_page.html",
        )

    @path("export/", name="export")
    def export(self, request):
        """The listed catalogue (or one catalogue of it) as an XLSX a school can file and filter."""
        chosen = Catalogue.objects.filter(pk=request.GET.get("catalogue")).first() if request.GET.get("catalogue", "").isdigit() else None
        response = HttpResponse(
            catalogue_io.export_xlsx(chosen, listed_only=True),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = content_disposition_header(True, f"{chosen.name if chosen else '教材目录'}.xlsx")
        return response

    @path("textbook/<int:textbook_id>/", name="textbook")
    def textbook(self, request, textbook_id):

        def render_detail():
            versions = list(catalogue.detail_versions(textbook_id))
            if not versions:
                return None
            context = {"textbook": versions[0].textbook, "versions": versions}
            return {"title": versions[0].textbook.title, "html": render_to_string("textbooks/_textbook_detail.html", context)}

        # What it shows depends on the textbook's content alone: kept per textbook and generation.
        detail = content_fragment(request, f"textbook:{textbook_id}", render_detail)
        if detail is None:
            raise Http404
        return self.render(
            request,
            context_overrides={"detail": detail, "base_url": self.get_url(request)},
            template="textbooks/textbook_detail.html",
        )


class SelectionNoticePage(PublicSectionPage):
    """The public notice (公示, S2, Art. 27(2)): results on notice, and a form to object."""

    template = "selection/notice_page.html"

    class Meta:
        verbose_name = "教材选用公示页"

    @path("")
    def index(self, request):
        return self.render(
            request,
            context_overrides={"rounds": notice.rounds_on_notice(), "base_url": self.get_url(request)},
            template="selection/notice_page.html",
        )

    @path("export/", name="export")
    def export(self, request):
        """Everything on notice as an XLSX a school or a teacher can keep (S2)."""
        return generated_attachment(
            lambda out: selection_exports.notice_xlsx(notice.rounds_on_notice(), out),
            "教材选用结果公示.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )

    @path("<int:round_id>/objection/", name="objection")
    def objection(self, request, round_id):
        selection_round = notice.round_on_notice(round_id)
        form = notice.ObjectionForm(selection_round, request.POST or None)
        limited = request.method == "POST" and notice.objection_rate_limited(request)
        if limited:
            form.add_error(None, notice.RATE_LIMITED)
        submitted = request.method == "POST" and not limited and form.is_valid() and form.submit()
        response = self.render(
            request,
            context_overrides={"round": selection_round, "form": form, "submitted": submitted, "base_url": self.get_url(request)},
            template="selection/objection.html",
        )
        if limited:
            response.status_code = 429
        return response


class PrivateDocument(AbstractDocument):
    """Wagtail's document, stored in the private store (WAGTAILDOCS_DOCUMENT_MODEL): reachable only
    through Wagtail's serve view, which applies the collection's view restrictions, so a
    document is public only in a public collection."""

    file = models.FileField("文件", storage=private_storage, upload_to="documents")

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = "文档"
        verbose_name_plural = "文档"


class BackgroundJob(models.Model):
    """Long work run by the task queue's worker (``cms.jobs``): who started it and how far it has
    got, so that the person who started it sees a progress bar instead of a request timing out.
    Named by a random UUID: its progress page is nobody else's to guess."""

    class State(models.TextChoices):
        QUEUED = "queued", "排队中"
        RUNNING = "running", "进行中"
        DONE = "done", "已完成"
        FAILED = "failed", "失败"

    id = models.UUIDField("编号", primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField("任务", max_length=40)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="发起人", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    state = models.CharField("状态", max_length=10, choices=State.choices, default=State.QUEUED)
    done = models.PositiveIntegerField("已完成", default=0)
    total = models.PositiveIntegerField("总数", default=0)
    message = models.CharField("结果", max_length=500, blank=True)
    # What the job works on (an export's object and format), as the task reads it again on
    # every delivery: the row, not the message, is the job's input.
    params = models.JSONField("参数", default=dict, blank=True)
    # A generated file (an export) in the private store, served by the private file view with
    # the job's own check (cms.jobs.may_see): its starter, while they may still read its subject.
    result = PrivateFileField("生成的文件", folder="jobs", original_name_field="result_name", blank=True)
    result_name = models.CharField("文件名", max_length=200, blank=True)
    attempts = models.PositiveSmallIntegerField("执行次数", default=0)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    finished_at = models.DateTimeField("完成时间", null=True, blank=True)

    class Meta:
        verbose_name = "后台任务"
        verbose_name_plural = "后台任务"
        ordering = ["-created_at"]

    @property
    def percent(self):
        if self.state == self.State.DONE:
            return 100
        return min(100, self.done * 100 // self.total) if self.total else 0
