"""The reviewer workspace (SPEC §8): separate from the Wagtail admin and fed only by
review.projection. A reviewer reaches only their own assignments (django-guardian; others 404),
and nothing of a manuscript before declaring no conflict (R2)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from guardian.shortcuts import get_objects_for_user

from cms import roles
from review import services
from review.forms import DeclarationForm, OpinionForm, PoliticalReviewForm
from review.letters import expert_label
from review.models import AnonymisedCopy, Assignment, AssignmentStatus, Opinion, Stage
from review.projection import build_projection


def _my_assignments(user):
    return get_objects_for_user(
        user,
        services.VIEW_ASSIGNMENT,
        klass=Assignment.objects.select_related("round__submission"),
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


@login_required
def index(request):
    assignments = _my_assignments(request.user).exclude(status=AssignmentStatus.CONFLICT).order_by("-round__released_at", "-pk")
    rows = [
        {
            "assignment": a,
            "code": a.round.submission.code,
            "round": a.round.number,
            "deadline": a.round.deadline,
            "open": a.round.released_at is not None,
        }
        for a in assignments
    ]
    return render(request, "review/workspace/index.html", {
        "rows": rows, "political": services.political_queue(request.user).exists(),
    })


@login_required
def assignment_detail(request, pk):
    assignment = _assignment(request, pk)
    round_ = assignment.round
    submission = round_.submission
    context = {"assignment": assignment, "code": submission.code, "round_number": round_.number}
    if assignment.status == AssignmentStatus.AWAITING_DECLARATION:
        context["declaration_form"] = DeclarationForm()
        return render(request, "review/workspace/declare.html", context)
    projection = build_projection(submission, round_)
    own = getattr(assignment, "opinion", None) if assignment.status == AssignmentStatus.SUBMITTED else None
    context.update(
        projection=projection,
        own_opinion=own,
        opinion_form=OpinionForm() if own is None and submission.stage == Stage.IN_REVIEW and not projection.round_closed else None,
        others=_anonymous_opinions(round_, exclude=own.pk if own else None) if projection.round_closed else [],
    )
    return render(request, "review/workspace/assignment.html", context)


@login_required
@require_POST
def declare(request, pk):
    assignment = _assignment(request, pk)
    form = DeclarationForm(request.POST)
    if not form.is_valid():
        messages.error(request, "请选择声明内容。")
        return redirect("review_workspace:assignment", pk=pk)
    try:
        services.declare(assignment, request.user, form.cleaned_data["no_conflict"], form.cleaned_data["note"])
    except ValidationError as exc:
        _errors(request, exc)
        return redirect("review_workspace:assignment", pk=pk)
    if form.cleaned_data["no_conflict"]:
        messages.success(request, "已声明无利益冲突，可以查看匿名稿。")
        return redirect("review_workspace:assignment", pk=pk)
    messages.success(request, "已声明回避，组织单位将另行抽取专家。")
    return redirect("review_workspace:index")


@login_required
@require_POST
def submit_opinion(request, pk):
    assignment = _assignment(request, pk)
    form = OpinionForm(request.POST)
    if not form.is_valid():
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else ""
            messages.error(request, f"{label}：{'；'.join(errors)}")
        return redirect("review_workspace:assignment", pk=pk)
    try:
        services.submit_opinion(assignment, request.user, **form.cleaned_data)
    except ValidationError as exc:
        _errors(request, exc)
    else:
        messages.success(request, "评审意见已提交。")
    return redirect("review_workspace:assignment", pk=pk)


def _serve_copy(copy):
    return FileResponse(
        copy.file.open("rb"), as_attachment=True, filename=copy.neutral_name, content_type=copy.content_type_header
    )


@login_required
def download(request, pk, copy_pk):
    """Only the anonymised copies of the reviewer's own round, after declaring and release."""
    assignment = _assignment(request, pk)
    if assignment.status not in (AssignmentStatus.DECLARED, AssignmentStatus.SUBMITTED):
        raise Http404
    projection = build_projection(assignment.round.submission, assignment.round)
    if copy_pk not in {f.pk for f in projection.files}:
        raise Http404
    return _serve_copy(get_object_or_404(AnonymisedCopy, pk=copy_pk, round=assignment.round))


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
    return _serve_copy(get_object_or_404(
        AnonymisedCopy, pk=copy_pk, round=submission.current_round, round__released_at__isnull=False, withheld_reason=""
    ))
