"""Organiser and author views in the Wagtail admin (SPEC §4).

Organisers act on the submissions of their own department (services.organised_by); authors see
their own submissions (django-guardian) with the opinions anonymised. Anything else is a 404.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from cms import private_files
from directory.models import Person
from review import anonymise, letters, reviewer_services, rules, services, submission_jobs, tasks
from review.forms import ChecksForm, ClearForm, DecisionForm, DrawForm, ProcedureForm, ResponseForm, SelfCheckForm
from review.models import (
    CleanFileRequest,
    Expert,
    ExpertCategory,
    ExtensionRequest,
    ExtensionStatus,
    Opinion,
    PanelDraw,
    ReviewProcedure,
    Stage,
    Submission,
)

ADD_SUBMISSION = "review.add_submission"


def _visible(user):
    return (services.organised_by(user) | services.authored_by(user)).distinct()


def _role(user, submission):
    role = services.role_in(user, submission)
    if role is None:
        raise Http404
    return role


LIST_PAGE_SIZE = 50


def submission_list(request):
    """Submissions with counts per stage, a stage and kind filter and a search by code or title."""
    visible = _visible(request.user)
    stage = request.GET.get("stage", "")
    kind = request.GET.get("kind", "")
    query = request.GET.get("q", "").strip()[:100]
    submissions = visible
    if stage in Stage.values:
        submissions = submissions.filter(stage=stage)
    if kind:
        submissions = submissions.filter(kind_label=kind)
    if query:
        submissions = submissions.filter(Q(code__icontains=query) | Q(title__icontains=query))
    by_stage = dict(visible.order_by().values_list("stage").annotate(n=Count("pk")).values_list("stage", "n"))
    page = Paginator(submissions.select_related("organiser").order_by("-submitted_at", "-pk"), LIST_PAGE_SIZE).get_page(
        request.GET.get("p")
    )
    return TemplateResponse(request, "review/admin/list.html", {
        "submissions": page,
        "page": page,
        "stage_counts": [(value, label, by_stage.get(value, 0)) for value, label in Stage.choices],
        "total": sum(by_stage.values()),
        "kinds": sorted(set(visible.order_by().values_list("kind_label", flat=True))),
        "stage": stage, "kind": kind, "query": query,
        "can_submit": request.user.has_perm(ADD_SUBMISSION),
    })


def _opinion_rows(submission, with_names):
    rows = []
    for round_ in submission.rounds.exclude(closed_at=None).order_by("number"):
        opinions = Opinion.objects.filter(assignment__round=round_).select_related(
            "assignment__expert__person", "assignment__annotated_copy"
        )
        for opinion in opinions.order_by("assignment__position"):
            rows.append({
                "round": round_.number,
                "label": letters.expert_label(opinion.assignment.position),
                "name": opinion.assignment.expert.person.name if with_names else "",
                "opinion": opinion,
                "annotated": getattr(opinion.assignment, "annotated_copy", None),
            })
    return rows


SCORE_DIMENSIONS = (("思想性", "ideology"), ("科学性", "science"), ("适应性", "adaptability"))


def _score_comparison(submission):
    """The panel's scores and recommendations side by side, one table per closed round."""
    tables = []
    for round_ in submission.rounds.exclude(closed_at=None).order_by("number"):
        opinions = list(
            Opinion.objects.filter(assignment__round=round_).select_related("assignment").order_by("assignment__position")
        )
        if not opinions:
            continue
        rows = [
            {"label": label, "cells": [getattr(o, f"{key}_score") for o in opinions]}
            for label, key in SCORE_DIMENSIONS
        ]
        rows.append({"label": "总分", "cells": [o.total_score for o in opinions]})
        tables.append({
            "round": round_.number,
            "experts": [letters.expert_label(o.assignment.position) for o in opinions],
            "rows": rows,
            "political": [o.get_political_error_display() for o in opinions],
            "recommendations": [o.get_recommendation_display() for o in opinions],
            "replacements": [bool(o.texts_to_replace or o.authors_to_replace) for o in opinions],
        })
    return tables


def submission_detail(request, pk):
    submission = get_object_or_404(Submission.objects.select_related("organiser"), pk=pk)
    role = _role(request.user, submission)
    round_ = submission.current_round
    context = {
        "submission": submission, "role": role, "round": round_,
        # R3: organiser and unit only; reviewers never reach this page.
        "clean_requests": CleanFileRequest.objects.filter(copy__round=round_).select_related("copy"),
    }
    if role == "organiser":
        actions = rules.allowed_actions(submission.stage)
        suggestion = services.intake_suggestion(submission)
        can_draw = rules.panel_can_be_drawn(submission.stage)
        table = services.exclusion_table(submission) if can_draw else []
        context.update(
            can_draw=can_draw,
            copies=round_.copies.prefetch_related("issued__assignment"),
            assignments=round_.assignments.select_related("expert__person__employer"),
            excluded=[row for row in table if not row["eligible"] or row["overridden"]],
            eligible_count=sum(1 for row in table if row["eligible"]),
            draw_form=DrawForm(),
            decision_form=DecisionForm() if submission.stage == Stage.ROUND_CLOSED else None,
            actions=[(a, rules.ACTION_LABELS[a]) for a in actions if a in ("release", "close_round", "approve")],
            opinions=_opinion_rows(submission, with_names=True),
            comparison=_score_comparison(submission),
            extension_choices=(("1", "同意延期"), ("0", "不同意")),
            extension_requests=ExtensionRequest.objects.filter(
                assignment__round=round_, status=ExtensionStatus.PENDING
            ).select_related("assignment__expert__person"),
            route=services.route_of(submission),
            can_confirm_intake=rules.intake_can_be_confirmed(submission.stage),
            intake_rows=[
                {
                    "key": key,
                    "label": label,
                    "proposed": bool(submission.proposed_flags.get(key)),
                    "suggested": suggestion[key],
                    "confirmed": bool(submission.confirmed_flags.get(key)),
                }
                for key, label in rules.CONTENT_FLAGS.items()
            ],
            rounds=submission.rounds.order_by("number"),
            draws=PanelDraw.objects.filter(round__submission=submission).select_related("round", "by"),
            political_reviews=submission.political_reviews.order_by("at"),
        )
    else:
        context.update(
            opinions=_opinion_rows(submission, with_names=False) if submission.decided_at else [],
            response_form=ResponseForm() if submission.stage == Stage.REVISION else None,
            political_reviews=submission.political_reviews.order_by("at"),
        )
    return TemplateResponse(request, "review/admin/detail.html", context)


def _run(request, submission, call, success):
    try:
        call()
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(request, success)
    return redirect("review_admin:detail", pk=submission.pk)


@require_POST
def submission_action(request, pk, action):
    submission = get_object_or_404(Submission, pk=pk)
    role = _role(request.user, submission)
    user, post = request.user, request.POST
    if role == "author":
        if action == "replace":
            request_ = get_object_or_404(CleanFileRequest, pk=post.get("request") or 0, copy__round=submission.current_round)
            upload = request.FILES.get("file")
            if upload is None:
                messages.error(request, "请选择要提交的干净文件。")
                return redirect("review_admin:detail", pk=submission.pk)
            return _run(request, submission, lambda: services.answer_clean_file_request(request_, user, upload),
                        "干净文件已提交，组织单位将重新核对。")
        if action != "resubmit":
            raise PermissionDenied
        letter = post.get("letter", "")
        return _run(request, submission, lambda: services.resubmit(submission, user, letter), "修改稿已提交，进入下一轮评审。")
    if action in ("resolve", "confirm"):
        form = ClearForm(post)
        form.is_valid()
        copy = get_object_or_404(submission.current_round.copies, pk=form.cleaned_data.get("copy") or 0)
        if action == "confirm":
            return _run(request, submission, lambda: services.confirm_copy(copy, user), f"已确认 {copy.neutral_name} 的发放内容。")
        decisions = {
            i: (post.get(f"decision-{i}", ""), post.get(f"reason-{i}", ""))
            for i, f in enumerate(copy.findings) if not f["cleaned"]
        }
        extra = (form.cleaned_data.get("extra") or "").splitlines()
        try:
            services.resolve_findings(copy, user, decisions, extra)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            return redirect("review_admin:detail", pk=submission.pk)
        messages.success(request, f"{copy.neutral_name} 的遮盖清单已处理，请核对发放预览后确认。")
        return redirect("review_admin:preview", pk=submission.pk, copy_pk=copy.pk)
    if action == "request_clean":
        copy = get_object_or_404(submission.current_round.copies, pk=post.get("copy") or 0)
        note = post.get("note", "")
        return _run(request, submission, lambda: services.request_clean_file(copy, user, note),
                    "已要求编写单位提供干净文件，页码和内容已列明。")
    if action == "docx":
        allowed = post.get("allowed") == "on"
        return _run(request, submission, lambda: services.allow_docx(submission.current_round, user, allowed),
                    "已允许评审专家下载 DOCX。" if allowed else "评审专家只收到带水印的 PDF。")
    if action == "intake":
        flags = {key: post.get(key) == "on" for key in rules.CONTENT_FLAGS}
        reason = post.get("reason", "")
        return _run(request, submission, lambda: services.confirm_intake(submission, user, flags, reason), "已受理，内容属性已确认。")
    if action == "draw":
        # R5: whatever else the post carries (a forged "seed" included) is ignored.
        reason = post.get("reason", "")
        return _run(request, submission, lambda: services.draw_panel(submission, user, reason=reason), "已抽取评审专家。")
    if action == "override":
        expert = get_object_or_404(Expert, pk=post.get("expert") or 0)
        reason = post.get("reason", "")
        return _run(request, submission, lambda: services.override_exclusion(submission, expert, user, reason), "已记录回避例外。")
    if action == "extension":
        request_ = get_object_or_404(ExtensionRequest, pk=post.get("request") or 0, assignment__round__submission=submission)
        grant = post.get("grant") == "1"
        return _run(request, submission, lambda: reviewer_services.decide_extension(request_, user, grant),
                    "已同意延期。" if grant else "已不同意延期。")
    if action == "decide":
        decision, comment = post.get("decision", ""), post.get("comment", "")
        return _run(request, submission, lambda: services.decide(submission, user, decision, comment), "已作出审核结论。")
    simple = {
        "release": (services.release, "匿名稿已发放，盲审开始。"),
        "close_round": (services.close_round, "本轮评审已结束。"),
        "approve": (services.approve, "已批准，版本已冻结并纳入目录或信息库。"),
    }
    if action not in simple:
        raise Http404
    call, success = simple[action]
    return _run(request, submission, lambda: call(submission, user), success)


def copy_preview(request, pk, copy_pk):
    """R3: exactly what the reviewers will receive from one copy, for the organiser to confirm."""
    submission = get_object_or_404(Submission, pk=pk)
    if _role(request.user, submission) != "organiser":
        raise Http404
    copy = get_object_or_404(submission.current_round.copies, pk=copy_pk)
    return TemplateResponse(request, "review/admin/preview.html", {
        "submission": submission,
        "copy": copy,
        "parts": services.copy_preview(copy),
        "dismissed": [f for f in copy.findings if f.get("resolution") == "dismiss"],
    })


def decision_letter(request, pk):
    submission = get_object_or_404(Submission, pk=pk)
    _role(request.user, submission)
    if not submission.decided_at:
        raise Http404
    return private_files.attachment_response(
        letters.decision_letter(submission), letters.letter_file_name(submission), anonymise.DOCX_CONTENT_TYPE
    )


# ------------------------------------------------------------------------ submitting (units)


def _submittable_items(user):
    """The user's unit's versions that have not entered review yet."""
    from curriculum.models import StandardVersion, VersionStatus as StandardStatus
    from textbooks.models import TextbookVersion, VersionStatus

    person = Person.objects.filter(user=user).first()
    if person is None:
        return []
    items = list(
        services.not_yet_submitted(TextbookVersion.objects.filter(
            textbook__compiling_unit_id=person.employer_id, status__in=[VersionStatus.DRAFT, VersionStatus.SUBMITTED]
        )).select_related("textbook")
    ) + list(
        services.not_yet_submitted(StandardVersion.objects.filter(
            standard__compiling_unit_id=person.employer_id, status=StandardStatus.IN_REVIEW
        )).select_related("standard__major", "standard__level")
    )
    return [
        {
            "item": item,
            "ct": ContentType.objects.get_for_model(item).pk,
            "checks": services.checks_for(item),
            "problems": rules.gate_problems(services.gate_facts(item)),
            "anonymising": submission_jobs.pending(item),
            "failed": submission_jobs.last_failure(item),
        }
        for item in items
    ]


def _item(ct_pk, pk, user):
    for row in _submittable_items(user):
        if row["ct"] == ct_pk and row["item"].pk == pk:
            return row["item"]
    raise Http404


def submit_list(request):
    if not request.user.has_perm(ADD_SUBMISSION):
        raise PermissionDenied
    return TemplateResponse(request, "review/admin/submit.html", {
        "rows": _submittable_items(request.user), "checks_form": ChecksForm(),
    })


@require_POST
def submit_item(request, ct, pk, action):
    if not request.user.has_perm(ADD_SUBMISSION):
        raise PermissionDenied
    item = _item(ct, pk, request.user)
    try:
        if action == "checks":
            form = ChecksForm(request.POST)
            if not form.is_valid():
                raise ValidationError("日期格式应为 YYYY-MM-DD。")
            services.record_checks(item, request.user, **{k: v for k, v in form.cleaned_data.items() if v})
            messages.success(request, "送审前核查信息已保存。")
        elif submission_jobs.pending(item) is not None:
            raise ValidationError("该稿件正在匿名化处理，请勿重复送审。")
        elif submission_jobs.in_background(item):
            job = tasks.start_submission(item, request.user)
            messages.success(request, "稿件较大，正在匿名化处理：完成后即送审，进度见本页。")
            return redirect("cms_job", job.pk)
        else:
            submission = services.submit(item, request.user)
            messages.success(request, f"已送审，审核编号 {submission.code}，审核组织单位：{submission.organiser.name}。")
            return redirect("review_admin:detail", pk=submission.pk)
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    return redirect("review_admin:submit")


# --------------------------------------------------------- the publisher's self-check (Art. 18)


def self_check_list(request):
    """The gatekeeping body's page: its own publisher's versions awaiting submission."""
    if not request.user.has_perm(services.RECORD_SELF_CHECK):
        raise PermissionDenied
    versions = services.gatekept_versions(request.user).select_related("textbook__compiling_unit", "publisher")
    rows = [
        # One form per version, each with its own field ids so every label names its own field.
        {"version": v, "checks": services.checks_for(v), "form": SelfCheckForm(auto_id=f"id_v{v.pk}_%s")}
        for v in versions.order_by("textbook__title", "edition")
    ]
    return TemplateResponse(request, "review/admin/self_check.html", {"rows": rows})


@require_POST
def self_check_record(request, pk):
    if not request.user.has_perm(services.RECORD_SELF_CHECK):
        raise PermissionDenied
    # Another publisher's version, or one already in review, is not theirs to check: 404.
    version = get_object_or_404(services.gatekept_versions(request.user), pk=pk)
    form = SelfCheckForm(request.POST)
    if not form.is_valid():
        messages.error(request, "第十八条：请填写专题自查日期（YYYY-MM-DD）和自查结论。")
        return redirect("review_admin:self_check")
    try:
        services.record_self_check(
            version, request.user, form.cleaned_data["self_check_on"], form.cleaned_data["self_check_note"]
        )
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(request, f"已登记《{version.textbook.title}》（{version.edition_label}）的专题自查。")
    return redirect("review_admin:self_check")


# ------------------------------------------------------ the practical-skills procedure (Art. 22)


def practical_skills_procedure(request):
    """Each organiser sets the procedure of its own department; nobody sets another's."""
    if not request.user.has_perm("review.organise_submission"):
        raise PermissionDenied
    person = Person.objects.filter(user=request.user).select_related("employer").first()
    if person is None or person.employer.kind != "department":
        raise PermissionDenied
    organiser = person.employer
    procedure = ReviewProcedure.objects.filter(organiser=organiser).select_related("organiser").first()
    current = rules.route_for(True, procedure)
    form = ProcedureForm(request.POST or None, initial={
        "panel_size": current.panel_size, "min_categories": current.min_categories, "review_days": current.review_days,
        "trial_records_required": bool(procedure and procedure.trial_records_required),
    })
    if request.method == "POST" and form.is_valid():
        try:
            services.set_review_procedure(organiser, request.user, **form.cleaned_data)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(request, "已保存本单位的审核程序。")
            return redirect("review_admin:procedure")
    return TemplateResponse(request, "review/admin/procedure.html", {"organiser": organiser, "route": current, "form": form})


# ------------------------------------------------------- draw records for supervisors (R5)

VIEW_DRAWS = "review.view_paneldraw"


def draw_list(request):
    """Every recorded draw and redraw, with reason, seed and candidate-list hash (R5), for the
    supervising HRSS; each can be replayed with ``manage.py replay_draws``."""
    if not request.user.has_perm(VIEW_DRAWS):
        raise PermissionDenied
    draws = PanelDraw.objects.select_related("round__submission", "by").order_by("-at", "-pk")
    return TemplateResponse(request, "review/admin/draws.html", {"draws": draws})


def draw_detail(request, pk):
    if not request.user.has_perm(VIEW_DRAWS):
        raise PermissionDenied
    record = get_object_or_404(PanelDraw.objects.select_related("round__submission", "by"), pk=pk)
    experts = Expert.objects.in_bulk([c["expert"] for c in record.candidates] + record.kept)
    return TemplateResponse(request, "review/admin/draw_detail.html", {
        "record": record,
        "candidates": [(c, experts.get(c["expert"]), ExpertCategory(c["category"]).label) for c in record.candidates],
        "drawn": [experts.get(i) for i in record.drawn],
        "kept": [experts.get(i) for i in record.kept],
        "problems": services.replay(record),
    })
