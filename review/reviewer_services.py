"""State changes of a reviewer's own work in the workspace: declining an invitation, drafts of the
opinion, the annotated copy, requests for more time (and the organiser's answer to them).

Kept apart from review.services (the pipeline) so that the workspace's steps read as one unit;
the same conventions hold: atomic, audited through cms.audit.record, refusals in Chinese naming
the rule.
"""

from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.db import transaction
from django.utils import timezone
from guardian.shortcuts import remove_perm

from cms import audit
from review import anonymise, rules, services
from review.models import (
    AnnotatedCopy,
    Assignment,
    AssignmentStatus,
    ExtensionRequest,
    ExtensionStatus,
    OpinionDraft,
    Stage,
)

# What a draft may hold: the opinion form's own fields, nothing else, each bounded.
DRAFT_FIELDS = (
    "ideology_score", "ideology_comment", "science_score", "science_comment",
    "adaptability_score", "adaptability_comment", "political_error",
    "texts_to_replace", "authors_to_replace", "recommendation",
)
DRAFT_FIELD_MAX_CHARS = 20_000
ANNOTATED_MAX_BYTES = 50 * 1024 * 1024


def _locked(assignment):
    return Assignment.objects.select_for_update().select_related("round__submission", "expert__person__employer").get(
        pk=assignment.pk
    )


def _round_open(assignment):
    round_ = assignment.round
    return (
        round_.submission.stage == Stage.IN_REVIEW
        and round_.closed_at is None
        and round_.number == round_.submission.round_number
    )


def reviewer_identity(assignment):
    """The reviewer's own identity: kept out of what authors read later (R3 both ways)."""
    person = assignment.expert.person
    return anonymise.IdentityProfile(
        names=[person.name],
        units=[person.employer.name] if person.employer_id else [],
        emails=[person.email] if person.email else [],
        phones=[person.phone] if person.phone else [],
    )


@transaction.atomic
def decline(assignment, user, reason):
    """The reviewer declines the invitation before seeing any content; the organiser redraws
    (R5), and the decliner is not drawn again for this manuscript."""
    assignment = _locked(assignment)
    problems = rules.decline_problems(assignment.status, reason)
    if problems:
        raise ValidationError(problems)
    assignment.status = AssignmentStatus.DECLINED
    assignment.declined_reason = reason.strip()
    assignment.declared_at = timezone.now()
    assignment.save(update_fields=["status", "declined_reason", "declared_at"])
    if assignment.expert.person.user is not None:
        remove_perm(services.VIEW_ASSIGNMENT, assignment.expert.person.user, assignment)
    audit.record(assignment.round.submission, "review.decline", user=user, data={"position": assignment.position})
    return assignment


def _draft_value(value):
    # NUL is no text a reviewer types, and PostgreSQL's JSON refuses it (forms drop it the same way).
    return str(value).replace("\x00", "")[:DRAFT_FIELD_MAX_CHARS] if value is not None else ""


@transaction.atomic
def save_draft(assignment, user, data):
    """Keep what the reviewer typed so far (incomplete is fine: nothing is validated but size)."""
    assignment = _locked(assignment)
    if assignment.status != AssignmentStatus.DECLARED or not _round_open(assignment):
        raise ValidationError("本轮评审未在进行中或意见已提交，草稿未保存。")
    draft, _ = OpinionDraft.objects.get_or_create(assignment=assignment, defaults={"saved_at": timezone.now()})
    draft.data = {name: _draft_value(data.get(name)) for name in DRAFT_FIELDS}
    draft.saved_at = timezone.now()
    draft.save(update_fields=["data", "saved_at"])
    return draft


@transaction.atomic
def submit_opinion(assignment, user, **fields):
    """The pipeline's opinion step (review.services.submit_opinion); the draft goes with it."""
    opinion = services.submit_opinion(assignment, user, **fields)
    OpinionDraft.objects.filter(assignment=assignment).delete()
    return opinion


def _refuse_identities_left(result, own, authors):
    """The reviewer's own name left in the visible text, or any identity of either side the
    anonymiser could not remove, refuses the annotated copy (R3, both ways)."""
    visible = [f for f in result.findings if not f.cleaned]
    if visible:
        raise ValidationError(
            ["R3（第二十一条）：批注稿正文中含有您的署名或联系方式，请删除后重新上传："]
            + [f"{f.part_label}：{f.excerpt}" for f in visible[:10]]
        )
    residual = anonymise.verify_clean(result.source, own) + anonymise.verify_clean(result.source, authors)
    if residual:
        raise ValidationError(
            ["R3（第二十一条）：批注稿仍含身份信息，请删除后重新上传："] + [f"{f.part_label}：{f.excerpt}" for f in residual[:10]]
        )


@transaction.atomic
def upload_annotated_copy(assignment, user, uploaded):
    """An annotated copy goes through the same anonymiser as every copy (R3, Art. 21): metadata
    (comment authors, revision authors, properties) is stripped; the reviewer's own name left in
    the visible text is refused; the result must pass the release gate for both the reviewer's and
    the authors' identities before it is stored."""
    assignment = _locked(assignment)
    if assignment.status not in (AssignmentStatus.DECLARED, AssignmentStatus.SUBMITTED) or not _round_open(assignment):
        raise ValidationError("本轮评审未在进行中，不能上传批注稿。")
    if uploaded.size > ANNOTATED_MAX_BYTES:
        raise ValidationError(f"批注稿不能超过 {ANNOTATED_MAX_BYTES // (1024 * 1024)} MB。")
    submission = assignment.round.submission
    own = reviewer_identity(assignment)
    try:
        with services.anonymised_upload(uploaded, own, submission.code, "专家批注稿", assignment.position) as result:
            _refuse_identities_left(result, own, services.submission_profile(submission))
            copy = AnnotatedCopy.objects.filter(assignment=assignment).first() or AnnotatedCopy(assignment=assignment)
            if copy.file:
                copy.file.delete(save=False)
            copy.neutral_name = result.file_name
            copy.content_type_header = result.content_type or anonymise.DOCX_CONTENT_TYPE
            copy.uploaded_at = timezone.now()
            with result.open() as handle:
                copy.file.save(result.file_name, File(handle), save=False)
            copy.save()
    except anonymise.AnonymiseError as exc:
        raise ValidationError(f"R3（第二十一条）：批注稿无法匿名化：{exc.message}") from exc
    audit.record(submission, "review.annotated_copy", user=user, data={"position": assignment.position, "file": copy.neutral_name})
    return copy


@transaction.atomic
def request_extension(assignment, user, requested_until, reason):
    assignment = _locked(assignment)
    pending = assignment.extension_requests.filter(status=ExtensionStatus.PENDING).exists()
    reviewing = assignment.status in (AssignmentStatus.AWAITING_DECLARATION, AssignmentStatus.DECLARED) and _round_open(assignment)
    problems = rules.extension_problems(assignment.deadline, requested_until, reason, pending, reviewing)
    if problems:
        raise ValidationError(problems)
    request = ExtensionRequest.objects.create(
        assignment=assignment, requested_until=requested_until, reason=reason.strip(), requested_at=timezone.now()
    )
    audit.record(
        assignment.round.submission, "review.extension.request", user=user,
        data={"position": assignment.position, "until": requested_until.isoformat()},
    )
    return request


@transaction.atomic
def decide_extension(request, user, grant):
    """The organiser of the submission answers a request for more time."""
    request = ExtensionRequest.objects.select_for_update().select_related("assignment__round__submission").get(pk=request.pk)
    submission = request.assignment.round.submission
    if not services.organised_by(user).filter(pk=submission.pk).exists():
        raise ValidationError("只有该送审稿的审核组织单位可以处理延期申请。")
    if request.status != ExtensionStatus.PENDING:
        raise ValidationError("该延期申请已处理。")
    request.status = ExtensionStatus.GRANTED if grant else ExtensionStatus.REFUSED
    request.decided_by = user
    request.decided_at = timezone.now()
    request.save(update_fields=["status", "decided_by", "decided_at"])
    if grant:
        request.assignment.extended_deadline = request.requested_until
        request.assignment.save(update_fields=["extended_deadline"])
    audit.record(submission, "review.extension.decide", user=user, data={"position": request.assignment.position, "granted": grant})
    return request

