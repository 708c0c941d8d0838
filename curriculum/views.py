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

from cms import private_files
from cms.permissions import ReadableScopeMixin, ScopedChooserMixin, ScopedModelViewSet
from curriculum import services
from curriculum.diff import compare_standards
from curriculum.catalogue import closest
from curriculum.docx_io import (
    DISCARD,
    KIND_COURSE,
    KIND_MAJOR,
    MAX_FILE_BYTES,
    DocxImportError,
    UnmappedPart,
    apply_mapping,
    export_standard,
    fill_missing_codes,
    import_standard,
)
from curriculum.document import CODE_PATTERN, StandardDoc
from curriculum.impact import citations_for_codes, citations_for_courses
from curriculum.models import (
    Course,
    CourseCategory,
    CourseStandard,
    Major,
    ResourceItem,
    StandardVersion,
    TrainingLevel,
    course_codes_compiled_by,
    rule_context,
)
from curriculum.rules import draft_problems, submission_checklist
from directory.models import Organisation
from review.models import Expert

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


class ResourceItemForm(OwnUnitFormMixin, WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None:
            # Offers the user's units' courses; ResourceItem itself refuses any other (Art. 37).
            self.fields["course"].queryset = Course.objects.filter(code__in=course_codes_compiled_by(own_units(self.for_user)))


class ResourceIndexView(ScopedModelViewSet.index_view_class):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.request.user.has_perm(services.REVIEW_RESOURCE) and services.may_review_resource(instance, self.request.user):
            url = reverse("curriculum_resources:review", args=[instance.pk])
            buttons.append(MenuItem("审核（第三十七条）", url=url, icon_name="tick", priority=30))
        return buttons


class ResourceReviewForm(forms.Form):
    """The organiser's conclusion on the opinions of the experts its procedure asks for (Art. 22)."""

    experts = forms.ModelMultipleChoiceField(
        label="评审专家", queryset=Expert.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    comment = forms.CharField(label="审核意见（不通过时必填）", required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, item, **kwargs):
        super().__init__(*args, **kwargs)
        # Candidates exclude the compiling unit's people (R1); a forged choice is refused by the service.
        self.fields["experts"].queryset = (
            Expert.objects.filter(active=True).exclude(person__employer=item.compiling_unit).select_related("person")
        )


class ResourceReviewView(WagtailAdminTemplateMixin, TemplateView):
    """Art. 37 with Art. 22: the organiser responsible for a resource approves it under its own
    procedure before it is public, or says why not. HRSS supervises from the list and the log."""

    template_name = "curriculum/admin_resource_review.html"
    header_icon = "media"
    viewset = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(services.REVIEW_RESOURCE) or not services.may_review_resource(self.item, request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def item(self):
        return get_object_or_404(ResourceItem.objects.select_related("course", "compiling_unit", "document"), pk=unquote(self.kwargs["pk"]))

    def get_page_title(self):
        return f"审核教学资源：{self.item.title}"

    def get_context_data(self, **kwargs):
        organiser, route, deadline = services.resource_route(self.item)
        form = kwargs.pop("form", None) or ResourceReviewForm(item=self.item)
        return super().get_context_data(
            item=self.item, organiser=organiser, route=route, deadline=deadline, form=form,
            panel=self.item.review_panel.select_related("person"), **kwargs,
        )

    def post(self, request, *args, **kwargs):
        approved = request.POST.get("decision") == "approve"
        form = ResourceReviewForm(request.POST, item=self.item)
        if not form.is_valid():
            messages.error(request, "第二十二条：所选评审专家不在可选范围内（不能选编写单位的人员或已出库的专家）。")
            return self.render_to_response(self.get_context_data(form=form))
        try:
            services.review_resource(
                self.item, request.user, approved=approved, comment=form.cleaned_data["comment"],
                experts=form.cleaned_data["experts"],
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return self.render_to_response(self.get_context_data(form=form))
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
    list_display = ["title", "course", "kind", "form", "compiling_unit", "review_status", "review_organiser"]
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
            checklist=services.checklist_for(standard) if revisions else [],
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
        private_files.attachment_headers(response, filename)
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


def parts_from_dicts(items):
    return [UnmappedPart(**{**item, "candidates": [tuple(c) for c in item["candidates"]]}) for item in items]


class MappingForm(forms.Form):
    """The teacher's decisions on an imported draft: the catalogue major (closest matches first when
    the document's code is unknown), the level, a single course's code, and where each part the
    importer did not recognise goes (a field, or not imported): nothing is dropped silently."""

    def __init__(self, *args, doc, kind, parts, **kwargs):
        super().__init__(*args, **kwargs)
        majors = list(Major.objects.all())
        self.nearest_majors = closest(doc.major_code, doc.major_name, majors)
        known = next((m for m in majors if m.code == doc.major_code), None)
        ordered = self.nearest_majors + [m for m in majors if m not in self.nearest_majors]
        self.fields["major"] = forms.ChoiceField(
            label="专业（技工院校专业目录）",
            error_messages={"required": "请选择专业：文件中的专业编码不在专业目录中或未找到。"},
            choices=[("", "—请选择—")] + [(m.code, str(m)) for m in ordered],
            initial=known.code if known else "",
            help_text="" if known else f"文件中的专业“{doc.major_code} {doc.major_name}”不在专业目录中，请从最接近的专业中选择。",
        )
        self.major_unknown = known is None
        self.fields["level"] = forms.ChoiceField(
            label="培养层级",
            error_messages={"required": "请选择培养层级：文件中未找到或无法识别。"},
            choices=[("", "—请选择—")] + [(level.code, level.name) for level in TrainingLevel.objects.all()],
            initial=doc.level,
        )
        self.course_suggestions = []
        if kind == KIND_COURSE:
            course = doc.courses[0]
            integrated = Course.objects.filter(category=CourseCategory.INTEGRATED)
            self.course_suggestions = closest(course.code, course.name, list(integrated))
            in_catalogue = integrated.filter(code=course.code).exists()
            self.fields["course_code"] = forms.RegexField(
                regex=rf"^{CODE_PATTERN}$",
                label=f"课程“{course.name}”的课程代码",
                initial=course.code,
                error_messages={"invalid": "课程代码应由字母、数字和 -_./ 组成，如“0103-01”。"},
                help_text=(
                    "文件中的课程代码在课程目录中。" if in_catalogue
                    else "文件中没有课程代码或代码不在课程目录中：可选用目录中最接近的课程，或确认一个新代码。"
                ),
                widget=forms.TextInput(attrs={"list": "course-suggestions"}),
            )
        self.parts = parts
        for part in parts:
            self.fields[f"part_{part.key}"] = forms.ChoiceField(
                label=part.heading or "未识别内容",
                choices=[("", "—请选择去向—"), (DISCARD, "不导入（舍弃）")] + list(part.candidates),
                help_text=part.place,
                error_messages={"required": f"请选择“{part.heading or '未识别内容'}”（{part.place}）的去向，或选择不导入。"},
            )

    def part_rows(self):
        return [(part, self[f"part_{part.key}"]) for part in self.parts]

    def choices(self):
        return {part.key: self.cleaned_data[f"part_{part.key}"] for part in self.parts}


class StandardImportView(StandardAdminView):
    """Upload → report, field issues and the mapping step → saved as a draft. Only a file the safety
    gate refuses or python-docx cannot open is refused; C1–C8 wait for submission (issue 16)."""

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
        pending = {
            "token": secrets.token_urlsafe(16),
            "document": asdict(result.document),
            "parts": [asdict(part) for part in result.unmapped],
            "kind": result.kind,
            "report": [asdict(section) for section in result.report],
            "issues": [str(issue) for issue in result.issues],
            "warnings": result.warnings,
            "filename": upload.name,
            "unit": form.cleaned_data["compiling_unit"].pk,
        }
        request.session[IMPORT_SESSION_KEY] = pending
        return self.preview(pending)

    def preview(self, pending, mapping_form=None, problems=()):
        doc = document_from_dict(pending["document"])
        parts = parts_from_dicts(pending["parts"])
        mapping_form = mapping_form or MappingForm(doc=doc, kind=pending["kind"], parts=parts)
        context = {
            "filename": pending["filename"],
            "report": pending["report"],
            "issues": pending["issues"],
            "warnings": pending["warnings"],
            "doc": doc,
            "kind": pending["kind"],
            "token": pending["token"],
            "mapping_form": mapping_form,
            "problems": problems,
        }
        major = Major.objects.filter(code=doc.major_code).first()
        existing = services.standard_for(doc) if major else None
        if existing is not None and not self.can("change", existing):
            context["problems"] = [*problems, "该专业和培养层级的课程标准由其他单位编写，您不能为其导入新版本。"]
            context["token"] = None
        if major is not None:
            context["checklist"] = submission_checklist(doc, *rule_context(major), 0, set())
        if pending["kind"] == KIND_MAJOR:
            context["unknown_courses"] = self.unknown_courses(doc)
        if existing is not None and existing.latest_revision is not None and pending["kind"] == KIND_MAJOR:
            diff = compare_standards(existing.latest_revision.as_object().to_document(), doc)
            context.update(diff=diff, impact=citations_for_codes(diff.changed_course_codes()))
        context["existing"] = existing
        return self.render_to_response(self.get_context_data(**context))

    @staticmethod
    def unknown_courses(doc):
        """Courses whose codes the catalogue does not know, with the closest catalogue courses: the
        teacher checks them before a new code is created at publication (sync_courses)."""
        catalogue = list(Course.objects.all())
        codes = {course.code for course in catalogue}
        return [(course, closest(course.code, course.name, catalogue, limit=3)) for course in doc.courses if course.code not in codes]

    def confirm(self, request):
        pending = request.session.get(IMPORT_SESSION_KEY)
        if not pending or not secrets.compare_digest(pending["token"], request.POST.get("token", "")):
            messages.error(request, "导入预览已过期，请重新上传文件。")
            return redirect("curriculum_standards:import")
        doc = document_from_dict(pending["document"])
        parts = parts_from_dicts(pending["parts"])
        form = MappingForm(request.POST, doc=doc, kind=pending["kind"], parts=parts)
        if not form.is_valid():
            return self.preview(pending, form)
        doc = self.decided_document(doc, pending["kind"], parts, form)
        unit = get_object_or_404(own_units(request.user), pk=pending["unit"])
        existing = services.standard_for(doc)
        if existing is not None and not self.can("change", existing):
            return self.preview(pending, form, ["该专业和培养层级的课程标准由其他单位编写，您不能为其导入新版本。"])
        if pending["kind"] == KIND_COURSE and existing is not None and existing.latest_revision is not None:
            doc = existing.latest_revision.as_object().to_document().with_course(doc.courses[0], doc.typical_work_tasks)
        problems = draft_problems(doc)
        if problems:
            return self.preview(pending, form, problems)
        try:
            standard = services.import_document(doc, request.user, unit, pending["filename"])
        except ValidationError as error:
            return self.preview(pending, form, error.messages)
        del request.session[IMPORT_SESSION_KEY]
        messages.success(request, f"已导入“{standard}”为草稿。请在编辑页补全内容，提交审核前须通过 C1–C8 检查。")
        return redirect("curriculum_standards:edit", standard.pk)

    @staticmethod
    def decided_document(doc, kind, parts, form):
        """The draft with the teacher's choices applied (mapping, major, level, course code)."""
        doc = apply_mapping(doc, parts, form.choices())
        major = Major.objects.get(code=form.cleaned_data["major"])
        doc.major_code, doc.major_name = major.code, major.name
        doc.level = form.cleaned_data["level"]
        if kind == KIND_COURSE:
            doc.courses[0].code = form.cleaned_data["course_code"]
        fill_missing_codes(doc)
        return doc
