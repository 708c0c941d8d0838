"""Wagtail admin for selection: committees, a school's rounds with their workspace (select,
publish, objections, finalise, file, downloads), its usage reports, and HRSS supervision
(provincial filings, stop-use orders, negative list, quality checks and their findings, 一体化
pilots, provincial dashboard).

Every state change goes through ``selection.services``; every round and usage-report lookup goes
through the school policy of ``selection.permissions`` (another school's → 404).
"""

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.views.generic import TemplateView, View
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from cms import jobs
from cms.permissions import ScopedEditView, ScopedIndexView, ScopedModelViewSet
from curriculum.models import Course, CourseCategory
from directory.models import Organisation
from selection import checking, choosing, dashboard, exports, rules, services
from selection.models import (
    IntegratedPilot,
    NegativeListEntry,
    Objection,
    ObjectionOutcome,
    ProvincialFiling,
    QualityCheck,
    RoundStatus,
    SelectionCommittee,
    SelectionRound,
    StopUseNotice,
    StopUseOrder,
    UsageReport,
    WorkingDayOverride,
)
from selection.permissions import committee_schools
from textbooks.models import TextbookVersion

PUBLIC_COURSE_CATEGORIES = (CourseCategory.UNIFIED_PUBLIC, CourseCategory.PUBLIC_BASIC)


def report_errors(request, error):
    for message in error.messages:
        messages.error(request, message)


class ServiceSaveMixin:
    """Create and edit views save through a service, so rules and audit are never skipped."""

    def save_instance(self):
        return self.save_through_service(self.form.cleaned_data)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            # A refusal is a validation error like any other: Wagtail's form_invalid expects the
            # message its is_valid() would have set (without it a refusal was a server error).
            form.add_error(None, error)
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class ServiceCreateView(ServiceSaveMixin, generic.CreateView):
    pass


class ListQuerysetMixin:
    """Wagtail's ModelViewSet has no get_queryset(request) hook (that is SnippetViewSet's): the
    index views are given the rows with ``list_select_related`` joined, so a row costs no query."""

    list_select_related = ()

    def get_index_view_kwargs(self, **kwargs):
        queryset = self.model._default_manager.all()
        if self.list_select_related:  # select_related() with no names would join every foreign key
            queryset = queryset.select_related(*self.list_select_related)
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)


class PermissionOncePerRequestMixin:
    """Index rows ask the same model-level question for each row's buttons; a scoped policy answers
    it with a query, so it is asked once per request."""

    @cached_property
    def _permission_answers(self):
        return {}

    def user_has_permission(self, permission):
        if permission not in self._permission_answers:
            self._permission_answers[permission] = super().user_has_permission(permission)
        return self._permission_answers[permission]

    def user_has_any_permission(self, permissions):
        return any(self.user_has_permission(permission) for permission in permissions)


class CommitteeIndexView(ScopedIndexView):
    def get_list_more_buttons(self, instance):
        return super().get_list_more_buttons(instance) + [
            MenuItem("公示成员（S1）", url=reverse("committees:announce", args=[instance.pk]), icon_name="group", priority=30)
        ]


class CommitteeAnnounceView(WagtailAdminTemplateMixin, TemplateView):
    """S1 (Art. 27(1)): the committee announces its members through the service that checks the
    four member groups; the date is the day of the announcement, never typed."""

    template_name = "selection/admin/committee_announce.html"
    header_icon = "group"
    viewset = None

    @cached_property
    def committee(self):
        return get_object_or_404(self.viewset.readable(self.request.user), pk=unquote(self.kwargs["pk"]))

    def may_announce(self):
        policy = self.viewset.permission_policy
        return policy.user_has_permission_for_instance(self.request.user, "change", self.committee)

    def get_page_title(self):
        return f"公示成员：{self.committee}"

    def get_context_data(self, **kwargs):
        committee = self.committee
        return super().get_context_data(
            committee=committee,
            members=committee.members.select_related("person"),
            missing=rules.missing_committee_member_types(committee.members.values_list("member_type", flat=True)),
            may_announce=self.may_announce(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not self.may_announce():
            raise PermissionDenied
        try:
            services.announce_committee(self.committee, request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, "委员会成员已公示。")
        return redirect("committees:announce", self.committee.pk)


class SelectionCommitteeViewSet(ScopedModelViewSet):
    model = SelectionCommittee
    icon = "group"
    menu_label = "教材选用委员会"
    url_namespace = "committees"
    url_prefix = "committees"
    index_view_class = CommitteeIndexView
    list_display = ["school", "announced_on"]
    search_fields = ["school__name"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("announce/<str:pk>/", CommitteeAnnounceView.as_view(viewset=self), name="announce"),
        ]


# ------------------------------------------------------------------------------ rounds


class CommitteeSchoolForm(WagtailAdminModelForm):
    """A committee chooses only the schools it acts for; a forged other school is an invalid choice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and "school" in self.fields:
            self.fields["school"].queryset = Organisation.objects.filter(pk__in=committee_schools(self.for_user))


class RoundCreateView(ServiceCreateView):
    def get_initial(self):
        """A committee acts for one school: the form starts with it chosen."""
        initial = super().get_initial()
        schools = list(committee_schools(self.request.user).values_list("school_id", flat=True)[:2])
        if len(schools) == 1:
            initial["school"] = schools[0]
        return initial

    def save_through_service(self, data):
        return services.create_round(
            data["school"], data["school_year"], data["semester"], data["major"], data["level"], self.request.user
        )

    def get_success_url(self):
        return reverse("selection_rounds:workspace", args=[self.object.pk])


class RoundIndexView(PermissionOncePerRequestMixin, ScopedIndexView):
    def get_edit_url(self, instance):
        return reverse("selection_rounds:workspace", args=[instance.pk])


class RoundEditView(ScopedEditView):
    """A round changes through its workspace actions only; the generic edit form is not used."""

    def get(self, request, *args, **kwargs):
        return redirect("selection_rounds:workspace", self.get_object().pk)

    post = get


class SelectionRoundViewSet(ListQuerysetMixin, ScopedModelViewSet):
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
    list_select_related = ["school", "major", "level"]

    def get_form_class(self, for_update=False):
        return forms.modelform_factory(SelectionRound, form=CommitteeSchoolForm, fields=self.form_fields)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("workspace/<str:pk>/", RoundWorkspaceView.as_view(viewset=self), name="workspace"),
            path("export/<str:pk>/<str:kind>/", RoundExportView.as_view(viewset=self), name="export"),
            path("versions/<str:pk>/", RoundVersionChoicesView.as_view(viewset=self), name="versions"),
        ]


class SelectionAdminView(WagtailAdminTemplateMixin, TemplateView):
    viewset = None
    header_icon = "list-ul"

    def get_breadcrumbs_items(self):
        # The page's own title closes the trail; without it a page outside a viewset (the
        # supervision dashboard) was headed by 首页 alone.
        listing = [] if self.viewset is None else [
            {"url": reverse(f"{self.viewset.url_namespace}:index"), "label": self.viewset.menu_label}
        ]
        return self.breadcrumbs_items + listing + [{"url": "", "label": self.get_page_title()}]


class RoundMixin:
    @cached_property
    def round(self):
        readable = self.viewset.readable(self.request.user).select_related("school", "major", "level")
        return get_object_or_404(readable, pk=unquote(self.kwargs["pk"]))

    def may_change(self):
        return self.viewset.permission_policy.user_has_permission_for_instance(self.request.user, "change", self.round)


def attention_summary(checked, objections):
    """What needs the committee's attention, for the top of the round page: textbooks failing a
    rule of Art. 28, textbooks to replace after a stop-use order (Art. 36), open objections (S2)."""
    items = []
    failing = [c for c in checked if not c.passes]
    if failing:
        items.append(("#lines", f"{len(failing)} 种教材未通过规则检查（第二十八条）：" + "、".join(c.line.course.name for c in failing)))
    stopped = [c for c in checked if c.line.needs_replacement]
    if stopped:
        items.append(("#stop-use", f"{len(stopped)} 种教材已停止使用，须更换（第三十六条）：" + "、".join(c.line.course.name for c in stopped)))
    open_objections = [o for o in objections if o.is_open]
    if open_objections:
        items.append(("#objections", f"{len(open_objections)} 条公示异议待处理（第二十七条第（二）项）"))
    return items


class RoundWorkspaceView(RoundMixin, SelectionAdminView):
    template_name = "selection/admin/workspace.html"

    def get_page_title(self):
        return str(self.round)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        selection_round = self.round
        checked = checking.check_round(selection_round)
        chosen = {c.line.course_id for c in checked}
        courses = Course.objects.filter(
            Q(majors=selection_round.major_id) | Q(category__in=PUBLIC_COURSE_CATEGORIES)
        ).distinct()
        objections = list(selection_round.objections.select_related("line__course"))
        versions, more_versions = choosing.matching_versions(self.request.GET.get("version_q"))
        context.update(
            round=selection_round,
            checked=checked,
            all_pass=all(c.passes for c in checked),
            attention=attention_summary(checked, objections),
            objections=objections,
            notices=selection_round.stop_use_notices.select_related("order__version__textbook"),
            may_change=self.may_change(),
            lock_reason=rules.round_lock_reason(selection_round.status, selection_round.get_status_display()),
            statuses=RoundStatus,
            next_steps=(RoundStatus.NOTICE, RoundStatus.RESOLVED, RoundStatus.FINAL),
            courses=courses,
            open_courses=[c for c in courses if c.pk not in chosen],
            version_query=self.request.GET.get("version_q", ""),
            versions=versions,
            versions_more=more_versions,
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
                selection_round, user, working_days=notice_working_days(data.get("working_days"))
            ),
            "resolve": lambda: services.resolve_objection(
                get_object_or_404(Objection, round=selection_round, pk=data.get("objection")), user, data.get("resolution", ""),
                data.get("outcome", ObjectionOutcome.ANSWERED),
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


class RoundVersionChoicesView(RoundMixin, View):
    """The workspace's version chooser asks here as the committee types: the first matching
    selectable versions as JSON. Only who may change the round (its school's committee) asks."""

    viewset = None

    def get(self, request, *args, **kwargs):
        if not self.may_change():
            raise PermissionDenied
        versions, more = choosing.matching_versions(request.GET.get("q"))
        return JsonResponse({"results": [choosing.choice(v) for v in versions], "more": more})


class FormExportView(SelectionAdminView):
    """A filing form as DOCX or XLSX (S9), generated in the task queue (issue 18): GET asks, POST
    starts the job and opens its page, where a bar follows the rows and then the link to the file
    appears. ``SUBJECT`` is the key of ``exports.SUBJECTS``."""

    SUBJECT = ""
    template_name = "selection/admin/export.html"

    def dispatch(self, request, *args, **kwargs):
        if kwargs["kind"] not in exports.SUBJECTS[self.SUBJECT].formats:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"生成{exports.SUBJECTS[self.SUBJECT].formats[self.kwargs['kind']][1]}（{self.kwargs['kind'].upper()}）"

    def get_context_data(self, **kwargs):
        filed = self.filed_object()
        return super().get_context_data(filename=exports.export_filename(self.SUBJECT, filed, self.kwargs["kind"]), **kwargs)

    def post(self, request, *args, **kwargs):
        from selection import tasks

        params = exports.export_params(self.SUBJECT, self.filed_object(), kwargs["kind"])
        job = jobs.start(exports.FILING_EXPORT, request.user, tasks.export_form, params)
        return redirect("cms_job", job.pk)


def notice_working_days(posted):
    """The notice period typed in the workspace (S2); the rules bound it."""
    posted = (posted or "").strip()
    if not posted:
        return rules.DEFAULT_NOTICE_WORKING_DAYS
    if not posted.isascii() or not posted.isdigit():
        raise ValidationError("S2（第二十七条第（二）项）：公示期应填写工作日数（正整数）。")
    return int(posted)


class RoundExportView(RoundMixin, FormExportView):
    SUBJECT = "round"

    def filed_object(self):
        return self.round


# ------------------------------------------------------------------------------ usage reports (S10)


class UsageReportCreateView(ServiceCreateView):
    def save_through_service(self, data):
        return services.file_usage_report(
            data["school"], data["school_year"], data["semester"], self.request.user,
            respondents=data["respondents"], satisfaction=data["satisfaction"], findings=data["findings"],
        )


class UsageReportEditView(ServiceSaveMixin, ScopedEditView):
    """Correcting a filed report re-files it for the same school and term (audited again)."""

    def save_through_service(self, data):
        report = self.object
        return services.file_usage_report(
            report.school, report.school_year, report.semester, self.request.user,
            respondents=data["respondents"], satisfaction=data["satisfaction"], findings=data["findings"],
        )


class UsageReportIndexView(PermissionOncePerRequestMixin, ScopedIndexView):
    pass


class UsageReportViewSet(ListQuerysetMixin, ScopedModelViewSet):
    model = UsageReport
    icon = "doc-full"
    menu_label = "教材使用情况报告"
    url_namespace = "selection_usage_reports"
    url_prefix = "selection/usage-reports"
    index_view_class = UsageReportIndexView
    add_view_class = UsageReportCreateView
    edit_view_class = UsageReportEditView
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["school", "school_year", "semester", "respondents", "satisfaction", "findings"]
    list_display = ["__str__", "respondents", "satisfaction", "filed_at"]
    list_filter = ["school_year", "semester"]
    search_fields = ["school__name"]
    list_select_related = ["school"]

    def get_form_class(self, for_update=False):
        # School and term identify the report; a correction changes only what the survey found.
        fields = self.form_fields[3:] if for_update else self.form_fields
        return forms.modelform_factory(UsageReport, form=CommitteeSchoolForm, fields=fields)


# ------------------------------------------------------------------------------ provincial filing (S9)


class ProvincialFilingCreateView(ServiceCreateView):
    def save_through_service(self, data):
        return services.file_province_aggregate(data["province"], data["school_year"], self.request.user)


class ProvincialFilingDownloads:
    def download_buttons(self, filing, button_class):
        return [
            button_class(label, url=reverse("selection_provincial_filings:export", args=[filing.pk, kind]),
                         icon_name="download", priority=50 + i)
            for i, (kind, label) in enumerate((("docx", "生成汇总表（DOCX）"), ("xlsx", "生成汇总清单（XLSX）")))
        ]


class ProvincialFilingIndexView(ProvincialFilingDownloads, generic.IndexView):
    def get_list_more_buttons(self, instance):
        return super().get_list_more_buttons(instance) + self.download_buttons(instance, MenuItem)


class ProvincialFilingInspectView(ProvincialFilingDownloads, generic.InspectView):
    def get_summary_display_value(self):
        return exports.summary_text(self.object)

    @cached_property
    def header_more_buttons(self):
        return super().header_more_buttons + self.download_buttons(self.object, Button)


class ProvincialFilingViewSet(ListQuerysetMixin, ModelViewSet):
    model = ProvincialFiling
    icon = "upload"
    menu_label = "省级年度选用备案"
    url_namespace = "selection_provincial_filings"
    url_prefix = "selection/provincial-filings"
    index_view_class = ProvincialFilingIndexView
    add_view_class = ProvincialFilingCreateView
    inspect_view_class = ProvincialFilingInspectView
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["province", "school_year"]
    list_display = ["__str__", "school_count", "round_count", "line_count", "exception_count", "filed_at", "filed_by"]
    list_filter = ["school_year", "province"]
    list_select_related = ["filed_by"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("export/<str:pk>/<str:kind>/", ProvincialFilingExportView.as_view(viewset=self), name="export"),
        ]


class ProvincialFilingExportView(FormExportView):
    SUBJECT = "province"

    def dispatch(self, request, *args, **kwargs):
        if not self.viewset.permission_policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def filed_object(self):
        return get_object_or_404(ProvincialFiling, pk=unquote(self.kwargs["pk"]))


# ------------------------------------------------------------------------------ supervision


class StopUseCreateView(ServiceCreateView):
    def save_through_service(self, data):
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
    def save_through_service(self, data):
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
    def save_through_service(self, data):
        return services.draw_quality_check(
            data["school_year"], self.request.user, province=data.get("province") or "",
            target_ratio=data["target_ratio"],
        )


class QualityCheckIndexView(generic.IndexView):
    def get_edit_url(self, instance):
        return reverse("selection_checks:findings", args=[instance.pk])


class QualityCheckEditView(generic.EditView):
    """A drawn check is not edited: changing its seed, year or ratio would break the reproducible
    draw (S10); what changes is each sampled textbook's finding, on the findings page."""

    def get(self, request, *args, **kwargs):
        return redirect("selection_checks:findings", self.get_object().pk)

    post = get


class QualityCheckFindingsView(SelectionAdminView):
    """A check's sampled textbooks; HRSS records each one's finding through the service (S10)."""

    template_name = "selection/admin/check_findings.html"
    header_icon = "search"
    VERDICTS = {"1": True, "0": False}

    def dispatch(self, request, *args, **kwargs):
        actions = ["change"] if request.method == "POST" else ["view", "change"]
        if not self.viewset.permission_policy.user_has_any_permission(request.user, actions):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def quality_check(self):
        return get_object_or_404(QualityCheck, pk=unquote(self.kwargs["pk"]))

    def get_page_title(self):
        return f"抽查结论：{self.quality_check}"

    def get_context_data(self, **kwargs):
        items = list(self.quality_check.items.select_related("version__textbook", "version__publisher"))
        return super().get_context_data(
            check=self.quality_check,
            items=items,
            recorded=sum(1 for item in items if item.passed is not None),
            may_change=self.viewset.permission_policy.user_has_permission(self.request.user, "change"),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        item = get_object_or_404(self.quality_check.items.select_related("version__textbook"), pk=request.POST.get("item"))
        try:
            services.record_check_finding(
                item, request.user, passed=self.VERDICTS.get(request.POST.get("passed")), finding=request.POST.get("finding", "")
            )
        except ValidationError as error:
            report_errors(request, error)
        else:
            messages.success(request, f"已记录《{item.version}》的抽查结论。")
        return redirect("selection_checks:findings", self.quality_check.pk)


class QualityCheckViewSet(ModelViewSet):
    model = QualityCheck
    icon = "search"
    menu_label = "教材质量抽查"
    url_namespace = "selection_checks"
    url_prefix = "selection/checks"
    index_view_class = QualityCheckIndexView
    add_view_class = QualityCheckCreateView
    edit_view_class = QualityCheckEditView
    copy_view_enabled = False
    inspect_view_enabled = True
    # S10: no seed field: the draw takes its seed from the CSPRNG; a posted one is ignored.
    form_fields = ["school_year", "province", "target_ratio"]
    list_display = ["__str__", "population", "target_ratio", "seed", "drawn_at"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("findings/<str:pk>/", QualityCheckFindingsView.as_view(viewset=self), name="findings"),
        ]


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


class WorkingDayOverrideViewSet(ModelViewSet):
    """S2 (Art. 27(2)): HRSS enters the State Council's holidays and adjusted working days for a
    year the holiday package does not cover yet (selection.rules.is_working_day)."""

    model = WorkingDayOverride
    icon = "date"
    menu_label = "节假日与调休安排"
    url_namespace = "selection_calendar"
    url_prefix = "selection/calendar"
    # A boolean field's value would be listed as "True"/"False".
    list_display = [
        "date", Column("is_working_day", label="是工作日", accessor=lambda day: "工作日" if day.is_working_day else "休息日"),
        "note",
    ]
    form_fields = ["date", "is_working_day", "note"]
