"""Textbook state changes. Each checks the rules first, is atomic and writes the audit log.

Entry points other apps use:

* ``approve_version(version, user, review_reference)`` — the review pipeline's approval (Art. 23):
  records the passed review, freezes the version and puts it into its catalogues.
* ``reject_version`` — a failed review.
* ``stop_use(version, user, reason)`` — a stop-use order (Art. 36) makes a version unselectable.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from guardian.shortcuts import assign_perm

from cms import audit
from directory.models import PROVINCE_CHOICES
from textbooks import checks, freezing, rules
from textbooks.models import (
    ApprovalRecord,
    AuthorAnnouncement,
    Catalogue,
    CatalogueEntry,
    CatalogueKind,
    ChangeRequest,
    ChangeRequestStatus,
    RelaxationKind,
    TeamRelaxation,
    TextbookVersion,
    VersionAuthor,
    VersionStatus,
)

TEXTBOOK_OBJECT_PERMISSIONS = ("textbooks.view_textbook", "textbooks.change_textbook")


# ------------------------------------------------------------------------------------ access


def grant_textbook_access(user, textbook):
    """Give one person outside the unit and the team access to one textbook.

    Unit admins and the textbook's authors need no grant: ``textbooks.permissions`` derives
    their scope from the unit they administer and the teams they are on.
    """
    for permission in TEXTBOOK_OBJECT_PERMISSIONS:
        assign_perm(permission, user, textbook)


# ------------------------------------------------------------------------------------ qualifications

VERIFY_UNIT = "textbooks.verify_compilingunitprofile"
VERIFY_PUBLISHER = "textbooks.verify_publisherprofile"


def _verify(profile, user, permission, action):
    """HRSS verifies what the unit proposed (Art. 12, 24): the snapshot it takes is the only
    version of the facts the rules read. ``user`` None is the platform itself (demo data)."""
    if user is not None and not user.has_perm(permission):
        raise ValidationError("资质须由人力资源社会保障部门核验，编写单位或出版单位不能自行核验（第十二条、第二十四条）。")
    locked = type(profile).objects.select_for_update().get(pk=profile.pk)
    previous = locked.verified_facts
    locked.verified_facts = locked.proposed_facts()
    locked.verified_on = timezone.localdate()
    locked.verified_by = user
    locked.save(update_fields=["verified_facts", "verified_on", "verified_by"])
    # The caller's instance (often cached on its organisation) now holds what counts, too.
    profile.verified_facts, profile.verified_on, profile.verified_by = locked.verified_facts, locked.verified_on, user
    audit.record(
        locked, action, user=user,
        data={"organisation": locked.organisation.name, "verified": locked.verified_facts, "previous": previous},
    )
    return locked


@transaction.atomic
def verify_unit_qualification(profile, user):
    """Art. 12 (R10): HRSS verifies a compiling unit's qualification, authorisations included."""
    return _verify(profile, user, VERIFY_UNIT, "textbooks.unit.verify")


@transaction.atomic
def verify_publisher_qualification(profile, user):
    """Art. 24: HRSS verifies a publisher's qualification before it may publish textbooks."""
    return _verify(profile, user, VERIFY_PUBLISHER, "textbooks.publisher.verify")


# ------------------------------------------------------------------------------------ textbooks


@transaction.atomic
def save_textbook(textbook, user, *, courses, majors=(), levels=()):
    """Create or change a textbook with its courses, majors and levels (R10, R11, Art. 12, 23)."""
    if not courses:
        raise ValidationError("教材须至少服务一门课程。")
    creating = textbook.pk is None
    textbook.proposed_relations = {"courses": courses, "majors": majors, "levels": levels}
    textbook.full_clean(exclude=["courses", "majors", "levels"])
    textbook.save()
    textbook.courses.set(courses)
    textbook.majors.set(majors)
    textbook.levels.set(levels)
    audit.record(
        textbook,
        "textbooks.textbook.create" if creating else "textbooks.textbook.change",
        user=user,
        data={"title": textbook.title, "planning_level": textbook.planning_level},
    )
    return textbook


@transaction.atomic
def save_version(version, user, *, authors=None):
    """Create or change a version that is not frozen (ISBN, R7, R8, R11, Art. 23).

    ``authors`` is a list of (person, role, category) replacing the team, or None to keep it.
    """
    creating = version.pk is None
    version.full_clean(validate_unique=True)
    if authors is not None:
        problem = checks.frozen_child_problem(version)
        if problem:
            raise ValidationError(problem)
    version.save()
    if authors is not None:
        version.authors.all().delete()
        VersionAuthor.objects.bulk_create(
            VersionAuthor(version=version, person=person, role=role, category=category, sort_order=i)
            for i, (person, role, category) in enumerate(authors)
        )
    audit.record(
        version,
        "textbooks.version.create" if creating else "textbooks.version.change",
        user=user,
        data={"edition": version.edition, "isbn": version.isbn},
    )
    return version


def team_problems(version):
    """Art. 13/14 conditions for each author, chief editor first; a title requirement the organiser
    relaxed (Art. 13(2), 14(2)) no longer refuses that person."""
    relaxed = set(version.team_relaxations.filter(kind=RelaxationKind.TITLE).values_list("person_id", flat=True)) if version.pk else set()
    problems = []
    if version.chief_editor_id is None:
        problems.append("第十四条：教材编写实行主编负责制，须确定主编。")
    else:
        chief = version.chief_editor
        problems += _person_problems(chief, True, chief.pk in relaxed)
    for author in version.authors.select_related("person"):
        person = author.person
        problems += _person_problems(person, False, person.pk in relaxed)
    return problems


def _person_problems(person, is_chief, title_relaxed):
    problems = rules.author_problems(person.name, person.title_level, person.party_org_approved, is_chief)
    if title_relaxed:
        problems = [p for p in problems if "专业技术职务" not in p]
    return problems


def team_structure_problems(version):
    """Art. 15 at submission."""
    return rules.team_structure_problems(
        version.authors.values_list("category", flat=True),
        version.chief_editor_id is not None,
        version.team_relaxations.filter(kind=RelaxationKind.STRUCTURE).exists(),
    )


RELAX_PERMISSIONS = ("review.organise_submission", "textbooks.change_textbookversion")


@transaction.atomic
def relax_team_requirement(version, user, *, kind, reason, person=None):
    """Art. 13(2), 14(2), 15: the organiser relaxes a title or team-structure requirement, logged
    with its reason. ``user`` None is the platform (demo and test data)."""
    problems = rules.relaxation_problems(
        may_decide=user is None or any(user.has_perm(p) for p in RELAX_PERMISSIONS),
        kind=kind,
        person_named=person is not None,
        reason=reason,
    )
    if problems:
        raise ValidationError(problems)
    relaxation = TeamRelaxation.objects.create(version=version, kind=kind, person=person, reason=reason.strip(), decided_by=user)
    audit.record(version, "textbooks.team.relax", user=user, data={
        "kind": kind, "person": person.name if person else "", "reason": relaxation.reason,
    })
    return relaxation


@transaction.atomic
def announce_authors(version, user, *, period_days=5, on=None):
    """The unit announces the authors publicly (Art. 13); refused while any fails Art. 13/14."""
    checks.raise_if(team_problems(version))
    people = [f"主编：{version.chief_editor.name}（{version.chief_editor.employer.name}）"] + [
        f"{a.get_role_display()}：{a.person.name}（{a.person.employer.name}）"
        for a in version.authors.select_related("person__employer")
    ]
    announcement = AuthorAnnouncement.objects.create(
        version=version,
        announced_on=on or timezone.localdate(),
        period_days=period_days,
        notice=f"《{version.textbook.title}》（{version.edition_label}）编写人员公示\n" + "\n".join(people),
        announced_by=user,
    )
    audit.record(version, "textbooks.version.announce", user=user, data={"people": len(people)})
    return announcement


@transaction.atomic
def submit_version(version, user):
    """Send a version to review. R10: only the national unified route submits 统编-type books."""
    if version.status not in (VersionStatus.DRAFT, VersionStatus.REJECTED):
        raise ValidationError(f"当前状态为“{version.get_status_display()}”，不能送审。")
    textbook = version.textbook
    checks.raise_if(checks.textbook_problems(textbook) + checks.version_problems(version) + team_structure_problems(version))
    version.status = VersionStatus.SUBMITTED
    version.save(update_fields=["status"])
    audit.record(version, "textbooks.version.submit", user=user, data={"title": textbook.title})
    return version


def lock_for_review(version, user):
    """The version entered a review round (review.services.submit/resubmit): 审核中, locked.

    R10 and the other submission checks run here too, whichever way the version was sent."""
    if version.status == VersionStatus.SUBMITTED:
        return version
    return submit_version(version, user)


def reopen_for_revision(version, user):
    """A "pass after revision" decision: the makers revise the version before resubmitting it."""
    version.status = VersionStatus.DRAFT
    version.save(update_fields=["status"])
    audit.record(version, "textbooks.version.reopen", user=user, data={"title": version.textbook.title})
    return version


# ------------------------------------------------------------------------------------ approval


def provincial_catalogue(province):
    """A province's planned catalogue, created the first time the province approves one."""
    if province not in dict(PROVINCE_CHOICES):
        raise ValidationError(f"“{province}”不是有效的省份名称。")
    catalogue, _ = Catalogue.objects.get_or_create(
        kind=CatalogueKind.PROVINCIAL_PLANNED, province=province, defaults={"name": f"{province}技工教育规划教材目录"}
    )
    return catalogue


def _catalogue(kind, province=""):
    if kind == CatalogueKind.PROVINCIAL_PLANNED:
        return provincial_catalogue(province)
    return Catalogue.objects.get(kind=kind, province="")


def _freeze(version):
    version.fingerprint = freezing.compute_fingerprint(version)
    version.frozen_at = timezone.now()


@transaction.atomic
def approve_version(version, user, review_reference, *, batch=None):
    """Approval by HRSS after a passed review (Art. 23): record, freeze, enter catalogues.

    Planned textbooks enter their planned catalogue and the information library; non-planned
    ones enter the information library on the strength of the passed review recorded here.
    ``batch`` (optional) is the planning batch the planned-catalogue entry belongs to.
    """
    version = TextbookVersion.objects.select_for_update().get(pk=version.pk)
    if version.status not in (VersionStatus.DRAFT, VersionStatus.SUBMITTED):
        raise ValidationError(f"当前状态为“{version.get_status_display()}”，不能批准。")
    if not review_reference or not review_reference.strip():
        raise ValidationError("批准须注明审核意见或批准文号（凡编必审，第十八条）。")
    textbook = version.textbook
    checks.raise_if(checks.textbook_problems(textbook) + checks.version_problems(version))
    if version.chief_editor_id is None:
        raise ValidationError("第十四条：教材编写实行主编负责制，未确定主编的教材不能批准。")
    ApprovalRecord.objects.create(
        version=version, passed=True, review_reference=review_reference.strip(), decided_by=user
    )
    _freeze(version)
    version.status = VersionStatus.APPROVED
    version.save(update_fields=["status", "fingerprint", "frozen_at"])
    entries = _enter_catalogues(version, batch)
    audit.record(
        version,
        "textbooks.version.approve",
        user=user,
        data={
            "review_reference": review_reference,
            "fingerprint": version.fingerprint,
            "catalogues": [e.catalogue.name for e in entries],
        },
    )
    return version


def _enter_catalogues(version, batch):
    textbook = version.textbook
    targets = rules.catalogues_on_approval(
        textbook.category, textbook.planning_level, textbook.province, has_passed_review=True
    )
    entries = []
    for kind, province in targets:
        catalogue = _catalogue(kind, province)
        entry_batch = batch if batch is not None and batch.catalogue_id == catalogue.pk else None
        entry, _ = CatalogueEntry.objects.get_or_create(
            catalogue=catalogue, version=version, defaults={"batch": entry_batch}
        )
        entries.append(entry)
    return entries


@transaction.atomic
def reject_version(version, user, review_reference):
    # The review pipeline takes manuscripts from draft as well as from an explicit submission.
    if version.status not in (VersionStatus.DRAFT, VersionStatus.SUBMITTED):
        raise ValidationError("只有编写中或审核中的教材才能作出未通过结论。")
    ApprovalRecord.objects.create(version=version, passed=False, review_reference=review_reference, decided_by=user)
    version.status = VersionStatus.REJECTED
    version.save(update_fields=["status"])
    audit.record(version, "textbooks.version.reject", user=user, data={"review_reference": review_reference})
    return version


@transaction.atomic
def add_to_catalogue(version, catalogue, user, batch=None):
    """Put an approved version into a catalogue by hand (e.g. the skills-upgrading catalogue)."""
    textbook = version.textbook
    problem = rules.catalogue_admission_problem(
        catalogue_kind=catalogue.kind,
        catalogue_province=catalogue.province,
        category=textbook.category,
        planning_level=textbook.planning_level,
        province=textbook.province,
        approved=rules.is_selectable(version),
        has_passed_review=version.approval_records.filter(passed=True).exists(),
    )
    if problem:
        raise ValidationError(problem)
    if batch is not None and batch.catalogue_id != catalogue.pk:
        raise ValidationError("批次不属于该目录。")
    entry, _ = CatalogueEntry.objects.update_or_create(
        catalogue=catalogue, version=version, defaults={"batch": batch}
    )
    audit.record(version, "textbooks.catalogue.add", user=user, data={"catalogue": catalogue.name})
    return entry


@transaction.atomic
def stop_use(version, user, reason):
    """A stop-use order (Art. 36): the version can no longer be selected (S12)."""
    if not reason.strip():
        raise ValidationError("停止使用须写明原因（第三十六条）。")
    version.stopped_at = timezone.now()
    version.stop_reason = reason.strip()
    version.save(update_fields=["stopped_at", "stop_reason"])
    audit.record(version, "textbooks.version.stop", user=user, data={"reason": version.stop_reason})
    return version


# ------------------------------------------------------------------------------------ changes


@transaction.atomic
def request_change(version, user, *, reason, new_chief_editor=None, new_manuscript=None, new_price=None, new_description=""):
    """Ask to change an approved version (Art. 14, 23)."""
    if not version.is_frozen or version.status != VersionStatus.APPROVED:
        raise ValidationError("只有审核通过并已冻结的现行版本需要提交变更申请。")
    if not reason.strip():
        raise ValidationError("请写明变更理由。")
    if not any([new_chief_editor, new_manuscript, new_price is not None, new_description]):
        raise ValidationError("变更申请须至少包含一项变更内容。")
    if new_chief_editor is not None:
        course_ids = list(version.textbook.courses.values_list("pk", flat=True))
        r8 = checks.r8_problem(new_chief_editor, version.textbook_id, course_ids)
        if r8:
            raise ValidationError(r8)
    change = ChangeRequest(
        version=version,
        reason=reason.strip(),
        new_chief_editor=new_chief_editor,
        new_price=new_price,
        new_description=new_description,
        requested_by=user,
    )
    if new_manuscript is not None:
        # The field's upload check (cms.upload_checks, by content) refuses a renamed file in
        # full_clean, as for a version's manuscript (Art. 23).
        change.new_manuscript = new_manuscript
    change.full_clean()
    change.save()
    audit.record(version, "textbooks.change.request", user=user, data={"change_request": change.pk, "reason": change.reason})
    return change


def _copy_version(old, change):
    new = TextbookVersion(
        textbook=old.textbook,
        edition=old.edition,
        change_number=old.textbook.versions.filter(edition=old.edition).count(),
        isbn=old.isbn,
        publisher=old.publisher,
        published_on=old.published_on,
        price=old.price if change.new_price is None else change.new_price,
        form=old.form,
        description=change.new_description or old.description,
        chief_editor=change.new_chief_editor or old.chief_editor,
        manuscript=change.new_manuscript.name if change.new_manuscript else old.manuscript.name,
        manuscript_original_name=(
            change.new_manuscript.original_name if change.new_manuscript else old.manuscript_original_name
        ),
        cover=old.cover,
    )
    checks.raise_if(checks.version_problems(new))
    new.save()
    VersionAuthor.objects.bulk_create(
        VersionAuthor(version=new, person=a.person, role=a.role, category=a.category, sort_order=a.sort_order)
        for a in old.authors.all()
        if a.person_id != new.chief_editor_id
    )
    for attachment in old.attachments.all():
        new.attachments.create(title=attachment.title, file=attachment.file.name, original_name=attachment.original_name)
    return new


@transaction.atomic
def approve_change_request(change, user):
    """The competent department approves: a new frozen version replaces the old one everywhere."""
    change = ChangeRequest.objects.select_for_update().get(pk=change.pk)
    if change.status != ChangeRequestStatus.PENDING:
        raise ValidationError("该变更申请已处理。")
    old = change.version
    if old.status != VersionStatus.APPROVED:
        raise ValidationError("被变更的版本已不是现行版本，请针对现行版本重新申请。")
    change.status = ChangeRequestStatus.APPROVED
    change.decided_by = user
    change.decided_at = timezone.now()
    change.save(update_fields=["status", "decided_by", "decided_at"])
    new = _copy_version(old, change)
    ApprovalRecord.objects.create(
        version=new, passed=True, review_reference=f"变更申请 #{change.pk} 经批准", decided_by=user
    )
    _freeze(new)
    new.status = VersionStatus.APPROVED
    new.save(update_fields=["status", "fingerprint", "frozen_at"])
    old.status = VersionStatus.SUPERSEDED
    old.save(update_fields=["status"])
    CatalogueEntry.objects.bulk_create(
        CatalogueEntry(catalogue_id=e.catalogue_id, batch_id=e.batch_id, version=new, added_on=e.added_on)
        for e in old.catalogue_entries.all()
    )
    change.resulting_version = new
    change.save(update_fields=["resulting_version"])
    audit.record(
        new,
        "textbooks.change.approve",
        user=user,
        data={"change_request": change.pk, "replaces": old.pk, "fingerprint": new.fingerprint},
    )
    return new


@transaction.atomic
def send_change_to_review(change, user, reason):
    """A substantive change (Art. 18 凡编必审, Art. 23): HRSS does not approve it as a change but
    sends it back to review. The changed content becomes a new draft version that the unit
    submits like any other; the approved version stays current meanwhile."""
    change = ChangeRequest.objects.select_for_update().get(pk=change.pk)
    if change.status != ChangeRequestStatus.PENDING:
        raise ValidationError("该变更申请已处理。")
    if not (reason or "").strip():
        raise ValidationError("第二十三条：退回重新审核须写明理由（属于实质性修改的内容）。")
    draft = _copy_version(change.version, change)
    change.status = ChangeRequestStatus.SENT_TO_REVIEW
    change.decided_by = user
    change.decided_at = timezone.now()
    change.resulting_version = draft
    change.save(update_fields=["status", "decided_by", "decided_at", "resulting_version"])
    audit.record(change.version, "textbooks.change.send_to_review", user=user, data={"change_request": change.pk, "draft": draft.pk, "reason": reason.strip()})
    return draft


@transaction.atomic
def reject_change_request(change, user):
    if change.status != ChangeRequestStatus.PENDING:
        raise ValidationError("该变更申请已处理。")
    change.status = ChangeRequestStatus.REJECTED
    change.decided_by = user
    change.decided_at = timezone.now()
    change.save(update_fields=["status", "decided_by", "decided_at"])
    audit.record(change.version, "textbooks.change.reject", user=user, data={"change_request": change.pk})
    return change


# ------------------------------------------------------------------------------------ verification


def verify_fingerprints(progress=None):
    """Recompute every frozen version's fingerprint; mark mismatches altered (Art. 23, 28(4)).

    Returns the versions newly found altered.
    """
    altered = []
    versions = (
        TextbookVersion.objects.filter(frozen_at__isnull=False)
        .select_related("textbook", "cover")
        .prefetch_related("authors", "attachments", "textbook__courses", "textbook__majors", "textbook__levels")
        .order_by("pk")
    )
    for version in versions.iterator(chunk_size=200):
        if not freezing.matches_fingerprint(version) and version.altered_at is None:
            mark_altered(version)
            altered.append(version)
        if progress is not None:
            progress.advance()
    return altered


@transaction.atomic
def mark_altered(version, user=None):
    version.altered_at = timezone.now()
    version.save(update_fields=["altered_at"])
    audit.record(
        version,
        "textbooks.version.altered",
        user=user,
        data={"fingerprint": version.fingerprint, "reason": "内容指纹不一致，视为擅自更改，不得选用"},
    )
    return version
