import secrets
from dataclasses import asdict
from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.http import content_disposition_header
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.admin.views.generic import InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.snippets.views import chooser
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from cms.permissions import ReadableScopeMixin, ScopedChooserMixin, ScopedModelViewSet
from curriculum import services
from curriculum.diff import compare_standards
from curriculum.docx_io import MAX_FILE_BYTES, DocxImportError, export_standard, import_standard
from curriculum.document import StandardDoc
from curriculum.impact import citations_for_codes, citations_for_courses
from curriculum.models import Course, CourseStandard, Major, ResourceItem, StandardVersion, rule_context
from curriculum.rules import standard_problems
from directory.models import Organisation

DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
IMPORT_SESSION_KEY = "curriculum.import"


class MajorViewSet(ModelViewSet):
    model = Major
    icon = "folder-open-inverse"
    menu_label = "专业"
    list_display = ["code", "name", "industry"]
    list_filter = ["industry", "levels"]
    search_fields = ["code", "name"]
    form_fields = ["code", "name", "industry", "levels"]


class CourseInspectView(InspectView):
    """A course with everything that cites it: what a change to the course affects."""

    template_name = "curriculum/admin/course_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["citations"] = citations_for_courses([self.object])[self.object.code]
        return context


class CourseViewSet(ModelViewSet):
    model = Course
    inspect_view_enabled = True
    inspect_view_class = CourseInspectView
    icon = "list-ul"
    menu_label = "课程"
    list_display = ["code", "name", "category"]
    list_filter = ["category", "majors"]
    search_fields = ["code", "name"]
    form_fields = ["code", "name", "category", "majors"]


def own_units(user):
    """Units a user may compile for: all of them with the model permission, else their employer."""
    if user.has_perm("curriculum.change_coursestandard"):
        return Organisation.objects.all()
    person = getattr(user, "person", None)
    return Organisation.objects.filter(pk=person.employer_id if person else None)


class OwnUnitFormMixin:
    """An author compiles for their own unit only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and "compiling_unit" in self.fields:
            self.fields["compiling_unit"].queryset = own_units(self.for_user)


class CourseStandardForm(OwnUnitFormMixin, WagtailAdminModelForm):
    pass


def own_courses(user):
    """Courses of the standards the user's units compiled: a unit attaches resources to its own
    courses, never to another unit's (Art. 37)."""
    codes = {
        course.code
        for standard in CourseStandard.objects.filter(compiling_unit__in=own_units(user))
        for course in standard.to_document().courses
    }
    return Course.objects.filter(code__in=codes)


class ResourceItemForm(OwnUnitFormMixin, WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not self.for_user.has_perm("curriculum.change_coursestandard"):
            self.fields["course"].queryset = own_courses(self.for_user)


class ResourceIndexView(ScopedModelViewSet.index_view_class):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.request.user.has_perm(services.REVIEW_RESOURCE):
            url = reverse("curriculum_resources:review", args=[instance.pk])
            buttons.append(MenuItem("审核（第三十七条）", url=url, icon_name="tick", priority=30))
        return buttons


class ResourceReviewView(WagtailAdminTemplateMixin, TemplateView):
    """Art. 37: the reviewing authority approves a resource before it is public, or says why not."""

    template_name = "curriculum/admin_resource_review.html"
    header_icon = "media"
    viewset = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(services.REVIEW_RESOURCE):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def item(self):
        return get_object_or_404(ResourceItem.objects.select_related("course", "compiling_unit", "document"), pk=unquote(self.kwargs["pk"]))

    def get_page_title(self):
        return f"审核教学资源：{self.item.title}"

    def get_context_data(self, **kwargs):
        return super().get_context_data(item=self.item, may_review=True, **kwargs)

    def post(self, request, *args, **kwargs):
        approved = request.POST.get("decision") == "approve"
        try:
            services.review_resource(self.item, request.user, approved=approved, comment=request.POST.get("comment", ""))
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, "已审核，审核通过的资源将在公开页面和检索中出现。" if approved else "已作出审核不通过结论。")
        return redirect("curriculum_resources:review", self.item.pk)


class ResourceItemViewSet(ScopedModelViewSet):
    model = ResourceItem
    icon = "media"
    menu_label = "教学资源包"
    url_namespace = "curriculum_resources"
    url_prefix = "curriculum/resources"
    index_view_class = ResourceIndexView
    inspect_view_enabled = True
    list_display = ["title", "course", "kind", "form", "compiling_unit", "review_status"]
    list_filter = ["kind", "form", "review_status"]
    search_fields = ["title"]
    panels = [
        FieldPanel("course"),
        FieldPanel("learning_task_code"),
        FieldPanel("kind"),
        FieldPanel("form"),
        FieldPanel("title"),
        FieldPanel("textbook"),
        FieldPanel("textbook_reference"),
        FieldPanel("document"),
        FieldPanel("url"),
        FieldPanel("description"),
        FieldPanel("compiling_unit"),
    ]

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=ResourceItemForm).bind_to_model(self.model)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("review/<str:pk>/", ResourceReviewView.as_view(viewset=self), name="review"),
        ]


def scoped_object_view(view, viewset):
    """Every view that names a standard answers 404 for one the user may not read (cms.permissions)."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if "pk" in kwargs and not viewset.readable(request.user).filter(pk=unquote(str(kwargs["pk"]))).exists():
            raise Http404
        return view(request, *args, **kwargs)

    return guarded


class StandardIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.permission_policy.user_has_permission(self.request.user, "add"):
            buttons.append(HeaderButton("导入 DOCX", url=reverse("curriculum_standards:import"), icon_name="upload"))
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            MenuItem("版本与对比", url=reverse("curriculum_standards:versions", args=[instance.pk]), icon_name="history", priority=40)
        )
        return buttons


class StandardEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        url = reverse("curriculum_standards:versions", args=[self.object.pk])
        return [*super().header_more_buttons, Button("版本、对比与导出", url=url, icon_name="history", priority=5)]


class StandardChooseView(ScopedChooserMixin, chooser.ChooseView):
    pass


class StandardChooseResultsView(ScopedChooserMixin, chooser.ChooseResultsView):
    pass


class StandardChosenView(ScopedChooserMixin, chooser.SnippetChosenView):
    pass


class StandardChosenMultipleView(ScopedChooserMixin, chooser.SnippetChosenMultipleView):
    pass


class StandardChooserViewSet(chooser.SnippetChooserViewSet):
    """The standards chooser offers the standards the user may read, not every unit's."""

    choose_view_class = StandardChooseView
    choose_results_view_class = StandardChooseResultsView
    chosen_view_class = StandardChosenView
    chosen_multiple_view_class = StandardChosenMultipleView


class CourseStandardViewSet(ReadableScopeMixin, SnippetViewSet):
    model = CourseStandard
    chooser_viewset_class = StandardChooserViewSet
    icon = "doc-full-inverse"
    menu_label = "课程标准"
    url_namespace = "curriculum_standards"
    url_prefix = "curriculum/standards"
    index_view_class = StandardIndexView
    edit_view_class = StandardEditView
    list_display = ["title", "major", "level", "compiling_unit", "version_label"]
    list_filter = ["level", "planning_level"]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("major"),
                            FieldPanel("level"),
                            FieldPanel("title"),
                            FieldPanel("planning_level"),
                            FieldPanel("compiling_unit"),
                        ],
                        heading="专业与层级",
                    ),
                    MultiFieldPanel(
                        [FieldPanel("version_label"), FieldPanel("effective_term"), FieldPanel("effective_from")],
                        heading="版本与生效",
                    ),
                    InlinePanel("authorships", heading="编写人员", label="编写人员"),
                ],
                heading="基本信息",
            ),
            ObjectList([FieldPanel("training_goals"), FieldPanel("course_plan")], heading="培养目标与课程安排"),
            ObjectList([FieldPanel("typical_work_tasks")], heading="典型工作任务"),
            ObjectList([FieldPanel("course_norms"), FieldPanel("courses")], heading="课程规范"),
            ObjectList(
                [FieldPanel("implementation_advice"), FieldPanel("assessment_and_evaluation")], heading="实施与考核"
            ),
        ],
        base_form_class=CourseStandardForm,
    )

    def get_queryset(self, request):
        return self.readable(request.user).select_related("major", "level", "compiling_unit")

    def construct_view(self, view_class, **kwargs):
        return scoped_object_view(super().construct_view(view_class, **kwargs), self)

    def get_urlpatterns(self):
        def guarded(view_class):
            return scoped_object_view(view_class.as_view(viewset=self), self)

        return super().get_urlpatterns() + [
            path("import/", guarded(StandardImportView), name="import"),
            path("versions/<str:pk>/", guarded(VersionsView), name="versions"),
            path("compare/<str:pk>/", guarded(CompareView), name="compare"),
            path("export/<str:pk>/<int:revision_id>/", guarded(ExportView), name="export"),
            path("submit/<str:pk>/", guarded(SubmitView), name="submit"),
        ]


# ------------------------------------------------------------------------------ admin views


class StandardAdminView(WagtailAdminTemplateMixin, TemplateView):
    viewset = None
    header_icon = "doc-full-inverse"

    @cached_property
    def standard(self):
        return get_object_or_404(
            CourseStandard.objects.select_related("major", "level", "compiling_unit"), pk=self.kwargs["pk"]
        )

    def can(self, action, instance=None):
        policy = self.viewset.permission_policy
        if instance is None:
            return policy.user_has_permission(self.request.user, action)
        return policy.user_has_permission_for_instance(self.request.user, action, instance)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("curriculum_standards:list"), "label": "课程标准"},
            {"url": "", "label": self.get_page_title()},
        ]

    def revision(self, revision_id):
        return get_object_or_404(self.standard.revisions.select_related("user"), pk=revision_id)


class VersionsView(StandardAdminView):
    template_name = "curriculum/admin/versions.html"

    def get_page_title(self):
        return f"版本与对比：{self.standard}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        standard = self.standard
        versions = {v.revision_id: v for v in StandardVersion.objects.filter(standard=standard)}
        revisions = list(standard.revisions.select_related("user").order_by("-created_at", "-pk"))
        context.update(
            standard=standard,
            rows=[(revision, versions.get(revision.pk)) for revision in revisions],
            can_submit=self.can("change", standard),
            pending_impact=self.pending_impact(standard, revisions),
        )
        return context

    @staticmethod
    def pending_impact(standard, revisions):
        """What the latest revision changes against the live one affects: shown before it is submitted."""
        live = next((r for r in revisions if r.pk == standard.live_revision_id), None)
        if live is None or revisions[0] is live:
            return {}
        diff = compare_standards(live.as_object().to_document(), revisions[0].as_object().to_document())
        return citations_for_codes(diff.changed_course_codes())


class CompareView(StandardAdminView):
    template_name = "curriculum/admin/compare.html"

    def get_page_title(self):
        return f"版本对比：{self.standard}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        try:
            old, new = (self.revision(int(self.request.GET[key])) for key in ("from", "to"))
        except (KeyError, ValueError) as exc:
            raise Http404("请选择两个版本进行对比") from exc
        versions = {v.revision_id: v for v in StandardVersion.objects.filter(revision__in=[old, new])}
        diff = compare_standards(old.as_object().to_document(), new.as_object().to_document())
        context.update(
            standard=self.standard,
            old=old,
            new=new,
            old_version=versions.get(old.pk),
            new_version=versions.get(new.pk),
            diff=diff,
            impact=citations_for_codes(diff.changed_course_codes()),
        )
        return context


class ExportView(StandardAdminView):
    def get(self, request, *args, **kwargs):
        revision = self.revision(kwargs["revision_id"])
        doc = revision.as_object().to_document()
        response = HttpResponse(export_standard(doc), content_type=DOCX_CONTENT_TYPE)
        filename = f"{doc.title}（{doc.version_label or revision.pk}）.docx"
        response["Content-Disposition"] = content_disposition_header(True, filename)
        return response


class SubmitView(StandardAdminView):
    def post(self, request, *args, **kwargs):
        if not self.can("change", self.standard):
            raise PermissionDenied
        try:
            version = services.submit_for_review(self.standard, request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, f"已提交审核：{version.version_label}")
        return redirect("curriculum_standards:versions", self.standard.pk)


# ------------------------------------------------------------------------------ DOCX import


class ImportForm(forms.Form):
    file = forms.FileField(label="课程标准 Word 文件（.docx）")
    compiling_unit = forms.ModelChoiceField(label="编写单位", queryset=Organisation.objects.none())

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["compiling_unit"].queryset = own_units(user)
        if self.fields["compiling_unit"].queryset.count() == 1:
            self.fields["compiling_unit"].initial = self.fields["compiling_unit"].queryset.get()


def document_from_dict(data):
    """Rebuild a StandardDoc from ``dataclasses.asdict`` output (kept in the session between preview and confirm)."""
    from curriculum.document import CourseDoc, CoursePlanRow, LearningTaskDoc, TypicalWorkTaskDoc

    data = dict(data)
    data["course_plan"] = [CoursePlanRow(**row) for row in data["course_plan"]]
    data["typical_work_tasks"] = [TypicalWorkTaskDoc(**task) for task in data["typical_work_tasks"]]
    data["courses"] = [
        CourseDoc(**{**course, "learning_tasks": [LearningTaskDoc(**task) for task in course["learning_tasks"]]})
        for course in data["courses"]
    ]
    return StandardDoc(**data)


class StandardImportView(StandardAdminView):
    """Upload → per-section report and preview → confirm. A refused file saves nothing."""

    template_name = "curriculum/admin/import.html"
    page_title = "导入课程标准（DOCX）"

    def dispatch(self, request, *args, **kwargs):
        if not self.can("add"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=ImportForm(user=request.user)))

    def post(self, request, *args, **kwargs):
        if "token" in request.POST:
            return self.confirm(request)
        form = ImportForm(request.POST, request.FILES, user=request.user)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        context = {"form": form, "filename": upload.name}
        if upload.size > MAX_FILE_BYTES:
            context["error"] = f"文件过大（超过 {MAX_FILE_BYTES // (1024 * 1024)} MB），已拒绝导入。"
            return self.render_to_response(self.get_context_data(**context))
        try:
            result = import_standard(upload.read(), upload.name)
        except DocxImportError as error:
            context.update(error=error.message, report=error.report)
            return self.render_to_response(self.get_context_data(**context))
        doc = result.document
        context.update(report=result.report, warnings=result.warnings, doc=doc)
        problems, existing = self.check(doc)
        if problems:
            context["problems"] = problems
            return self.render_to_response(self.get_context_data(**context))
        token = secrets.token_urlsafe(16)
        request.session[IMPORT_SESSION_KEY] = {
            "token": token,
            "document": asdict(doc),
            "filename": upload.name,
            "unit": form.cleaned_data["compiling_unit"].pk,
        }
        if existing is not None and existing.latest_revision is not None:
            diff = compare_standards(existing.latest_revision.as_object().to_document(), doc)
            context.update(diff=diff, impact=citations_for_codes(diff.changed_course_codes()))
        context.update(token=token, existing=existing)
        return self.render_to_response(self.get_context_data(**context))

    def check(self, doc):
        """Everything that refuses the file as a whole (the same rules as the admin form)."""
        try:
            services.check_import_target(doc)
        except ValidationError as error:
            return error.messages, None
        existing = services.standard_for(doc)
        if existing is not None and not self.can("change", existing):
            return ["该专业和培养层级的课程标准由其他单位编写，您不能为其导入新版本。"], existing
        return standard_problems(doc, *rule_context(Major.objects.get(code=doc.major_code))), existing

    def confirm(self, request):
        pending = request.session.get(IMPORT_SESSION_KEY)
        if not pending or pending["token"] != request.POST["token"]:
            messages.error(request, "导入预览已过期，请重新上传文件。")
            return redirect("curriculum_standards:import")
        doc = document_from_dict(pending["document"])
        unit = get_object_or_404(own_units(request.user), pk=pending["unit"])
        problems, _ = self.check(doc)
        if problems:
            messages.error(request, "；".join(problems))
            return redirect("curriculum_standards:import")
        try:
            standard = services.import_document(doc, request.user, unit, pending["filename"])
        except ValidationError as error:
            messages.error(request, "；".join(error.messages))
            return redirect("curriculum_standards:import")
        del request.session[IMPORT_SESSION_KEY]
        messages.success(request, f"已导入“{standard}”为新的草稿版本。")
        return redirect("curriculum_standards:edit", standard.pk)

