"""State changes of the review pipeline (SPEC §4). Each checks review.rules first, is atomic and
audited; views and commands call these and nothing else."""

import contextlib
import datetime
import hashlib
import os
import tempfile

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from guardian.shortcuts import assign_perm, get_objects_for_user, remove_perm

from cms import audit, private_files, upload_checks
from cms.progress import silent
from directory.models import Organisation, OrganisationKind, Person
from review import anonymise, events, reviewer_copy, rules
from review import reidentification as public_search
from review.models import (
    AnonymisedCopy,
    Assignment,
    AssignmentStatus,
    CleanFileRequest,
    Decision,
    ExclusionOverride,
    IssuedCopy,
    OFF_PANEL,
    Expert,
    DrawKind,
    Opinion,
    PanelDraw,
    PoliticalError,
    PoliticalReview,
    PreReviewChecks,
    ReviewProcedure,
    ReviewRound,
    Stage,
    Submission,
)
from selection import negative_list

VIEW_ASSIGNMENT = "review.view_assignment"
VIEW_SUBMISSION = "review.view_submission"
RECORD_SELF_CHECK = "review.record_self_check"
GATEKEEP_PUBLISHER = "directory.gatekeep_publisher"


# ------------------------------------------------------------------------------ identities (R3)


def identity_profile(people):
    """Everything that identifies a manuscript's makers: names, units, e-mails, phones."""
    authors = [p for p in people.authors if p is not None]
    units = {p.employer for p in authors}
    units.update(u for u in (people.compiling_unit, people.publisher) if u is not None)
    return anonymise.IdentityProfile(
        names=[p.name for p in authors],
        units=[n for u in units for n in (u.name, *u.alias_list)],
        emails=[p.email for p in authors if p.email] + [u.contact_email for u in units if u.contact_email],
        phones=[p.phone for p in authors if p.phone] + [u.contact_phone for u in units if u.contact_phone],
    )


def reviewer_profile(round_):
    """Reviewers' identities, to keep them out of what authors read (response letters, letters)."""
    persons = [
        a.expert.person
        for a in Assignment.objects.filter(round__submission=round_.submission).select_related("expert__person")
    ]
    return anonymise.IdentityProfile(
        names=[p.name for p in persons],
        emails=[p.email for p in persons if p.email],
        phones=[p.phone for p in persons if p.phone],
    )


def submission_profile(submission):
    return identity_profile(submission.item.review_people())


def _masked(text, profile, findings=None):
    """``text`` with ``findings`` (by default the profile's strings) masked."""
    for finding in anonymise.scan_text(text, profile, generic=False) if findings is None else findings:
        text = text.replace(finding.matched, anonymise.MASK)
    return text


# ----------------------------------------------------------------------------- unit gates


def checks_for(item):
    ct = ContentType.objects.get_for_model(item)
    checks, _ = PreReviewChecks.objects.get_or_create(content_type=ct, object_id=item.pk)
    return checks


# What the compiling unit records. The publisher's self-check is its gatekeeping body's own act
# (record_self_check, Art. 18), so the unit can neither record nor overwrite it.
UNIT_CHECK_FIELDS = ("authors_announced_on", "major_topic_reference", "major_topic_filed_on")


@transaction.atomic
def record_checks(item, user, **fields):
    """The compiling unit records its gates: the authors' announcement (Art. 13) and the
    major-topic filing (R9, Art. 21)."""
    unknown = sorted(set(fields) - set(UNIT_CHECK_FIELDS))
    if unknown:
        raise TypeError(f"record_checks() records the unit's gates only, not {', '.join(unknown)}")
    checks = checks_for(item)
    for name, value in fields.items():
        setattr(checks, name, value)
    checks.save()
    audit.record(checks, "review.checks.record", user=user, data={k: str(v) for k, v in fields.items()})
    return checks


@transaction.atomic
def record_self_check(item, user, checked_on, conclusion):
    """Art. 18: the publisher's political gatekeeping body records its 专题自查 of an item before
    formal submission. ``user`` None is the platform itself (demo data), as elsewhere."""
    publisher = item.review_people().publisher
    own = user is None or publisher is None or gatekept_publishers(user).filter(pk=publisher.pk).exists()
    problems = rules.self_check_problems(
        own_publisher=own,
        has_publisher=publisher is not None,
        submitted=submission_for(item) is not None,
        checked_on=checked_on,
        conclusion=conclusion,
        today=timezone.localdate(),
    )
    if problems:
        raise ValidationError(problems)
    checks = PreReviewChecks.objects.select_for_update().get(pk=checks_for(item).pk)
    checks.self_check_on = checked_on
    checks.self_check_note = conclusion.strip()
    checks.save(update_fields=["self_check_on", "self_check_note"])
    audit.record(
        checks,
        "review.self_check.record",
        user=user,
        data={"publisher": publisher.name, "self_check_on": str(checked_on), "conclusion": checks.self_check_note},
    )
    return checks


def gate_facts(item):
    people = item.review_people()
    checks = checks_for(item)
    announced = checks.authors_announced_on is not None or (
        hasattr(item, "announcements") and item.announcements.exists()
    )
    strong = item.is_ideologically_strong()
    reading, use, unanswered = item.trial_facts() if hasattr(item, "trial_facts") else (False, False, 0)
    return rules.GateFacts(
        trial_required=_trial_records_required(item),
        trial_reading=reading,
        trial_use=use,
        trial_unanswered=unanswered,
        unapproved_authors=sum(1 for p in people.authors if not p.party_org_approved),
        has_authors=bool(people.authors),
        authors_announced=announced,
        filing_required=rules.major_topic_filing_required(strong),
        filing_done=bool(checks.major_topic_reference and checks.major_topic_filed_on),
        has_publisher=people.publisher is not None,
        self_check_done=checks.self_check_on is not None,
        unit_blacklisted=negative_list.unit_is_blacklisted(people.compiling_unit),
        publisher_blacklisted=people.publisher is not None and negative_list.unit_is_blacklisted(people.publisher),
        listed_authors=tuple(p.name for p in negative_list.listed_people(people.authors)),
    )


def _trial_records_required(item):
    """Art. 16 records are asked for by textbook organisers that require them."""
    if not hasattr(item, "trial_facts"):
        return False
    try:
        organiser = organiser_for(item)
    except ValidationError:
        return False
    return ReviewProcedure.objects.filter(organiser=organiser, trial_records_required=True).exists()


def organiser_for(item):
    people = item.review_people()
    lookup = rules.organiser_lookup(
        item.review_planning_level(), item.review_province(), people.compiling_unit.province
    )
    organiser = Organisation.objects.filter(**lookup).order_by("pk").first()
    if organiser is None:
        raise ValidationError("第十八条：未找到负责该送审稿的人力资源社会保障部门，无法送审。")
    return organiser


def submission_for(item):
    ct = ContentType.objects.get_for_model(item)
    return Submission.objects.filter(content_type=ct, object_id=item.pk).first()


def not_yet_submitted(queryset):
    """The reviewable items of ``queryset`` that have not entered review."""
    ct = ContentType.objects.get_for_model(queryset.model)
    return queryset.exclude(pk__in=Submission.objects.filter(content_type=ct).values("object_id"))


# ------------------------------------------------------------------------------- submission


def _new_code():
    year = timezone.now().year
    for _ in range(50):
        code = rules.make_code(year)
        if not Submission.objects.filter(code=code).exists():
            return code
    raise ValidationError("审核编号生成失败，请重试。")


def _reviewer_title(item, profile, title, safe_metadata):
    """R3: (title, metadata, reasons) reviewers are shown: the exact ones, or the neutral ones when
    a public record reachable from them (the item's namesakes, the public search for each value)
    names the unit or an author; the reasons go to the organiser."""
    people = item.review_people()
    identities = [p.name for p in people.authors] + [u.name for u in (people.compiling_unit, people.publisher) if u]
    visible = [_masked(title, profile), *safe_metadata.values()]
    reasons = rules.reidentification_reasons(
        item.public_namesakes() + public_search.search_records(visible, identities, title), identities
    )
    if not reasons:
        return _masked(title, profile), safe_metadata, []
    neutral_title = item.neutral_review_title()
    neutral = {label: _masked(str(value or ""), profile) for label, value in item.neutral_review_metadata().items()}
    # Even the neutral name may still find the work (its course names a series): then reviewers
    # see only the kind, and the metadata values that find nothing of the work.
    if public_search.search_records([neutral_title], identities, title):
        neutral_title = f"{item.review_kind_label}送审稿"
        reasons.append(f"R3（第二十一条）：中性名称（含课程名称）仍可查到同一作品的公开记录，评审专家只看到“{neutral_title}”。")
    neutral = {label: value for label, value in neutral.items()
               if not public_search.search_records([value], identities, title)}
    still = public_search.search_records([neutral_title, *neutral.values()], identities, title)
    reasons += [f"R3（第二十一条）：中性名称仍可在{r['where']}查到，请组织者核对后再发放。" for r in still]
    return neutral_title, neutral, reasons


def _recheck_reviewer_title(submission, user):
    """R3 at release: a record published since submission may now lead from the exact title to
    the makers; the reviewers then see the neutral title, and the organiser is told why."""
    if submission.reidentification_note:
        return
    item = submission.item
    profile = identity_profile(item.review_people())
    title, metadata, reasons = _reviewer_title(item, profile, submission.title, submission.safe_metadata)
    if not reasons:
        return
    submission.safe_title, submission.safe_metadata = title, metadata
    submission.reidentification_note = "\n".join(reasons)
    submission.save(update_fields=["safe_title", "safe_metadata", "reidentification_note"])
    audit.record(submission, "review.neutral_title", user=user, data={"reasons": reasons})


def review_size(item):
    """The bytes the anonymiser reads for ``item``: its uploaded files and generated documents."""
    return sum(os.path.getsize(f.path) if f.path else len(f.content) for f in item.review_files())


@private_files.atomic_with_files()
def submit(item, user, progress_for=silent):
    """Send a reviewable item into review (Art. 18): gates, organiser, code, anonymised copies.
    All of it or nothing: a submission that fails leaves no row and no copy on disk. A large
    manuscript is submitted by the task queue (``review.tasks.submit``), whose ``progress_for``
    gives the bar that follows the anonymiser part by part."""
    # Two clicks on 送审 at once: the item's row lock makes the second one see the first's submission.
    type(item).objects.select_for_update().filter(pk=item.pk).exists()
    if submission_for(item) is not None:
        raise ValidationError("该稿件已送审，不能重复送审。")
    problems = rules.gate_problems(gate_facts(item))
    if problems:
        raise ValidationError(problems)
    events.review_submitted.send(sender=type(item), item=item, user=user)
    profile = identity_profile(item.review_people())
    title = item.review_title()
    safe_metadata, metadata_findings = {}, []
    for label, value in item.review_metadata().items():
        # What the scan finds in a field the author wrote (内容简介) is masked, not only the profile's strings:
        # the finding says so.
        findings = anonymise.scan_text(str(value or ""), profile, label, generic=True)
        metadata_findings += [_finding_row(f, cleaned=True) for f in findings]
        safe_metadata[label] = _masked(str(value or ""), profile, findings)
    for f in anonymise.scan_text(title, profile, "送审名称"):
        metadata_findings.append(_finding_row(f, cleaned=True))
    title_for_reviewers, safe_metadata, reidentification = _reviewer_title(item, profile, title, safe_metadata)
    submission = Submission.objects.create(
        code=_new_code(),
        content_type=ContentType.objects.get_for_model(item),
        object_id=item.pk,
        kind_label=item.review_kind_label,
        title=title,
        safe_title=title_for_reviewers,
        reidentification_note="\n".join(reidentification),
        safe_metadata=safe_metadata,
        submitted_fingerprint=item.review_fingerprint(),
        metadata_findings=metadata_findings,
        organiser=organiser_for(item),
        planning_level=item.review_planning_level(),
        province=item.review_province(),
        unit_province=item.review_people().compiling_unit.province,
        proposed_flags=item.content_flags(),
        ideologically_strong=item.is_ideologically_strong(),
        practical_skills=item.is_practical_skills(),
        submitted_by=user,
    )
    round_ = ReviewRound.objects.create(submission=submission, number=1)
    _make_copies(round_, item, profile, progress_for)
    for author_user in _author_users(item, user):
        assign_perm(VIEW_SUBMISSION, author_user, submission)
    audit.record(submission, "review.submit", user=user, data={"code": submission.code, "organiser": submission.organiser.name})
    return submission


def _author_users(item, submitter):
    users = {p.user for p in item.review_people().authors if p.user_id}
    if submitter is not None:
        users.add(submitter)
    return users


def _finding_row(finding, cleaned=None):
    return {
        "part": finding.part_label,
        "kind": finding.label,
        "excerpt": finding.excerpt,
        "matched": finding.matched,  # organisers only, never rendered to reviewers
        "cleaned": finding.cleaned if cleaned is None else cleaned,
        "redactable": finding.suggest_redaction,
    }


class _PartSteps:
    """A file's share of the progress bar: one step per part the anonymiser reports, never more
    than the parts counted beforehand (``anonymise.part_count``), the rest when the file is done."""

    def __init__(self, progress, parts):
        self.progress, self.left = progress, parts

    def __call__(self):
        if self.left:
            self.left -= 1
            self.progress.advance()

    def finish(self):
        self.progress.advance(self.left)
        self.left = 0


def _make_copies(round_, item, profile, progress_for=silent):
    """Anonymised copies with neutral names (R3); originals stay where they are, untouched.
    Uploaded files are anonymised from disk into temporary files, part by part, and saved into
    the private store in chunks: memory stays flat whatever the manuscript's size. A progress
    (``progress_for(total)``) counts every file's parts, then one step per stored copy."""
    code = round_.submission.code
    results, withheld = [], []
    sources = item.review_files()
    parts = [anonymise.part_count(source.source) for source in sources]
    progress = progress_for(sum(parts) + len(sources))
    with tempfile.TemporaryDirectory(prefix="review-copies-") as work:
        for index, (source, count) in enumerate(zip(sources, parts), start=1):
            steps = _PartSteps(progress, count)
            try:
                out = os.path.join(work, f"copy-{index}") if source.path else None
                with anonymise.reporting_parts(steps):
                    result = anonymise.anonymise_file(source.source, source.name, profile, code, source.kind, index, out=out)
                results.append((index, source, result))
            except anonymise.AnonymiseError as exc:
                if exc.code == "withheld" and index > 1:  # an attachment, never the manuscript itself
                    withheld.append((index, source, exc.message))
                    continue
                raise ValidationError(f"R3（第二十一条）：第 {index} 个文件（{source.kind}）无法匿名化：{exc.message}") from exc
            finally:
                steps.finish()
        # Files are written only once every one could be anonymised: a refused submission rolls its
        # rows back, and must not leave an earlier file's copy behind on disk.
        for index, source, result in results:
            findings = [_finding_row(f) for f in result.findings]
            copy = AnonymisedCopy(
                round=round_,
                index=index,
                kind=source.kind,
                neutral_name=result.file_name,
                content_type_header=result.content_type or anonymise.DOCX_CONTENT_TYPE,
                findings=findings,
            )
            with result.open() as handle:
                copy.file.save(result.file_name, File(handle), save=False)
            copy.save()
            progress.advance()
    progress.advance(len(withheld))
    for index, source, reason in withheld:
        AnonymisedCopy.objects.create(
            round=round_, index=index, kind=source.kind, neutral_name=anonymise.neutral_file_name(code, source.kind, index, "bin"),
            content_type_header="application/octet-stream", withheld_reason=reason,
        )


@transaction.atomic
def resolve_findings(copy, user, decisions, extra_redactions=()):
    """R3 (Art. 21): the organiser masks or dismisses (with a reason) each pending finding of a
    copy, and may mask more strings. The masked copy must then pass the release gate
    (verify_clean: nothing of the manuscript's registered identities left); the organiser then
    sees the preview and confirms it (confirm_copy). Nothing is saved when anything is refused."""
    copy = AnonymisedCopy.objects.select_for_update().get(pk=copy.pk)
    if copy.cleared_at is not None:
        raise ValidationError("R3（第二十一条）：该匿名稿已确认发放，不能再修改。")
    problems = rules.finding_resolution_problems(copy.findings, decisions)
    if problems:
        raise ValidationError(problems)
    extra = [s.strip() for s in extra_redactions if s.strip()]
    pending = [i for i, f in enumerate(copy.findings) if not f["cleaned"]]
    strings = [copy.findings[i]["matched"] for i in pending if decisions[i][0] == rules.MASK_FINDING] + extra
    with tempfile.TemporaryDirectory(prefix="review-masking-") as work:
        masked = _masked_copy(copy, strings, extra, work)
        now = timezone.now()
        findings = []
        for index, finding in enumerate(copy.findings):
            if index in pending:
                action, reason = decisions[index]
                finding = {**finding, "cleaned": True, "resolution": action, "reason": (reason or "").strip(),
                           "by": user.get_username() if user else "", "at": now.isoformat()}
            findings.append(finding)
        copy.findings = findings
        copy.extra_masked = copy.extra_masked + extra
        copy.resolved_at = now
        with open(masked, "rb") as handle:
            copy.file.save(copy.neutral_name, File(handle), save=False)
        copy.save()
    audit.record(
        copy.round.submission, "review.copy.resolve", user=user,
        data={"file": copy.neutral_name, "masked": len(strings),
              "dismissed": [{"finding": copy.findings[i]["excerpt"], "reason": decisions[i][1]} for i in pending
                            if decisions[i][0] == rules.DISMISS_FINDING]},
    )
    return copy


def _unmaskable(copy):
    """The pending findings of a copy that cannot be masked as text (identities on a PDF's pages)."""
    return [f for f in copy.findings if not f["cleaned"] and not f.get("redactable")]


@transaction.atomic
def request_clean_file(copy, user, note=""):
    """R3 (Art. 21): ask the compiling unit for a clean file, naming the exact pages and strings
    that could not be removed from the copy. Visible to the unit on its submission, never to
    reviewers."""
    copy = AnonymisedCopy.objects.select_for_update().get(pk=copy.pk)
    if copy.cleared_at is not None:
        raise ValidationError("R3（第二十一条）：该匿名稿已确认发放，不能再要求更换文件。")
    if copy.clean_file_requests.filter(answered_at=None).exists():
        raise ValidationError("R3（第二十一条）：已向编写单位提出要求，请等待其提交干净文件。")
    locations = [{"part": f["part"], "string": f["matched"]} for f in _unmaskable(copy)]
    if not locations:
        raise ValidationError("R3（第二十一条）：该匿名稿没有无法遮盖的身份信息，无须编写单位更换文件。")
    request_ = CleanFileRequest.objects.create(
        copy=copy, locations=locations, note=(note or "").strip(), requested_by=user, requested_at=timezone.now()
    )
    audit.record(copy.round.submission, "review.copy.request_clean", user=user,
                 data={"file": copy.neutral_name, "pages": sorted({loc["part"] for loc in locations})})
    return request_


@transaction.atomic
def answer_clean_file_request(request_, user, upload):
    """R3: the submission's own side (its submitter and authors) answers with a replacement file:
    the same upload checks as the field it replaces, then anonymised again, its findings waiting
    for the organiser's clearing like the first copy's. Nothing changes when anything is refused."""
    request_ = CleanFileRequest.objects.select_for_update().select_related("copy__round__submission").get(pk=request_.pk)
    copy = AnonymisedCopy.objects.select_for_update().get(pk=request_.copy_id)
    submission = copy.round.submission
    if user is None or not user.has_perm(VIEW_SUBMISSION, submission):
        raise ValidationError("R3（第二十一条）：只有送审单位（送审人和编写人员）可以提交干净文件。")
    if request_.answered_at is not None or copy.cleared_at is not None:
        raise ValidationError("R3（第二十一条）：该要求已处理，不能重复提交。")
    validator = upload_checks.manuscript_upload if copy.index == 1 else upload_checks.attachment_upload
    validator(upload)
    try:
        with anonymised_upload(upload, submission_profile(submission), submission.code, copy.kind, copy.index) as result:
            upload.seek(0)
            request_.replacement.save(upload.name, upload, save=False)
            request_.answered_by, request_.answered_at = user, timezone.now()
            request_.save()
            copy.neutral_name = result.file_name
            copy.content_type_header = result.content_type or anonymise.DOCX_CONTENT_TYPE
            copy.findings = [_finding_row(f) for f in result.findings]
            copy.extra_masked, copy.resolved_at = [], None
            with result.open() as handle:
                copy.file.save(result.file_name, File(handle), save=False)
            copy.save()
    except anonymise.AnonymiseError as exc:
        raise ValidationError(f"R3（第二十一条）：提交的文件无法匿名化：{exc.message}") from exc
    audit.record(submission, "review.copy.replaced", user=user,
                 data={"file": copy.neutral_name, "findings": len(copy.pending_findings)})
    return request_


@contextlib.contextmanager
def anonymised_upload(upload, profile, code, kind, index):
    """An uploaded file anonymised from disk, part by part, into a temporary file (R3): memory
    stays flat whatever the file's size. The result is valid inside the ``with`` block."""
    with tempfile.TemporaryDirectory(prefix="review-upload-") as work, upload_checks.upload_on_disk(upload) as path:
        yield anonymise.anonymise_file(path, upload.name, profile, code, kind, index, out=os.path.join(work, "copy"))


def _masked_copy(copy, strings, extra, work):
    """The copy's file with ``strings`` masked (a DOCX, part by part into ``work``), once it
    passes the release gate; its path.  R3 (Art. 21)."""
    path = copy.file.path
    try:
        with open(path, "rb") as handle:
            is_docx = anonymise.detect_file_type(handle.read(4096)) == "zip"
        if strings and is_docx:
            masked = os.path.join(work, "masked")
            anonymise.apply_redactions(path, strings, out=masked)
            path = masked
        residual = anonymise.verify_clean(path, submission_profile(copy.round.submission), extra=extra)
    except anonymise.AnonymiseError as exc:
        raise ValidationError(f"R3（第二十一条）：{exc.message}") from exc
    if residual:
        raise ValidationError(
            ["R3（第二十一条）：匿名稿仍含编写人员或单位的身份信息，请遮盖后再处理："]
            + [f"{f.part_label}：{f.excerpt}" for f in residual[:10]]
        )
    return path


def copy_preview(copy):
    """Exactly what a reviewer will receive from this copy: the file's name and its text, part by part (R3)."""
    return anonymise.reviewer_view(copy.file.path)


@transaction.atomic
def confirm_copy(copy, user):
    """R3: the organiser confirms the preview of a copy; only confirmed copies are released,
    including those that had no findings at all."""
    copy = AnonymisedCopy.objects.select_for_update().get(pk=copy.pk)
    problems = rules.copy_confirmation_problems(copy.findings, copy.resolved_at is not None)
    if problems:
        raise ValidationError(problems)
    _make_reviewer_pdf(copy)
    copy.cleared_at = timezone.now()
    copy.save(update_fields=["cleared_at", "reviewer_pdf"])
    audit.record(copy.round.submission, "review.copy.confirm", user=user,
                 data={"file": copy.neutral_name, "reviewer_pdf": bool(copy.reviewer_pdf)})
    return copy


def _make_reviewer_pdf(copy):
    """R3: a DOCX or PDF copy reaches reviewers as a cleaned PDF (review.reviewer_copy); when it
    cannot be made the organiser is told why and the copy stays unconfirmed (no DOCX fallback)."""
    is_docx = copy.content_type_header == anonymise.DOCX_CONTENT_TYPE
    if not is_docx and copy.content_type_header != "application/pdf":
        return
    with copy.file.open("rb") as handle:
        data = handle.read()
    try:
        pdf = reviewer_copy.reviewer_pdf(data, is_docx, submission_profile(copy.round.submission), copy.extra_masked)
    except reviewer_copy.ConversionError as exc:
        raise ValidationError(f"R3（第二十一条）：{copy.neutral_name}：{exc.message}") from exc
    copy.reviewer_pdf.save(copy.pdf_name, ContentFile(pdf), save=False)


@transaction.atomic
def issue_copy(assignment, copy, user=None):
    """The watermarked PDF of ``copy`` for ``assignment`` (R3): made on the first download and
    recorded with its marks, so a copy found elsewhere names the assignment it was issued to."""
    Assignment.objects.select_for_update().get(pk=assignment.pk)
    return _issued_copy(copy, {"assignment": assignment}, user, {"assignment": assignment.pk})


@transaction.atomic
def issue_political_copy(reviewer, copy):
    """The watermarked PDF of ``copy`` for a political reviewer (Art. 18): they read the same
    manuscript as the experts, so a copy that escapes from them is traceable too (R3)."""
    AnonymisedCopy.objects.select_for_update().get(pk=copy.pk)
    return _issued_copy(copy, {"political_reviewer": reviewer}, reviewer, {"political_reviewer": reviewer.pk})


def _issued_copy(copy, recipient, user, audit_data):
    issued = IssuedCopy.objects.filter(copy=copy, **recipient).first()
    if issued is not None:
        return issued
    submission = copy.round.submission
    mark = reviewer_copy.new_mark()
    with copy.reviewer_pdf.open("rb") as handle:
        data = reviewer_copy.stamp(handle.read(), mark, f"REVIEW COPY {submission.code.split('-', 1)[-1]} R{copy.round.number}")
    issued = IssuedCopy(
        copy=copy, visible_code=mark.code, mark=mark.token, sha256=hashlib.sha256(data).hexdigest(),
        issued_at=timezone.now(), **recipient,
    )
    issued.file.save(copy.pdf_name, ContentFile(data), save=False)
    issued.save()
    audit.record(submission, "review.copy.issue", user=user, data={
        **audit_data, "file": copy.pdf_name, "code": mark.code, "sha256": issued.sha256,
    })
    return issued


def trace_leaked_copy(data):
    """Which assignments a found PDF was issued to, and by which mark (exact file, hidden ID,
    invisible text, visible code): the answer to "who leaked this copy?" (R3)."""
    marks = reviewer_copy.read_marks(data)
    evidence = {}
    for issued in IssuedCopy.objects.filter(sha256=hashlib.sha256(data).hexdigest()):
        evidence.setdefault(issued, []).append("文件完全一致")
    for issued in IssuedCopy.objects.filter(mark__in=marks["id_tokens"]):
        evidence.setdefault(issued, []).append("PDF 文件标识（/ID）")
    for issued in IssuedCopy.objects.filter(mark__in=marks["text_tokens"]):
        evidence.setdefault(issued, []).append("页面隐藏标记")
    for issued in IssuedCopy.objects.filter(visible_code__in=marks["codes"]):
        evidence.setdefault(issued, []).append("页面可见水印编号")
    return evidence


@transaction.atomic
def allow_docx(round_, user, allowed):
    """R3: whether this round's reviewers may also download the DOCX (the organiser decides)."""
    round_ = ReviewRound.objects.select_for_update().get(pk=round_.pk)
    round_.docx_allowed = bool(allowed)
    round_.save(update_fields=["docx_allowed"])
    audit.record(round_.submission, "review.round.docx_allowed", user=user,
                 data={"round": round_.number, "allowed": round_.docx_allowed})
    return round_


# -------------------------------------------------------------------------------- intake


def intake_suggestion(submission):
    """The intake form's starting point: the unit's proposal plus what the title suggests (R10)."""
    return rules.suggested_flags(submission.proposed_flags, submission.title)


@transaction.atomic
def confirm_intake(submission, user, flags, reason=""):
    """The organiser confirms or corrects the unit's content facts (R9, R10, Art. 18, 22); routing
    follows the confirmed facts. On them an item R10 reserves for the unified route is refused."""
    submission = _locked(submission)
    confirmed = {key: bool(flags.get(key)) for key in rules.CONTENT_FLAGS}
    problems = rules.intake_problems(
        stage=submission.stage,
        already_confirmed=submission.intake_at is not None,
        proposed=submission.proposed_flags,
        confirmed=confirmed,
        reason=reason,
    )
    if problems:
        raise ValidationError(problems)
    item = submission.item
    submission.confirmed_flags = confirmed
    submission.intake_at = timezone.now()
    submission.intake_by = user
    submission.intake_reason = (reason or "").strip()
    submission.ideologically_strong = item.ideologically_strong_with(confirmed)
    submission.major_topic = confirmed["major_topic"]
    submission.practical_skills = confirmed["practical_skills"]
    submission.save(update_fields=[
        "confirmed_flags", "intake_at", "intake_by", "intake_reason", "ideologically_strong", "major_topic", "practical_skills",
    ])
    audit.record(submission, "review.intake", user=user, data={
        "proposed": submission.proposed_flags, "confirmed": confirmed, "reason": submission.intake_reason,
    })
    refusal = item.intake_refusal(confirmed)
    if refusal:
        submission.decision = Decision.FAIL
        submission.decision_comment = refusal
        submission.decided_at = timezone.now()
        submission.save(update_fields=["decision", "decision_comment", "decided_at"])
        _move(submission, "refuse_intake", user, {"reason": refusal})
        events.review_failed.send(sender=type(item), item=item, user=user)
    return submission


def route_of(submission):
    """The submission's route on its confirmed facts, with its organiser's own practical-skills
    procedure (Art. 22)."""
    return organiser_route(submission.organiser_id, simplified=submission.practical_skills)


def organiser_route(organiser_id, *, simplified):
    """The route an organiser's own procedure (Art. 22) sets for the items it reviews the
    simplified way: practical-skills textbooks, and teaching resources (Art. 37)."""
    procedure = ReviewProcedure.objects.filter(organiser_id=organiser_id).select_related("organiser").first()
    return rules.route_for(simplified, procedure)


@transaction.atomic
def set_review_procedure(organiser, user, *, panel_size, min_categories, review_days, trial_records_required=False):
    """Art. 22: the organiser sets the simplified procedure for the practical-skills items it
    reviews; Art. 16: and whether it requires 审读 and 试用 records before submission."""
    problems = rules.procedure_problems(panel_size, min_categories, review_days)
    if problems:
        raise ValidationError(problems)
    procedure, _ = ReviewProcedure.objects.update_or_create(
        organiser=organiser,
        defaults={
            "panel_size": panel_size, "min_categories": min_categories, "review_days": review_days,
            "trial_records_required": trial_records_required, "updated_by": user,
        },
    )
    audit.record(procedure, "review.procedure.set", user=user, data={
        "panel_size": panel_size, "min_categories": min_categories, "review_days": review_days,
        "trial_records_required": trial_records_required,
    })
    return procedure


def _require_intake(submission):
    problem = rules.intake_missing_problem(submission.intake_at)
    if problem:
        raise ValidationError(problem)


def _filing_problems(submission):
    """R9 (Art. 21) on the confirmed facts: a major topic is filed before review starts."""
    checks = checks_for(submission.item)
    required = rules.major_topic_filing_required(submission.ideologically_strong or submission.major_topic)
    facts_done = bool(checks.major_topic_reference and checks.major_topic_filed_on)
    if required and not facts_done:
        return ["R9（第二十一条）：受理确认该选题属于重大选题，须完成重大选题备案后才能开始审核。"]
    return []


# -------------------------------------------------------------------------------- the draw


def manuscript_people(submission):
    """The facts R1/R2 compare experts against."""
    item = submission.item
    people = item.review_people()
    author_ids = {p.pk for p in people.authors}
    declared = Assignment.objects.filter(round__submission=submission, status=AssignmentStatus.CONFLICT)
    declined = Assignment.objects.filter(round__submission=submission, status=AssignmentStatus.DECLINED)
    return rules.ManuscriptPeople(
        author_ids=frozenset(author_ids),
        chief_editor_id=people.chief_editor.pk if people.chief_editor else None,
        compiling_unit_id=people.compiling_unit.pk if people.compiling_unit else None,
        author_employer_ids=frozenset(p.employer_id for p in people.authors),
        publisher_id=people.publisher.pk if people.publisher else None,
        other_edition_people_ids=frozenset(_other_edition_people(item, item.review_course())),
        coauthor_ids=frozenset(_coauthors(author_ids) - author_ids),
        declared_conflict_expert_ids=frozenset(declared.values_list("expert_id", flat=True)),
        declined_expert_ids=frozenset(declined.values_list("expert_id", flat=True)),
    )


def _other_edition_people(item, course):
    """Authors and chief editors of other textbooks serving the same course (R2, Art. 19)."""
    if course is None:
        return set()
    from textbooks.models import TextbookVersion, VersionAuthor

    versions = TextbookVersion.objects.filter(textbook__courses=course)
    if isinstance(item, TextbookVersion):
        versions = versions.exclude(textbook_id=item.textbook_id)
    ids = set(versions.exclude(chief_editor=None).values_list("chief_editor_id", flat=True))
    ids |= set(VersionAuthor.objects.filter(version__in=versions).values_list("person_id", flat=True))
    return ids


def _coauthors(author_ids):
    """People who wrote a textbook or course standard with any of the authors in the last five years."""
    from curriculum.models import StandardAuthorship
    from textbooks.models import TextbookVersion, VersionAuthor

    since = timezone.now() - datetime.timedelta(days=365 * rules.COAUTHOR_YEARS)
    # Two ways in as separate pk-IN subqueries: an OR across a join needs DISTINCT, which
    # PostgreSQL may plan as a nested loop over every version.
    written = VersionAuthor.objects.filter(person_id__in=author_ids).values("version_id")
    shared = TextbookVersion.objects.filter(created_at__gte=since).filter(Q(chief_editor_id__in=author_ids) | Q(pk__in=written))
    ids = set(shared.exclude(chief_editor=None).values_list("chief_editor_id", flat=True))
    ids |= set(VersionAuthor.objects.filter(version__in=shared).values_list("person_id", flat=True))
    standards = StandardAuthorship.objects.filter(
        person_id__in=author_ids, standard__updated_at__gte=since
    ).values("standard_id")
    ids |= set(StandardAuthorship.objects.filter(standard_id__in=standards).values_list("person_id", flat=True))
    return ids


def candidate_for(expert, listed_person_ids=None):
    """The expert as the draw rules see them; ``listed_person_ids`` (S11) is asked once per table."""
    person = expert.person
    if listed_person_ids is None:
        listed_person_ids = negative_list.listed_person_ids()
    return rules.Candidate(
        expert_id=expert.pk,
        person_id=person.pk,
        employer_id=person.employer_id,
        category=expert.category,
        senior_title=person.has_senior_title,
        party_org_approved=person.party_org_approved,
        active=expert.active,
        negative_listed=person.pk in listed_person_ids,
    )


def exclusion_table(submission):
    """Every expert of the pool with the reasons that exclude them and whether an override applies."""
    people = manuscript_people(submission)
    overridden = set(submission.overrides.values_list("expert_id", flat=True))
    listed = negative_list.listed_person_ids()
    rows = []
    for expert in Expert.objects.select_related("person__employer"):
        candidate = candidate_for(expert, listed)
        found = rules.exclusions(candidate, people)
        rows.append(
            {
                "expert": expert,
                "candidate": candidate,
                "exclusions": found,
                "overridden": expert.pk in overridden,
                "eligible": rules.is_eligible(candidate, people, expert.pk in overridden),
            }
        )
    return rows


@transaction.atomic
def override_exclusion(submission, expert, user, reason):
    """An organiser lets an excluded expert be drawn; needs a reason and is logged (R2)."""
    found = rules.exclusions(candidate_for(expert), manuscript_people(submission))
    problems = rules.override_problems(found, reason)
    if problems:
        raise ValidationError(problems)
    override, _ = ExclusionOverride.objects.update_or_create(
        submission=submission, expert=expert, defaults={"reason": reason.strip(), "by": user}
    )
    audit.record(
        submission,
        "review.override",
        user=user,
        data={"expert": expert.pk, "reason": reason.strip(), "exclusions": [e.message for e in found]},
    )
    return override


@transaction.atomic
def draw_panel(submission, user, *, reason=""):
    """R5: draw the current round's panel at random among the eligible.

    The seed is taken from the operating system's CSPRNG here, at draw time; nobody types or
    chooses it. A redraw (after a declared conflict, R2) keeps those still on the panel, fills
    only the gaps and needs a reason. Every draw is recorded (PanelDraw) with its candidate list
    and that list's SHA-256, for the supervising HRSS and ``manage.py replay_draws``.
    """
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    if not rules.panel_can_be_drawn(submission.stage):
        raise ValidationError(f"R5：送审稿处于“{submission.get_stage_display()}”阶段，不能抽取专家。")
    _require_intake(submission)
    round_ = submission.current_round
    route = route_of(submission)
    keep = list(round_.assignments.exclude(status__in=OFF_PANEL).values_list("expert_id", flat=True))
    is_redraw = round_.assignments.exists()
    problems = rules.draw_problems(is_redraw, len(keep), route, reason)
    if problems:
        raise ValidationError(problems)
    rows = exclusion_table(submission)
    eligible = [row["candidate"] for row in rows if row["eligible"]]
    seed = rules.make_seed()
    result = rules.draw_panel(eligible, seed, route, keep=keep)
    new_ids = [i for i in result.drawn if i not in keep]
    position = round_.assignments.count()
    for expert_id in new_ids:
        position += 1
        assignment = Assignment.objects.create(round=round_, expert_id=expert_id, position=position)
        _grant_assignment(assignment)
        if submission.stage == Stage.IN_REVIEW:
            events.reviewer_assigned.send(sender=Assignment, assignment=assignment)
    candidates = rules.candidate_list(eligible)
    record = PanelDraw.objects.create(
        round=round_,
        kind=DrawKind.REDRAW if is_redraw else DrawKind.DRAW,
        reason=(reason or "").strip() if is_redraw else "",
        seed=seed,
        route=route.label,
        panel_size=route.panel_size,
        min_categories=route.min_categories,
        candidates=candidates,
        candidates_sha256=rules.candidate_list_sha256(candidates),
        kept=keep,
        drawn=new_ids,
        excluded={str(row["expert"].pk): [e.message for e in row["exclusions"]] for row in rows if not row["eligible"]},
        overridden=[row["expert"].pk for row in rows if row["overridden"]],
        by=user,
        at=timezone.now(),
    )
    audit.record(
        submission,
        "review.draw",
        user=user,
        data={"kind": record.kind, "reason": record.reason, "seed": seed, "candidates_sha256": record.candidates_sha256,
              "drawn": new_ids, "kept": keep, "eligible": len(eligible)},
    )
    return [a for a in round_.assignments.select_related("expert__person") if a.expert_id in result.drawn]


def replay(record):
    """R5: replay a recorded draw. Returns the problems found; empty when the record proves its panel:
    the candidate list still has its recorded hash, the seed gives the recorded experts again, and
    those experts are on the round's panel."""
    problems = []
    if rules.candidate_list_sha256(record.candidates) != record.candidates_sha256:
        problems.append("候选名单与记录的 SHA-256 不符")
    route = rules.Route(panel_size=record.panel_size, min_categories=record.min_categories, review_days=0, label=record.route)
    try:
        drawn = rules.replay_draw(record.candidates, record.seed, route, keep=record.kept)
    except ValidationError as exc:
        return problems + exc.messages
    if [i for i in drawn if i not in record.kept] != record.drawn:
        problems.append(f"重放结果 {drawn} 与记录的抽中专家 {record.drawn} 不符")
    on_panel = set(record.round.assignments.values_list("expert_id", flat=True))
    missing = [i for i in record.drawn if i not in on_panel]
    if missing:
        problems.append(f"抽中的专家 {missing} 不在本轮评审专家组中")
    return problems


def _grant_assignment(assignment):
    user = assignment.expert.person.user
    if user is not None:
        assign_perm(VIEW_ASSIGNMENT, user, assignment)


# ------------------------------------------------------------------------------- stages


def _move(submission, action, user, data=None):
    submission.stage = rules.next_stage(submission.stage, action, submission.get_stage_display())
    submission.save(update_fields=["stage"])
    audit.record(submission, f"review.{action}", user=user, data=data or {})


def _locked(submission):
    return Submission.objects.select_for_update().get(pk=submission.pk)


@transaction.atomic
def release(submission, user, deadline=None):
    """Release the cleared anonymised copies to the drawn panel and start the round (R3, R5)."""
    submission = _locked(submission)
    rules.next_stage(submission.stage, "release", submission.get_stage_display())
    _require_intake(submission)
    checks_problems = _filing_problems(submission)
    if checks_problems:
        raise ValidationError(checks_problems)
    round_ = submission.current_round
    if round_.copies.filter(cleared_at=None, withheld_reason="").exists():
        raise ValidationError("R3（第二十一条）：匿名稿须逐项处理遮盖清单并经组织者确认发放预览后，才能发放给评审专家。")
    route = route_of(submission)
    panel = list(round_.assignments.exclude(status__in=OFF_PANEL).select_related("expert__person"))
    if len(panel) < route.panel_size:
        raise ValidationError(f"R5：须先抽取 {route.panel_size} 名评审专家，才能发放匿名稿。")
    _recheck_reviewer_title(submission, user)
    round_.released_at = timezone.now()
    round_.deadline = deadline or rules.review_deadline(timezone.localdate(), route)
    round_.save(update_fields=["released_at", "deadline"])
    _move(submission, "release", user, {"round": round_.number, "deadline": str(round_.deadline)})
    for assignment in panel:
        events.reviewer_assigned.send(sender=Assignment, assignment=assignment)
    return submission


@transaction.atomic
def declare(assignment, user, no_conflict, note=""):
    """R2 (Art. 19): a reviewer declares no conflict before any content unlocks, or recuses."""
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.status != AssignmentStatus.AWAITING_DECLARATION:
        raise ValidationError("R2（第十九条）：已作出声明，不能重复声明。")
    assignment.declared_at = timezone.now()
    if no_conflict:
        assignment.status = AssignmentStatus.DECLARED
    else:
        assignment.status = AssignmentStatus.CONFLICT
        assignment.conflict_note = note.strip()
    assignment.save(update_fields=["status", "declared_at", "conflict_note"])
    reviewer_user = assignment.expert.person.user
    if not no_conflict and reviewer_user is not None:
        remove_perm(VIEW_ASSIGNMENT, reviewer_user, assignment)
    audit.record(assignment.round.submission, "review.declare", user=user, data={"position": assignment.position, "no_conflict": no_conflict})
    return assignment


OPINION_TEXT_FIELDS = (
    "ideology_comment", "science_comment", "adaptability_comment", "texts_to_replace", "authors_to_replace",
)


@transaction.atomic
def submit_opinion(assignment, user, **fields):
    """A reviewer's opinion (Art. 21). Authors read it later, so it must not be signed (R3)."""
    assignment = Assignment.objects.select_for_update().select_related("round__submission", "expert__person").get(pk=assignment.pk)
    if assignment.round.submission.stage != Stage.IN_REVIEW or assignment.round.closed_at:
        raise ValidationError("本轮评审未在进行中，不能提交意见。")
    if assignment.status != AssignmentStatus.DECLARED:
        raise ValidationError("R2（第十九条）：须先声明无利益冲突，且每位专家只提交一次意见。")
    scores = {
        "思想性": fields.get("ideology_score"),
        "科学性": fields.get("science_score"),
        "适应性": fields.get("adaptability_score"),
    }
    problems = rules.opinion_problems(
        scores, fields.get("political_error") == PoliticalError.FOUND, fields.get("recommendation")
    )
    person = assignment.expert.person
    own = anonymise.IdentityProfile(names=[person.name], units=[person.employer.name], emails=[person.email], phones=[person.phone])
    for name in OPINION_TEXT_FIELDS:
        # The model's suspicions are for an organiser to weigh, not grounds to refuse a reviewer's opinion.
        if [f for f in anonymise.scan_text(fields.get(name) or "", own, generic=True) if f.kind not in anonymise.SUSPECTED_KINDS]:
            problems.append(f"R3（第二十一条）：{Opinion._meta.get_field(name).verbose_name}中含有署名或联系方式，请删除。")
    if problems:
        raise ValidationError(problems)
    opinion = Opinion.objects.create(assignment=assignment, **fields)
    assignment.status = AssignmentStatus.SUBMITTED
    assignment.save(update_fields=["status"])
    audit.record(assignment.round.submission, "review.opinion", user=user, data={"position": assignment.position})
    return opinion


@transaction.atomic
def close_round(submission, user):
    submission = _locked(submission)
    rules.next_stage(submission.stage, "close_round", submission.get_stage_display())
    round_ = submission.current_round
    problems = rules.close_round_problems(list(round_.assignments.values_list("status", flat=True)))
    if problems:
        raise ValidationError(problems)
    round_.closed_at = timezone.now()
    round_.save(update_fields=["closed_at"])
    _move(submission, "close_round", user, {"round": round_.number})
    return submission


def round_opinions(round_):
    return list(Opinion.objects.filter(assignment__round=round_).order_by("assignment__position"))


@transaction.atomic
def decide(submission, user, decision, comment=""):
    """The organiser's decision (pass / pass after revision / fail); the recommendation was the reviewers'."""
    submission = _locked(submission)
    opinions = round_opinions(submission.current_round)
    problems = rules.decision_problems(
        decision,
        any(o.political_error == PoliticalError.FOUND for o in opinions),
        any(o.texts_to_replace.strip() or o.authors_to_replace.strip() for o in opinions),
    )
    if decision not in Decision.values:
        problems.append("请选择审核结论。")
    if decision == Decision.PASS:
        listed = negative_list.listed_people(submission.item.review_people().authors)
        problems.extend(rules.listed_author_problems([p.name for p in listed]))
    if problems:
        raise ValidationError(problems)
    if decision == Decision.PASS:
        action = "send_to_political_review" if submission.ideologically_strong else "decide_pass"
    else:
        action = {Decision.REVISE: "decide_revise", Decision.FAIL: "decide_fail"}[decision]
    rules.next_stage(submission.stage, action, submission.get_stage_display())
    submission.decision = decision
    submission.decision_comment = comment.strip()
    submission.decided_at = timezone.now()
    submission.save(update_fields=["decision", "decision_comment", "decided_at"])
    _move(submission, action, user, {"decision": decision, "round": submission.round_number})
    if decision == Decision.FAIL:
        events.review_failed.send(sender=type(submission.item), item=submission.item, user=user)
    elif decision == Decision.REVISE:
        events.revision_requested.send(sender=type(submission.item), item=submission.item, user=user)
    events.authors_decided.send(sender=Submission, submission=submission)
    return submission


@transaction.atomic
def record_political_review(submission, user, passed, comment):
    """Art. 18: the propaganda department's political gatekeeping of an ideologically strong item."""
    submission = _locked(submission)
    action = "political_pass" if passed else "political_fail"
    rules.next_stage(submission.stage, action, submission.get_stage_display())
    if not comment or not comment.strip():
        raise ValidationError("第十八条：政治把关须填写意见。")
    PoliticalReview.objects.create(submission=submission, passed=passed, comment=comment.strip(), by=user)
    if not passed:
        submission.decision = Decision.FAIL
        submission.save(update_fields=["decision"])
        events.review_failed.send(sender=type(submission.item), item=submission.item, user=user)
    _move(submission, action, user, {"passed": passed})
    return submission


@private_files.atomic_with_files()
def resubmit(submission, user, response_letter):
    """The author answers the opinions and sends the revision into a new round with the same panel.

    The response letter reaches the reviewers, so it may name neither a reviewer nor an author (R3).
    """
    submission = _locked(submission)
    rules.next_stage(submission.stage, "resubmit", submission.get_stage_display())
    letter = (response_letter or "").strip()
    if not letter:
        raise ValidationError("请填写修改说明（对评审意见的逐条回复）。")
    previous = submission.current_round
    reviewers = reviewer_profile(previous)
    authors = submission_profile(submission)
    findings = anonymise.scan_text(letter, reviewers, "修改说明", generic=False) + anonymise.scan_text(
        letter, authors, "修改说明", generic=True
    )
    if findings:
        raise ValidationError(
            ["R3（第二十一条）：修改说明中含有评审专家或编写方的身份信息，请删除后再提交："]
            + [f.excerpt for f in findings[:10]]
        )
    events.review_submitted.send(sender=type(submission.item), item=submission.item, user=user)
    submission.round_number += 1
    submission.submitted_fingerprint = submission.item.review_fingerprint()
    submission.save(update_fields=["round_number", "submitted_fingerprint"])
    round_ = ReviewRound.objects.create(submission=submission, number=submission.round_number, response_letter=letter)
    _make_copies(round_, submission.item, authors)
    for old in previous.assignments.exclude(status__in=OFF_PANEL).order_by("position"):
        assignment = Assignment.objects.create(round=round_, expert=old.expert, position=old.position)
        _grant_assignment(assignment)
    _move(submission, "resubmit", user, {"round": round_.number})
    return submission


@transaction.atomic
def approve(submission, user):
    """Approval by HRSS (Art. 23): the item freezes and enters its catalogue or the library."""
    submission = _locked(submission)
    rules.next_stage(submission.stage, "approve", submission.get_stage_display())
    changed = rules.content_changed_refusal(submission.submitted_fingerprint, submission.item.review_fingerprint())
    if changed:
        raise ValidationError(changed)
    events.review_passed.send(sender=type(submission.item), item=submission.item, user=user)
    submission.approved_at = timezone.now()
    submission.save(update_fields=["approved_at"])
    _move(submission, "approve", user, {})
    events.authors_decided.send(sender=Submission, submission=submission)
    return submission


# ------------------------------------------------------------------------------- scoping


def organised_by(user):
    """Submissions an organiser may act on: those of their own department (Art. 18)."""
    if user.is_superuser:
        return Submission.objects.all()
    if not user.has_perm("review.organise_submission"):
        return Submission.objects.none()
    person = Person.objects.filter(user=user).first()
    if person is None:
        return Submission.objects.none()
    return Submission.objects.filter(organiser_id=person.employer_id)


def authored_by(user):
    """Submissions the submitting side follows (the submitter and the listed authors' accounts):
    their object permission, never a global one (a superuser is nobody's author)."""
    return get_objects_for_user(user, VIEW_SUBMISSION, klass=Submission, accept_global_perms=False, with_superuser=False)


def role_in(user, submission):
    """"organiser", "author" or None: what ``user`` is to ``submission`` (Art. 18)."""
    if organised_by(user).filter(pk=submission.pk).exists():
        return "organiser"
    if authored_by(user).filter(pk=submission.pk).exists():
        return "author"
    return None


def gatekept_publishers(user):
    """Publishers whose political gatekeeping body the user is (Art. 18): the role's model
    permission and a guardian grant on that publisher. A superuser is no publisher's body."""
    if not user.is_active or not user.has_perm(RECORD_SELF_CHECK):
        return Organisation.objects.none()
    return get_objects_for_user(
        user,
        GATEKEEP_PUBLISHER,
        klass=Organisation.objects.filter(kind=OrganisationKind.PUBLISHER),
        with_superuser=False,
        accept_global_perms=False,
    )


def gatekept_versions(user):
    """Textbook versions of the user's publishers that await submission: those the gatekeeping
    body self-checks (Art. 18)."""
    from textbooks.models import TextbookVersion, VersionStatus

    return not_yet_submitted(
        TextbookVersion.objects.filter(
            publisher__in=gatekept_publishers(user), status__in=[VersionStatus.DRAFT, VersionStatus.SUBMITTED]
        )
    )


def political_queue(user):
    """Ideologically strong items the political reviewer's body reviews (Art. 18, SPEC §4 stage 5):
    national items go to the national political review MOHRSS organises (a national body), never
    to the compiling unit's province; provincial planned items to that province's propaganda
    department; other items to the compiling unit's province."""
    person = Person.objects.filter(user=user).select_related("employer").first()
    if person is None or person.employer.kind != "propaganda":
        return Submission.objects.none()
    strong = Submission.objects.filter(ideologically_strong=True)
    if person.employer.is_national:
        return strong.filter(planning_level=rules.PlanningLevel.NATIONAL)
    province = person.employer.province
    return strong.exclude(planning_level=rules.PlanningLevel.NATIONAL).filter(
        Q(province=province) | Q(province="", unit_province=province)
    )


# ------------------------------------------------------------------------------- reminders


def assignments_needing_reminder(days_before=3, today=None):
    today = today or timezone.localdate()
    open_ = Assignment.objects.filter(
        round__submission__stage=Stage.IN_REVIEW,
        round__closed_at=None,
        status__in=[AssignmentStatus.AWAITING_DECLARATION, AssignmentStatus.DECLARED],
    ).select_related("round__submission", "expert__person")
    return [
        a for a in open_
        if a.round.number == a.round.submission.round_number
        and rules.needs_reminder(a.deadline, today, a.reminded_at and timezone.localdate(a.reminded_at), days_before)
    ]


@transaction.atomic
def remind(assignment):
    sent = [message for _, message in events.reviewer_reminder_due.send(sender=Assignment, assignment=assignment) if message]
    message = sent[0] if sent else None
    assignment.reminded_at = timezone.now()
    assignment.save(update_fields=["reminded_at"])
    return message
