"""Wagtail admin for textbooks, versions, units' and publishers' qualifications and catalogues.

Every save goes through ``textbooks.services`` (which run the rules); every object lookup goes
through the scoped permission policies of ``textbooks.permissions``.
"""

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from cms import private_files, upload_checks
from cms.columns import YesNoColumn
from cms.permissions import ScopedEditView, ScopedModelViewSet
from directory.models import OrganisationKind
from textbooks import catalogue_io, change_diff, rules, services
from textbooks.models import (
    PUBLISHER_FACT_FIELDS,
    UNIT_FACT_FIELDS,
    Batch,
    Catalogue,
    ChangeRequest,
    ChangeRequestStatus,
    CompilingUnitProfile,
    PublisherPenalty,
    PublisherProfile,
    Textbook,
    TextbookVersion,
    VersionStatus,
)
from textbooks.permissions import administered_units, scoped_textbooks

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def supervises(user, model_name):
    """HRSS-wide rights come from the role's model permission, never from an object grant."""
    return user.has_perm(f"textbooks.change_{model_name}")


def posted_pk(value):
    """A primary key from a hand-written form field, or None (a forged value is not a 500)."""
    return int(value) if value and str(value).isdigit() else None


def report_errors(request, error):
    for message in error.messages:
        messages.error(request, message)


# ------------------------------------------------------------------------------ forms


class TextbookForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not supervises(self.for_user, "textbook"):
            self.fields["compiling_unit"].queryset = administered_units(self.for_user)

    def clean(self):
        cleaned = super().clean()
        # Textbook.clean() checks R8/R10/Art. 23 against these not-yet-saved relations.
        self.instance.proposed_relations = {
            key: list(cleaned.get(key) or []) for key in ("courses", "majors", "levels")
        }
        return cleaned


class VersionForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not supervises(self.for_user, "textbookversion"):
            self.fields["textbook"].queryset = scoped_textbooks(self.for_user)


class UnitProfileForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not supervises(self.for_user, "compilingunitprofile"):
            self.fields["organisation"].queryset = administered_units(self.for_user)


class ChangeRequestForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        versions = TextbookVersion.objects.filter(status=VersionStatus.APPROVED, frozen_at__isnull=False)
        if self.for_user is not None and not supervises(self.for_user, "changerequest"):
            versions = versions.filter(textbook__in=scoped_textbooks(self.for_user))
        self.fields["version"].queryset = versions.select_related("textbook")

    def clean(self):
        cleaned = super().clean()
        refusal = rules.change_request_edit_refusal(self.instance.status if self.instance.pk else None)
        if refusal:
            raise ValidationError(refusal)
        return cleaned


# ------------------------------------------------------------------------------ textbooks


class ServiceSaveMixin:
    """Create and edit views save through a service so that rules and audit are never skipped."""

    def save_instance(self):
        return self.save_through_service(self.form.save(commit=False))

    def form_valid(self, form):
        # The form ran the same rules; a refusal here (a race, or a service-only check) is shown
        # on the form and, since the save was atomic, nothing is half-changed.
        try:
            return super().form_valid(form)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)


class TextbookSaveMixin(ServiceSaveMixin):
    def save_through_service(self, textbook):
        data = self.form.cleaned_data
        return services.save_textbook(
            textbook,
            self.request.user,
            courses=list(data["courses"]),
            majors=list(data.get("majors") or []),
            levels=list(data.get("levels") or []),
        )


class TextbookCreateView(TextbookSaveMixin, generic.CreateView):
    pass


class TextbookEditView(TextbookSaveMixin, ScopedEditView):
    pass


class TextbookViewSet(ScopedModelViewSet):
    model = Textbook
    icon = "doc-full"
    menu_label = "教材"
    url_namespace = "textbooks"
    url_prefix = "textbooks/textbooks"
    add_view_class = TextbookCreateView
    edit_view_class = TextbookEditView
    list_display = ["title", "category", "planning_level", "compiling_unit"]
    list_filter = ["category", "planning_level"]
    search_fields = ["title"]
    panels = [
        MultiFieldPanel(
            [FieldPanel("title"), FieldPanel("subtitle"), FieldPanel("series_name"), FieldPanel("carries_planned_mark")],
            heading="书名与标识（R11）",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("category"), FieldPanel("planning_level"), FieldPanel("province")]),
                FieldPanel("compiling_unit"),
                FieldPanel("courses"),
                FieldPanel("majors"),
                FieldPanel("levels"),
            ],
            heading="类别、规划与适用范围",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("touches_sovereignty"),
                        FieldPanel("touches_security"),
                        FieldPanel("touches_ethnicity"),
                        FieldPanel("touches_religion"),
                    ]
                ),
                FieldPanel("is_practical_skills"),
                FieldPanel("schooling_cycle_years"),
            ],
            heading="内容属性（R10）与修订周期（第十七条）",
        ),
    ]

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=TextbookForm).bind_to_model(self.model)

    def get_queryset(self, request):
        return Textbook.objects.select_related("compiling_unit")


# ------------------------------------------------------------------------------ versions


class VersionSaveMixin(ServiceSaveMixin):
    def save_through_service(self, version):
        return services.save_version(version, self.request.user)


class VersionCreateView(VersionSaveMixin, generic.CreateView):
    pass


class ReadOnlyWhenLockedMixin:
    """An edit view whose object a rule has locked (``object.lock_reason``) shows it read-only
    with the reason instead of a form whose save is refused; a forged POST gets the same page
    (409) before the form, or any upload in it, is read. The model refuses it too."""

    locked_template_name = "textbooks/admin/read_only.html"

    @cached_property
    def lock_reason(self):
        if not hasattr(self, "object"):
            self.object = self.get_object()
        return self.object.lock_reason

    locked_field_names = ()

    def locked_fields(self):
        rows = []
        for name in self.locked_field_names:
            field = type(self.object)._meta.get_field(name)
            shown = getattr(self.object, f"get_{name}_display")() if field.choices else getattr(self.object, name)
            rows.append((field.verbose_name, shown))
        return rows

    def locked_context(self):
        return {}

    def locked_response(self, status=200):
        title = f"{self.object}（只读）"
        return TemplateResponse(self.request, self.locked_template_name, {
            "view": self, "page_title": title, "header_title": title, "object": self.object,
            "reason": self.lock_reason, "fields": self.locked_fields(), **self.locked_context(),
        }, status=status)

    def get(self, request, *args, **kwargs):
        if self.lock_reason:
            return self.locked_response()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if self.lock_reason:
            return self.locked_response(status=409)
        return super().post(request, *args, **kwargs)


class VersionEditView(ReadOnlyWhenLockedMixin, VersionSaveMixin, ScopedEditView):
    """A frozen version (Art. 23) or one under review (Art. 18) opens read-only with the reason
    and the way forward (a change request, the workflow page)."""

    locked_template_name = "textbooks/admin/locked.html"
    locked_field_names = ("isbn", "edition", "publisher", "published_on", "chief_editor", "status", "frozen_at")

    def locked_context(self):
        version = self.object
        return {
            "version": version,
            "authors": version.authors.select_related("person"),
            "attachments": version.attachments.all(),
            "workflow_url": reverse("textbook_versions:workflow", args=[version.pk]),
        }


class VersionIndexView(ScopedModelViewSet.index_view_class):
    @cached_property
    def header_buttons(self):
        return super().header_buttons + [
            HeaderButton("修订逾期", url=reverse("textbook_versions:overdue"), icon_name="warning")
        ]

    def get_list_more_buttons(self, instance):
        return super().get_list_more_buttons(instance) + [
            MenuItem("状态与流程", url=reverse("textbook_versions:workflow", args=[instance.pk]), icon_name="tasks", priority=30)
        ]


class VersionViewSet(ScopedModelViewSet):
    model = TextbookVersion
    icon = "doc-full-inverse"
    menu_label = "教材版本"
    url_namespace = "textbook_versions"
    url_prefix = "textbooks/versions"
    index_view_class = VersionIndexView
    add_view_class = VersionCreateView
    edit_view_class = VersionEditView
    copy_view_enabled = False
    list_display = ["__str__", "isbn", "status", "chief_editor", "revision_due_on"]
    list_filter = ["status", "form"]
    search_fields = ["textbook__title", "isbn"]
    panels = [
        FieldPanel("textbook"),
        FieldRowPanel([FieldPanel("edition"), FieldPanel("isbn")]),
        FieldRowPanel([FieldPanel("publisher"), FieldPanel("published_on"), FieldPanel("price")]),
        FieldPanel("form"),
        FieldPanel("description"),
        FieldPanel("chief_editor"),
        InlinePanel("authors", label="编写人员", heading="编写团队（第十三条至第十五条）"),
        FieldPanel("manuscript"),
        FieldPanel("cover"),
        InlinePanel("attachments", label="配套资源", heading="配套资源"),
        InlinePanel("trial_records", label="审读与试用记录", heading="审读与试用（第十六条）"),
    ]

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=VersionForm).bind_to_model(self.model)

    def get_queryset(self, request):
        return TextbookVersion.objects.select_related("textbook", "chief_editor")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("workflow/<str:pk>/", VersionWorkflowView.as_view(viewset=self), name="workflow"),
            path("overdue/", OverdueView.as_view(viewset=self), name="overdue"),
        ]


class TextbooksAdminView(WagtailAdminTemplateMixin, TemplateView):
    viewset = None
    header_icon = "doc-full-inverse"


class VersionWorkflowView(TextbooksAdminView):
    """Status, fingerprint, catalogues, announcements and the actions the user may take."""

    template_name = "textbooks/admin/workflow.html"

    @cached_property
    def version(self):
        readable = self.viewset.readable(self.request.user)
        return get_object_or_404(readable.select_related("textbook", "chief_editor"), pk=unquote(self.kwargs["pk"]))

    def get_page_title(self):
        return f"状态与流程：{self.version}"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("textbook_versions:index"), "label": "教材版本"},
            {"url": "", "label": self.get_page_title()},
        ]

    def may_change(self):
        return self.viewset.permission_policy.user_has_permission_for_instance(self.request.user, "change", self.version)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        version = self.version
        supervisor = supervises(self.request.user, "textbookversion")
        context.update(
            version=version,
            team_problems=services.team_problems(version),
            announcements=version.announcements.all(),
            approvals=version.approval_records.select_related("decided_by"),
            entries=version.catalogue_entries.select_related("catalogue", "batch"),
            change_requests=version.change_requests.all(),
            can_unit_act=self.may_change() and version.status in (VersionStatus.DRAFT, VersionStatus.REJECTED),
            can_supervise=supervisor and version.status == VersionStatus.APPROVED,
            can_relax=supervisor and version.status in (VersionStatus.DRAFT, VersionStatus.REJECTED),
            team_members=version.review_people().authors,
            relaxations=version.team_relaxations.select_related("person", "decided_by"),
            structure_problems=services.team_structure_problems(version),
            catalogues=Catalogue.objects.all(),
            batches=Batch.objects.select_related("catalogue"),
        )
        return context

    def post(self, request, *args, **kwargs):
        version = self.version
        action = request.POST.get("action")
        unit_actions = {
            "announce": lambda: services.announce_authors(version, request.user),
            "submit": lambda: services.submit_version(version, request.user),
        }
        # Approval comes only from the review pipeline (凡编必审, Art. 18) and stopping only from a
        # stop-use order that reaches every selecting school (S12, Art. 36): neither is offered here.
        supervisor_actions = {
            "relax": lambda: services.relax_team_requirement(
                version,
                request.user,
                kind=request.POST.get("kind", ""),
                person=next((p for p in version.review_people().authors if p.pk == posted_pk(request.POST.get("person"))), None),
                reason=request.POST.get("reason", ""),
            ),
            "catalogue": lambda: services.add_to_catalogue(
                version,
                get_object_or_404(Catalogue, pk=posted_pk(request.POST.get("catalogue"))),
                request.user,
                batch=Batch.objects.filter(pk=posted_pk(request.POST.get("batch"))).first(),
            ),
        }
        if action in unit_actions and self.may_change():
            run = unit_actions[action]
        elif action == "relax" and supervises(request.user, "textbookversion"):
            run = supervisor_actions[action]
        elif action in supervisor_actions and supervises(request.user, "textbookversion"):
            run = supervisor_actions[action]
        else:
            raise PermissionDenied
        try:
            run()
        except ValidationError as error:
            report_errors(request, error)
        else:
            messages.success(request, "操作已完成。")
        return redirect("textbook_versions:workflow", version.pk)


class OverdueView(TextbooksAdminView):
    """Art. 17: approved versions past their revision date without a newer approved edition."""

    template_name = "textbooks/admin/overdue.html"
    page_title = "修订逾期教材（第十七条）"
    header_icon = "warning"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["versions"] = (
            self.viewset.readable(self.request.user)
            .overdue()
            .select_related("textbook__compiling_unit", "chief_editor")
            .order_by("revision_due_on")
        )
        context["today"] = timezone.localdate()
        return context


# ------------------------------------------------------------------------------ units, publishers


class PublisherProfileForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not supervises(self.for_user, "publisherprofile"):
            self.fields["organisation"].queryset = administered_units(self.for_user).filter(kind=OrganisationKind.PUBLISHER)


class QualificationIndexView(ScopedModelViewSet.index_view_class):
    """Adds the verification page (Art. 12, 24) to each row."""

    def get_list_more_buttons(self, instance):
        label = "核验资质" if self.request.user.has_perm(self.verify_permission) else "核验情况"
        return super().get_list_more_buttons(instance) + [
            MenuItem(label, url=reverse(self.index_url_name.replace(":index", ":verify"), args=[instance.pk]), icon_name="tick", priority=30)
        ]

    @property
    def verify_permission(self):
        return f"textbooks.verify_{self.model._meta.model_name}"


class QualificationVerifyView(TextbooksAdminView):
    """HRSS compares what the unit proposed with what it verified and verifies (Art. 12, 24).
    The unit sees the same page read-only: it can propose, never verify."""

    template_name = "textbooks/admin/verify.html"
    header_icon = "tick"
    fields = ()
    article = ""
    verify = None

    @cached_property
    def profile(self):
        readable = self.viewset.readable(self.request.user).select_related("organisation", "verified_by")
        return get_object_or_404(readable, pk=unquote(self.kwargs["pk"]))

    @property
    def permission(self):
        return f"textbooks.verify_{self.viewset.model._meta.model_name}"

    def get_page_title(self):
        return f"资质核验：{self.profile.organisation.name}"

    def get_context_data(self, **kwargs):
        profile = self.profile
        proposed, verified = profile.proposed_facts(), profile.verified_facts
        rows = [
            {
                "label": profile._meta.get_field(name).verbose_name,
                "proposed": _fact_display(profile, name, proposed.get(name)),
                "verified": _fact_display(profile, name, verified.get(name)) if verified else "—",
                "differs": proposed.get(name) != verified.get(name),
            }
            for name in self.fields
        ]
        return super().get_context_data(
            profile=profile, rows=rows, article=self.article,
            can_verify=self.request.user.has_perm(self.permission), **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        try:
            self.verify(self.profile, request.user)
        except ValidationError as error:
            report_errors(request, error)
        else:
            messages.success(request, "已核验，单位申报的资质自即日起生效。")
        return redirect(f"{self.viewset.url_namespace}:verify", self.profile.pk)


def _fact_display(profile, name, value):
    field = profile._meta.get_field(name)
    if isinstance(value, bool):
        return "是" if value else "否"
    if field.choices:
        return dict(field.choices).get(value, "—") if value else "—"
    return value or "—"


class UnitVerifyView(QualificationVerifyView):
    fields = UNIT_FACT_FIELDS
    article = "第十二条、第四条（R10）"
    verify = staticmethod(services.verify_unit_qualification)


class PublisherVerifyView(QualificationVerifyView):
    fields = PUBLISHER_FACT_FIELDS
    article = "第二十四条"
    verify = staticmethod(services.verify_publisher_qualification)


class UnitProfileViewSet(ScopedModelViewSet):
    model = CompilingUnitProfile
    icon = "site"
    menu_label = "编写单位资质"
    url_namespace = "textbook_units"
    url_prefix = "textbooks/units"
    index_view_class = QualificationIndexView
    list_display = ["organisation", "eligible_planning_levels_display", "verified_on"]
    search_fields = ["organisation__name"]
    panels = [
        FieldPanel("organisation"),
        MultiFieldPanel(
            [
                FieldPanel("registered_in_prc"),
                FieldPanel("independent_legal_person"),
                FieldPanel("legal_representative_nationality"),
                FieldPanel("has_compiling_team"),
                FieldPanel("has_service_team"),
                FieldPanel("has_funding"),
            ],
            heading="第十二条第（一）至（四）项",
        ),
        FieldPanel("national_lead_basis"),
        FieldPanel("unified_route_authorised"),
    ]

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=UnitProfileForm).bind_to_model(self.model)

    def get_queryset(self, request):
        return CompilingUnitProfile.objects.select_related("organisation")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("verify/<str:pk>/", UnitVerifyView.as_view(viewset=self), name="verify"),
        ]


class PublisherProfileViewSet(ScopedModelViewSet):
    model = PublisherProfile
    icon = "tag"
    menu_label = "出版单位资质"
    url_namespace = "textbook_publishers"
    url_prefix = "textbooks/publishers"
    index_view_class = QualificationIndexView
    list_display = [
        "organisation", "licence_number", YesNoColumn("is_qualified", label="符合第二十四条资质（已核验）"), "verified_on",
    ]
    panels = [FieldPanel(name) for name in ("organisation", *PUBLISHER_FACT_FIELDS)]
    add_to_admin_menu = False

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=PublisherProfileForm).bind_to_model(self.model)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("verify/<str:pk>/", PublisherVerifyView.as_view(viewset=self), name="verify"),
        ]


class PublisherPenaltyViewSet(ModelViewSet):
    model = PublisherPenalty
    icon = "warning"
    menu_label = "出版处罚记录"
    url_namespace = "textbook_penalties"
    url_prefix = "textbooks/penalties"
    list_display = ["publisher", "penalised_on", "authority"]
    form_fields = ["publisher", "penalised_on", "authority", "description"]
    add_to_admin_menu = False


# ------------------------------------------------------------------------------ change requests


class ChangeRequestCreateView(ServiceSaveMixin, generic.CreateView):
    def save_through_service(self, change):
        data = self.form.cleaned_data
        return services.request_change(
            data["version"],
            self.request.user,
            reason=data["reason"],
            new_chief_editor=data.get("new_chief_editor"),
            new_manuscript=data.get("new_manuscript") or None,
            new_price=data.get("new_price"),
            new_description=data.get("new_description") or "",
        )


class ChangeRequestIndexView(ScopedModelViewSet.index_view_class):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status == ChangeRequestStatus.PENDING and supervises(self.request.user, "changerequest"):
            buttons.append(
                MenuItem("审批", url=reverse("textbook_changes:decide", args=[instance.pk]), icon_name="tick", priority=30)
            )
        return buttons


class ChangeRequestViewSet(ScopedModelViewSet):
    model = ChangeRequest
    icon = "edit"
    menu_label = "变更申请"
    url_namespace = "textbook_changes"
    url_prefix = "textbooks/changes"
    index_view_class = ChangeRequestIndexView
    add_view_class = ChangeRequestCreateView
    copy_view_enabled = False
    list_display = ["version", "status", "requested_at", "decided_at"]
    list_filter = ["status"]
    panels = [
        FieldPanel("version"),
        FieldPanel("reason"),
        FieldPanel("new_chief_editor"),
        FieldPanel("new_manuscript"),
        FieldPanel("new_price"),
        FieldPanel("new_description"),
    ]

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=ChangeRequestForm).bind_to_model(self.model)

    def get_queryset(self, request):
        return ChangeRequest.objects.select_related("version__textbook")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("decide/<str:pk>/", ChangeDecisionView.as_view(viewset=self), name="decide"),
        ]


class ChangeDecisionView(TextbooksAdminView):
    """The competent department approves (a new frozen version) or rejects a change request."""

    template_name = "textbooks/admin/change_decide.html"

    def dispatch(self, request, *args, **kwargs):
        if not supervises(request.user, "changerequest"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def change(self):
        return get_object_or_404(
            ChangeRequest.objects.select_related("version__textbook", "version__chief_editor", "new_chief_editor"),
            pk=unquote(self.kwargs["pk"]),
        )

    def get_page_title(self):
        return f"审批变更申请：{self.change.version}"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            change=self.change,
            can_decide=rules.change_request_is_open(self.change.status),
            field_rows=change_diff.field_rows(self.change),
            manuscript=change_diff.manuscript_difference(self.change),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        decisions = {
            "approve": lambda: services.approve_change_request(self.change, request.user),
            "reject": lambda: services.reject_change_request(self.change, request.user),
            "send_to_review": lambda: services.send_change_to_review(self.change, request.user, request.POST.get("reason", "")),
        }
        if action not in decisions:
            raise PermissionDenied
        try:
            result = decisions[action]()
        except ValidationError as error:
            report_errors(request, error)
            return redirect("textbook_changes:decide", self.change.pk)
        if action == "approve":
            messages.success(request, f"已批准变更，生成新版本：{result}")
            return redirect("textbook_versions:workflow", result.pk)
        if action == "send_to_review":
            messages.success(request, f"已退回重新审核：修改内容作为新的待送审版本 {result}，由编写单位送审。")
            return redirect("textbook_versions:workflow", result.pk)
        messages.success(request, "已驳回变更申请。")
        return redirect("textbook_changes:index")


# ------------------------------------------------------------------------------ catalogues


class CatalogueIndexView(generic.IndexView):
    @cached_property
    def header_buttons(self):
        return super().header_buttons + [
            HeaderButton("导入目录（Excel）", url=reverse("textbook_catalogues:import"), icon_name="upload"),
            HeaderButton("导出全部（Excel）", url=reverse("textbook_catalogues:export") + "?format=xlsx", icon_name="download"),
            HeaderButton("导出全部（CSV）", url=reverse("textbook_catalogues:export") + "?format=csv", icon_name="download"),
        ]

    def get_list_more_buttons(self, instance):
        url = reverse("textbook_catalogues:export")
        return super().get_list_more_buttons(instance) + [
            MenuItem("导出 Excel", url=f"{url}?format=xlsx&catalogue={instance.pk}", icon_name="download", priority=30),
            MenuItem("导出 CSV", url=f"{url}?format=csv&catalogue={instance.pk}", icon_name="download", priority=31),
        ]


class CatalogueEditView(ReadOnlyWhenLockedMixin, generic.EditView):
    locked_field_names = ("kind", "province", "name", "description")


class BatchEditView(ReadOnlyWhenLockedMixin, generic.EditView):
    locked_field_names = ("catalogue", "name", "published_on", "document_number")


class CatalogueViewSet(ModelViewSet):
    model = Catalogue
    icon = "list-ul"
    menu_label = "教材目录"
    url_namespace = "textbook_catalogues"
    url_prefix = "textbooks/catalogues"
    index_view_class = CatalogueIndexView
    edit_view_class = CatalogueEditView
    list_display = ["name", "kind", "province"]
    list_filter = ["kind"]
    form_fields = ["kind", "province", "name", "description"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("import/", CatalogueImportView.as_view(viewset=self), name="import"),
            path("export/", CatalogueExportView.as_view(viewset=self), name="export"),
        ]


class BatchViewSet(ModelViewSet):
    model = Batch
    icon = "date"
    menu_label = "规划批次"
    url_namespace = "textbook_batches"
    url_prefix = "textbooks/batches"
    edit_view_class = BatchEditView
    list_display = ["name", "catalogue", "published_on", "document_number"]
    list_filter = ["catalogue"]
    form_fields = ["catalogue", "name", "published_on", "document_number"]


class CatalogueImportForm(forms.Form):
    file = forms.FileField(label="目录 Excel 文件（.xlsx）", validators=[upload_checks.catalogue_import_upload])


class CatalogueImportView(TextbooksAdminView):
    """Upload → row-by-row report; any failing row means nothing is saved."""

    template_name = "textbooks/admin/import.html"
    page_title = "导入教材目录（Excel）"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not supervises(request.user, "catalogue"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=CatalogueImportForm(), columns=catalogue_io.COLUMNS))

    def post(self, request, *args, **kwargs):
        form = CatalogueImportForm(request.POST, request.FILES)
        context = {"form": form, "columns": catalogue_io.COLUMNS}
        if form.is_valid():
            try:
                context["report"] = catalogue_io.import_catalogue(form.cleaned_data["file"], request.user)
            except catalogue_io.ImportFileError as error:
                context["error"] = str(error)
        return self.render_to_response(self.get_context_data(**context))


class CatalogueExportView(TextbooksAdminView):
    def get(self, request, *args, **kwargs):
        if not request.user.has_perm("textbooks.view_catalogue"):
            raise PermissionDenied
        catalogue = None
        if request.GET.get("catalogue"):
            catalogue = get_object_or_404(Catalogue, pk=posted_pk(request.GET["catalogue"]))
        name = catalogue.name if catalogue else "技工院校教材目录"
        if request.GET.get("format") == "csv":
            response = HttpResponse(catalogue_io.export_csv(catalogue), content_type="text/csv; charset=utf-8")
            filename = f"{name}.csv"
        elif request.GET.get("format", "xlsx") == "xlsx":
            response = HttpResponse(catalogue_io.export_xlsx(catalogue), content_type=XLSX_CONTENT_TYPE)
            filename = f"{name}.xlsx"
        else:
            raise Http404
        private_files.attachment_headers(response, filename)
        return response
