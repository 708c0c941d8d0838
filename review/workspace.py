"""The reviewer workspace (SPEC §8): separate from the Wagtail admin and fed only by
review.projection. A reviewer reaches only their own assignments (django-guardian; others 404),
and nothing of a manuscript before declaring no conflict (R2)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST
from guardian.shortcuts import get_objects_for_user

from cms import private_files, roles
from review import reviewer_services, services
from review.forms import AnnotatedCopyForm, DeclarationForm, DeclineForm, ExtensionForm, OpinionForm, PoliticalReviewForm
from review.letters import expert_label
from review.models import (
    OFF_PANEL,
    AnnotatedCopy,
    AnonymisedCopy,
    Assignment,
    AssignmentStatus,
    ExtensionRequest,
    ExtensionStatus,
    Opinion,
    OpinionDraft,
    Stage,
)
from review.projection import build_projection


def _my_assignments(user):
    # The permission is granted to the drawn reviewer's own user, never to a group
    # (services._grant_assignment): the groups' half of guardian's query would find nothing.
    return get_objects_for_user(
        user,
        services.VIEW_ASSIGNMENT,
        klass=Assignment.objects.select_related("round__submission"),
        use_groups=False,
        accept_global_perms=False,
        with_superuser=False,
    )


def _assignment(request, pk):
    return get_object_or_404(_my_assignments(request.user), pk=pk)


def _errors(request, exc):
    for message in exc.messages:
        messages.error(request, message)


def _anonymous_opinions(round_, exclude=None):
    """Other reviewers' opinions, labelled by panel position only (after the round closes)."""
    opinions = Opinion.objects.filter(assignment__round=round_).select_related("assignment").order_by("assignment__position")
    return [
        {"label": expert_label(o.assignment.position), "opinion": o}
        for o in opinions
        if o.assignment_id != exclude
    ]


_NEXT_ACTION = {
    AssignmentStatus.AWAITING_DECLARATION: "接受或谢绝邀请，并声明有无利益冲突",
    AssignmentStatus.DECLARED: "阅读匿名稿，填写并提交评审意见",
    AssignmentStatus.SUBMITTED: "已提交，等待本轮评审结束",
}


@login_required
def index(request):
    assignments = (
        _my_assignments(request.user)
        .exclude(status__in=OFF_PANEL)
        .prefetch_related(Prefetch("extension_requests", queryset=ExtensionRequest.objects.filter(status=ExtensionStatus.PENDING), to_attr="pending_extensions"))
        .order_by("-round__released_at", "-pk")
    )
    rows = [
        {
            "assignment": a,
            "code": a.round.submission.code,
            "kind": a.round.submission.kind_label,
            # The masked title only after the declaration, like every other content (R2).
            "title": a.round.submission.safe_title if a.status != AssignmentStatus.AWAITING_DECLARATION else "",
            "round": a.round.number,
            "deadline": a.deadline,
            "extended": a.extended_deadline is not None,
            "extension_pending": bool(a.pending_extensions),
            "open": a.round.released_at is not None,
            "next_action": _NEXT_ACTION.get(a.status, ""),
        }
        for a in assignments
    ]
    return render(request, "review/workspace/index.html", {
        "rows": rows, "political": services.political_queue(request.user).exists(),
    })


@login_required
def guidelines(request):
    """What reviewers are asked to do and how (Art. 19, 21): public, it names nobody."""
    return render(request, "review/workspace/guidelines.html")


def _draft_initial(assignment):
    draft = OpinionDraft.objects.filter(assignment=assignment).first()
    return (draft.data, draft.saved_at) if draft else ({}, None)


def _render_assignment(request, assignment, opinion_form=None, **forms):
    """The assignment page; ``forms`` are bound forms coming back with the reviewer's input."""
    round_ = assignment.round
    submission = round_.submission
    context = {
        "assignment": assignment, "code": submission.code, "kind": submission.kind_label,
        "round_number": round_.number, "deadline": assignment.deadline,
    }
    if assignment.status == AssignmentStatus.AWAITING_DECLARATION:
        context.update({"declaration_form": DeclarationForm(), "decline_form": DeclineForm(), **forms})
        return render(request, "review/workspace/declare.html", context)
    projection = build_projection(submission, round_)
    own = getattr(assignment, "opinion", None) if assignment.status == AssignmentStatus.SUBMITTED else None
    can_write = own is None and submission.stage == Stage.IN_REVIEW and not projection.round_closed
    draft_saved_at = None
    if can_write and opinion_form is None:
        initial, draft_saved_at = _draft_initial(assignment)
        opinion_form = OpinionForm(initial=initial)
    can_upload = bool(projection.files) and not projection.round_closed and submission.stage == Stage.IN_REVIEW
    context.update(
        projection=projection,
        own_opinion=own,
        opinion_form=opinion_form if can_write else None,
        draft_saved_at=draft_saved_at,
        annotated=AnnotatedCopy.objects.filter(assignment=assignment).first(),
        annotated_form=AnnotatedCopyForm() if can_upload else None,
        extensions=assignment.extension_requests.all(),
        can_request_extension=can_write,
        others=_anonymous_opinions(round_, exclude=assignment.pk) if projection.round_closed else [],
    )
    context.update(forms)
    return render(request, "review/workspace/assignment.html", context)


@login_required
def assignment_detail(request, pk):
    return _render_assignment(request, _assignment(request, pk))


def _invitation_answered(request, assignment):
    """The invitation was answered before (declared, recused, declined): nothing to show again."""
    if assignment.status == AssignmentStatus.AWAITING_DECLARATION:
        return None
    _errors(request, ValidationError("R2（第十九条）：已作出声明，不能重复声明。"))
    return redirect("review_workspace:assignment", pk=assignment.pk)


@login_required
@require_POST
def declare(request, pk):
    assignment = _assignment(request, pk)
    answered = _invitation_answered(request, assignment)
    if answered:
        return answered
    form = DeclarationForm(request.POST)
    if not form.is_valid():
        return _render_assignment(request, assignment, declaration_form=form)
    try:
        services.declare(assignment, request.user, form.cleaned_data["no_conflict"], form.cleaned_data["note"])
    except ValidationError as exc:
        _errors(request, exc)
        return redirect("review_workspace:assignment", pk=pk)
    if form.cleaned_data["no_conflict"]:
        messages.success(request, "已接受邀请并声明无利益冲突，可以查看匿名稿。")
        return redirect("review_workspace:assignment", pk=pk)
    messages.success(request, "已声明回避，组织单位将另行抽取专家。")
    return redirect("review_workspace:index")


@login_required
@require_POST
def decline(request, pk):
    assignment = _assignment(request, pk)
    answered = _invitation_answered(request, assignment)
    if answered:
        return answered
    form = DeclineForm(request.POST)
    if not form.is_valid():
        return _render_assignment(request, assignment, decline_form=form)
    try:
        reviewer_services.decline(assignment, request.user, form.cleaned_data["reason"])
    except ValidationError as exc:
        form.add_error(None, exc.messages)
        return _render_assignment(request, assignment, decline_form=form)
    messages.success(request, "已谢绝本次评审邀请，组织单位将另行抽取专家。感谢您的答复。")
    return redirect("review_workspace:index")


@login_required
@require_POST
def submit_opinion(request, pk):
    """Submitting, or saving a draft (the 保存草稿 button). Whatever goes wrong, the page comes back
    with everything the reviewer typed and each error next to its field; the input is also kept
    as the draft, so that it survives leaving the page."""
    assignment = _assignment(request, pk)
    if assignment.status != AssignmentStatus.DECLARED:
        # Nothing to keep: the form is not open (not yet declared, or already submitted).
        _errors(request, ValidationError("R2（第十九条）：须先声明无利益冲突，且每位专家只提交一次意见。"))
        return redirect("review_workspace:assignment", pk=pk)
    if request.POST.get("action") == "draft":
        try:
            reviewer_services.save_draft(assignment, request.user, request.POST)
        except ValidationError as exc:
            _errors(request, exc)
        else:
            messages.success(request, "草稿已保存。")
        return redirect("review_workspace:assignment", pk=pk)
    form = OpinionForm(request.POST)
    if form.is_valid():
        try:
            reviewer_services.submit_opinion(assignment, request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            messages.success(request, "评审意见已提交。感谢您的评审！")
            return redirect("review_workspace:assignment", pk=pk)
    try:
        reviewer_services.save_draft(assignment, request.user, request.POST)
    except ValidationError:
        pass  # the round is over or the opinion is in: the page says so, nothing to keep
    return _render_assignment(request, assignment, opinion_form=form)


@login_required
@require_POST
def save_draft(request, pk):
    """The autosave endpoint (static/review/autosave.js): JSON in the reviewer's own words."""
    assignment = _assignment(request, pk)
    try:
        draft = reviewer_services.save_draft(assignment, request.user, request.POST)
    except ValidationError as exc:
        return JsonResponse({"saved": False, "message": "；".join(exc.messages)}, status=409)
    return JsonResponse({"saved": True, "message": f"草稿已自动保存（{timezone.localtime(draft.saved_at):%H:%M}）"})


@login_required
@require_POST
def upload_annotated(request, pk):
    assignment = _assignment(request, pk)
    form = AnnotatedCopyForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            reviewer_services.upload_annotated_copy(assignment, request.user, form.cleaned_data["file"])
        except ValidationError as exc:
            form.add_error("file", exc.messages)
        else:
            messages.success(request, "批注稿已匿名化处理并保存。")
            return redirect("review_workspace:assignment", pk=pk)
    return _render_assignment(request, assignment, annotated_form=form)


@login_required
def annotated_download(request, pk):
    assignment = _assignment(request, pk)
    copy = get_object_or_404(AnnotatedCopy, assignment=assignment)
    return _serve_copy(request, copy)


@login_required
def request_extension(request, pk):
    assignment = _assignment(request, pk)
    form = ExtensionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            reviewer_services.request_extension(
                assignment, request.user, form.cleaned_data["requested_until"], form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            messages.success(request, "延期申请已提交，组织单位处理后将在此显示结果。")
            return redirect("review_workspace:assignment", pk=pk)
    return render(request, "review/workspace/extension.html", {
        "assignment": assignment, "code": assignment.round.submission.code, "deadline": assignment.deadline,
        "form": form, "requests": assignment.extension_requests.all(),
    })


def _serve_copy(request, copy):
    return private_files.file_response(request, copy.file, copy.neutral_name, copy.content_type_header)


def _released_file(request, pk, copy_pk):
    """The reviewer's assignment and one of its round's released files (after declaring)."""
    assignment = _assignment(request, pk)
    if assignment.status not in (AssignmentStatus.DECLARED, AssignmentStatus.SUBMITTED):
        raise Http404
    projection = build_projection(assignment.round.submission, assignment.round)
    projected = next((f for f in projection.files if f.pk == copy_pk), None)
    if projected is None:
        raise Http404
    return assignment, projected, get_object_or_404(AnonymisedCopy, pk=copy_pk, round=assignment.round)


@login_required
def download(request, pk, copy_pk):
    """Only the anonymised copies of the reviewer's own round, after declaring and release; a
    manuscript as this assignment's watermarked PDF (R3)."""
    assignment, _, copy = _released_file(request, pk, copy_pk)
    if not copy.reviewer_pdf:
        return _serve_copy(request, copy)
    issued = services.issue_copy(assignment, copy, request.user)
    return private_files.file_response(request, issued.file, copy.pdf_name, "application/pdf")


@login_required
def download_docx(request, pk, copy_pk):
    """The DOCX of a copy, only where the organiser allowed it for the round (R3)."""
    _, projected, copy = _released_file(request, pk, copy_pk)
    if not projected.docx_name:
        raise Http404
    return _serve_copy(request, copy)


# ------------------------------------------------------------------- political review (Art. 18)


@login_required
def political_index(request):
    queue = services.political_queue(request.user)
    if not queue.exists() and not request.user.groups.filter(name=roles.POLITICAL_REVIEWER.name).exists():
        raise Http404
    return render(request, "review/workspace/political_index.html", {"submissions": queue.order_by("-submitted_at")})


@login_required
def political_detail(request, pk):
    submission = get_object_or_404(services.political_queue(request.user), pk=pk)
    round_ = submission.current_round
    if request.method == "POST":
        form = PoliticalReviewForm(request.POST)
        if form.is_valid():
            try:
                services.record_political_review(
                    submission, request.user, form.cleaned_data["passed"], form.cleaned_data["comment"]
                )
            except ValidationError as exc:
                _errors(request, exc)
            else:
                messages.success(request, "政治把关意见已记录。")
        else:
            messages.error(request, "请选择结论并填写意见。")
        return redirect("review_workspace:political_detail", pk=pk)
    return render(request, "review/workspace/political_detail.html", {
        "submission": submission,
        "projection": build_projection(submission, round_),
        "opinions": _anonymous_opinions(round_) if round_.closed_at else [],
        "form": PoliticalReviewForm() if submission.stage == Stage.POLITICAL_REVIEW else None,
    })


@login_required
def political_download(request, pk, copy_pk):
    submission = get_object_or_404(services.political_queue(request.user), pk=pk)
    copy = get_object_or_404(
        AnonymisedCopy, pk=copy_pk, round=submission.current_round, round__released_at__isnull=False, withheld_reason=""
    )
    if not copy.reviewer_pdf:
        return _serve_copy(request, copy)
    # Their own watermarked copy, like every expert's (R3).
    issued = services.issue_political_copy(request.user, copy)
    return private_files.file_response(request, issued.file, copy.pdf_name, "application/pdf")
