"""Wagtail admin for selection: committees, a school's rounds with their workspace (select,
publish, objections, finalise, file, downloads), and HRSS supervision (stop-use orders, negative
list, quality checks, 一体化 pilots, provincial dashboard).

Every state change goes through ``selection.services``; every round lookup goes through the
round policy of ``selection.permissions`` (another school's round → 404).
"""

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.http import content_disposition_header
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from cms.permissions import ScopedEditView, ScopedIndexView, ScopedModelViewSet
from curriculum.models import Course, CourseCategory
from directory.models import Organisation
from selection import checking, dashboard, exports, services
from selection.models import (
    IntegratedPilot,
    NegativeListEntry,
    Objection,
    QualityCheck,
    RoundStatus,
    SelectionCommittee,
    SelectionRound,
    StopUseNotice,
    StopUseOrder,
)
from selection.permissions import committee_schools
from textbooks.models import TextbookVersion

DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PUBLIC_COURSE_CATEGORIES = (CourseCategory.UNIFIED_PUBLIC, CourseCategory.PUBLIC_BASIC)


def report_errors(request, error):
    for message in error.messages:
        messages.error(request, message)


class ServiceCreateView(generic.CreateView):
    """Create views save through a service, so rules and audit are never skipped."""

    def save_instance(self):
        return self.create_through_service(self.form.cleaned_data)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)


class SelectionCommitteeViewSet(ScopedModelViewSet):
    model = SelectionCommittee
    icon = "group"
    menu_label = "教材选用委员会"
    url_namespace = "committees"
    url_prefix = "committees"
    list_display = ["school", "announced_on"]
    search_fields = ["school__name"]


# ------------------------------------------------------------------------------ rounds


class RoundForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None:
            self.fields["school"].queryset = Organisation.objects.filter(pk__in=committee_schools(self.for_user))


class RoundCreateView(ServiceCreateView):
    def create_through_service(self, data):
        return services.create_round(
            data["school"], data["school_year"], data["semester"], data["major"], data["level"], self.request.user
        )

    def get_success_url(self):
        return reverse("selection_rounds:workspace", args=[self.object.pk])


class RoundIndexView(ScopedIndexView):
    def get_edit_url(self, instance):
        return reverse("selection_rounds:workspace", args=[instance.pk])


class RoundEditView(ScopedEditView):
    """A round changes through its workspace actions only; the generic edit form is not used."""

    def get(self, request, *args, **kwargs):
        return redirect("selection_rounds:workspace", self.get_object().pk)

    post = get


class SelectionRoundViewSet(ScopedModelViewSet):
    model = SelectionRound
    icon = "list-ul"
    menu_label = "教材选用与备案"
    url_namespace = "selection_rounds"
    url_prefix = "selection/rounds"
    index_view_class = RoundIndexView
    add_view_class = RoundCreateView
    edit_view_class = RoundEditView
    copy_view_enabled = False
    form_fields = ["school", "school_year", "semester", "major", "level"]
    list_display = ["__str__", "status", "notice_ends_on"]
    list_filter = ["status", "school_year", "semester"]
    search_fields = ["school__name", "major__name"]

    def get_form_class(self, for_update=False):
        return forms.modelform_factory(SelectionRound, form=RoundForm, fields=self.form_fields)

    def get_queryset(self, request):
        return SelectionRound.objects.select_related("school", "major", "level")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("workspace/<str:pk>/", RoundWorkspaceView.as_view(viewset=self), name="workspace"),
            path("download/<str:pk>/<str:kind>/", RoundDownloadView.as_view(viewset=self), name="download"),
        ]


class SelectionAdminView(WagtailAdminTemplateMixin, TemplateView):
    viewset = None
    header_icon = "list-ul"


class RoundMixin:
    @cached_property
    def round(self):
        readable = self.viewset.readable(self.request.user).select_related("school", "major", "level")
        return get_object_or_404(readable, pk=unquote(self.kwargs["pk"]))


class RoundWorkspaceView(RoundMixin, SelectionAdminView):
    template_name = "selection/admin/workspace.html"

    def get_page_title(self):
        return str(self.round)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("selection_rounds:index"), "label": "教材选用与备案"},
            {"url": "", "label": self.get_page_title()},
        ]

    def may_change(self):
        return self.viewset.permission_policy.user_has_permission_for_instance(self.request.user, "change", self.round)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        selection_round = self.round
        checked = checking.check_round(selection_round)
        chosen = {c.line.course_id for c in checked}
        courses = Course.objects.filter(
            Q(majors=selection_round.major_id) | Q(category__in=PUBLIC_COURSE_CATEGORIES)
        ).distinct()
        context.update(
            round=selection_round,
            checked=checked,
            all_pass=all(c.passes for c in checked),
            objections=selection_round.objections.select_related("line__course"),
            notices=selection_round.stop_use_notices.select_related("order__version__textbook"),
            may_change=self.may_change(),
            is_draft=selection_round.status == RoundStatus.DRAFT,
            statuses=RoundStatus,
            courses=courses,
            open_courses=[c for c in courses if c.pk not in chosen],
            versions=TextbookVersion.objects.selectable().select_related("textbook").order_by("textbook__title"),
            previous=services.previous_round(selection_round),
            filing=getattr(selection_round, "filing", None),
        )
        return context

    def post(self, request, *args, **kwargs):
        if not self.may_change():
            raise PermissionDenied
        selection_round, user, data = self.round, request.user, request.POST
        actions = {
            "select": lambda: services.select_textbook(
                selection_round,
                get_object_or_404(Course, pk=data.get("course")),
                get_object_or_404(TextbookVersion, pk=data.get("version")),
                user,
                isbn=data.get("isbn") or None,
                printed_edition=int(data["printed_edition"]) if data.get("printed_edition", "").isdigit() else None,
                exception_reason=data.get("exception_reason", ""),
                change_reason=data.get("change_reason", ""),
            ),
            "remove": lambda: services.remove_line(get_object_or_404(selection_round.lines, pk=data.get("line")), user),
            "reselect": lambda: services.reselect_previous(selection_round, user),
            "publish": lambda: services.publish_notice(
                selection_round, user, working_days=int(data.get("working_days") or 5)
            ),
            "resolve": lambda: services.resolve_objection(
                get_object_or_404(Objection, round=selection_round, pk=data.get("objection")), user, data.get("resolution", "")
            ),
            "close": lambda: services.close_notice(selection_round, user),
            "finalise": lambda: services.finalise(selection_round, user),
            "file": lambda: services.file_round(selection_round, user),
            "replace": lambda: services.replace_stopped_textbook(
                get_object_or_404(StopUseNotice, round=selection_round, pk=data.get("notice")),
                get_object_or_404(Course, pk=data.get("course")),
                get_object_or_404(TextbookVersion, pk=data.get("version")),
                user,
                reason=data.get("change_reason", ""),
                exception_reason=data.get("exception_reason", ""),
            ),
        }
        if data.get("action") not in actions:
            raise PermissionDenied
        try:
            actions[data["action"]]()
        except (ValidationError, ValueError) as error:
            report_errors(request, error if isinstance(error, ValidationError) else ValidationError(str(error)))
        else:
            messages.success(request, "操作已完成。")
        return redirect("selection_rounds:workspace", selection_round.pk)


class RoundDownloadView(RoundMixin, SelectionAdminView):
    FORMATS = {
        "docx": (exports.filing_docx, DOCX_CONTENT_TYPE, "备案表"),
        "xlsx": (exports.selection_xlsx, XLSX_CONTENT_TYPE, "选用清单"),
    }

    def get(self, request, *args, **kwargs):
        if kwargs["kind"] not in self.FORMATS:
            raise PermissionDenied
        build, content_type, label = self.FORMATS[kwargs["kind"]]
        selection_round = self.round
        response = HttpResponse(build(selection_round), content_type=content_type)
        filename = f"{selection_round.school.name}{selection_round.term_label}{selection_round.major.name}{label}.{kwargs['kind']}"
        response["Content-Disposition"] = content_disposition_header(True, filename)
        return response


# ------------------------------------------------------------------------------ supervision


class StopUseCreateView(ServiceCreateView):
    def create_through_service(self, data):
        return services.issue_stop_use(data["version"], data["reason"], data["detail"], self.request.user)


class StopUseOrderViewSet(ModelViewSet):
    model = StopUseOrder
    icon = "warning"
    menu_label = "停用通知"
    url_namespace = "selection_stop_use"
    url_prefix = "selection/stop-use"
    add_view_class = StopUseCreateView
    copy_view_enabled = False
    form_fields = ["version", "reason", "detail"]
    list_display = ["__str__", "reason", "ordered_at", "lifted_at"]
    list_filter = ["reason"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("lift/<str:pk>/", DecisionView.as_view(viewset=self, lift=services.lift_stop_use), name="lift"),
        ]


class DecisionView(SelectionAdminView):
    """Lifting a stop-use order or a negative listing: a decision with a reason (S11, S12)."""

    template_name = "selection/admin/lift.html"
    lift = None

    @cached_property
    def object(self):
        return get_object_or_404(self.viewset.model, pk=unquote(self.kwargs["pk"]))

    def get_page_title(self):
        return f"解除：{self.object}"

    def dispatch(self, request, *args, **kwargs):
        if not self.viewset.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(object=self.object, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            self.lift(self.object, request.user, request.POST.get("reason", ""))
        except ValidationError as error:
            report_errors(request, error)
            return redirect(request.path)
        messages.success(request, "已解除。")
        return redirect(f"{self.viewset.url_namespace}:index")


class NegativeListCreateView(ServiceCreateView):
    def create_through_service(self, data):
        return services.list_on_negative_list(
            self.request.user, data["reason"], organisation=data.get("organisation"), person=data.get("person")
        )


class NegativeListViewSet(ModelViewSet):
    model = NegativeListEntry
    icon = "cross"
    menu_label = "负面清单"
    url_namespace = "selection_negative_list"
    url_prefix = "selection/negative-list"
    add_view_class = NegativeListCreateView
    copy_view_enabled = False
    form_fields = ["organisation", "person", "reason"]
    list_display = ["__str__", "reason", "listed_on", "lifted_on"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("lift/<str:pk>/", DecisionView.as_view(viewset=self, lift=services.lift_negative_listing), name="lift"),
        ]


class QualityCheckCreateView(ServiceCreateView):
    def create_through_service(self, data):
        return services.draw_quality_check(
            data["school_year"], self.request.user, province=data.get("province") or "",
            target_ratio=data["target_ratio"], seed=data.get("seed") or None,
        )


class QualityCheckViewSet(ModelViewSet):
    model = QualityCheck
    icon = "search"
    menu_label = "教材质量抽查"
    url_namespace = "selection_checks"
    url_prefix = "selection/checks"
    add_view_class = QualityCheckCreateView
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["school_year", "province", "target_ratio", "seed"]
    list_display = ["__str__", "population", "target_ratio", "seed", "drawn_at"]

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)
        form_class.base_fields["seed"].required = False
        form_class.base_fields["seed"].help_text = "留空则随机生成；填入已有种子可复现抽取结果"
        return form_class


class IntegratedPilotViewSet(ModelViewSet):
    model = IntegratedPilot
    icon = "tag"
    menu_label = "一体化试点"
    url_namespace = "selection_pilots"
    url_prefix = "selection/pilots"
    form_fields = ["school", "major", "since"]
    list_display = ["school", "major", "since"]


class DashboardView(SelectionAdminView):
    """Provincial dashboard: coverage, exceptions, filings outstanding, stop-use impact."""

    template_name = "selection/admin/dashboard.html"
    page_title = "教材选用监管看板"
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("selection.view_selectionround"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(dashboard.overview(self.request.GET.get("year")))
        return context
