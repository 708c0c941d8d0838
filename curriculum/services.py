"""Course-standard state changes: each checks curriculum.rules first, is atomic and audited."""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from guardian.shortcuts import assign_perm

from cms import audit
from cms.roles import AUTHOR
from curriculum.models import (
    AuthorRole,
    Course,
    CourseCategory,
    CourseStandard,
    CurriculumIndexPage,
    Major,
    MajorPage,
    ResourceItem,
    ResourceReviewStatus,
    StandardPage,
    StandardVersion,
    TrainingLevel,
    VersionStatus,
    rule_context,
)
from curriculum import rules
from curriculum.rules import submission_checklist, submission_problems

# Authors edit their unit's standards and resources, but never publish: a standard is published
# by passing review (凡编必审, Art. 18; SPEC §8 on publish permissions).
AUTHOR_OBJECT_PERMISSIONS = {
    CourseStandard: ("view", "change", "lock", "unlock"),
    ResourceItem: ("view", "change", "delete"),
}


def _permission(model, action):
    return f"{model._meta.app_label}.{action}_{model._meta.model_name}"


def unit_authors(unit):
    """Logins of the unit's authors (编写人员 role, employed by the unit)."""
    return get_user_model().objects.filter(person__employer=unit, groups__name=AUTHOR.name, is_active=True)


def grant_unit_authors(obj):
    """Let every author of the object's compiling unit reach it in the admin (object permissions)."""
    actions = AUTHOR_OBJECT_PERMISSIONS[type(obj)]
    for user in unit_authors(obj.compiling_unit_id):
        for action in actions:
            assign_perm(_permission(type(obj), action), user, obj)


def grant_author_access(user):
    """An author's login reaches every standard and resource of their employer, and only those."""
    person = getattr(user, "person", None)
    if person is None or not user.groups.filter(name=AUTHOR.name).exists():
        return
    for model, actions in AUTHOR_OBJECT_PERMISSIONS.items():
        objects = list(model.objects.filter(compiling_unit_id=person.employer_id))
        for action in actions:
            if objects:
                assign_perm(_permission(model, action), user, objects)


def _refuse_if_invalid(standard):
    standard.full_clean(validate_unique=True, validate_constraints=True)


@transaction.atomic
def save_draft(standard, user, log_action=True):
    """Validate and save the standard's content as a new revision (a draft until published)."""
    _refuse_if_invalid(standard)
    if standard.pk is None:
        standard.live = False  # DraftStateMixin defaults to live: a new standard is live once published
    if not standard.live:
        standard.save()
    return standard.save_revision(user=user, log_action=log_action)


def standard_for(doc):
    """The existing standard of the document's major and level, or None."""
    return CourseStandard.objects.filter(major__code=doc.major_code, level__code=doc.level).first()


def check_import_target(doc):
    """The major and level a DOCX names must exist before its content can be taken in."""
    if not Major.objects.filter(code=doc.major_code).exists():
        raise ValidationError(f"文件中的专业编码“{doc.major_code}”不在技工院校专业目录中。")
    if not TrainingLevel.objects.filter(code=doc.level).exists():
        raise ValidationError(f"文件中的培养层级“{doc.level_label}”无效。")


@transaction.atomic
def import_document(doc, user, compiling_unit, filename=""):
    """Take an imported StandardDoc in as a new draft version; all or nothing."""
    check_import_target(doc)
    existing = standard_for(doc)
    if existing is not None:
        # Locked, so that two confirmations of one preview (two clicks) make one version.
        existing = CourseStandard.objects.select_for_update().get(pk=existing.pk)
        latest = existing.latest_revision
        if latest is not None and latest.as_object().to_document() == doc:
            raise ValidationError("导入的内容与该课程标准的最新版本相同，未重复导入。")
    standard = existing or CourseStandard(compiling_unit=compiling_unit)
    standard.apply_document(doc)
    try:
        with transaction.atomic():
            revision = save_draft(standard, user)
    except IntegrityError as error:  # one standard per major and level: another import just created it
        raise ValidationError("该专业和培养层级的课程标准刚由另一次导入创建，未重复导入。") from error
    audit.record(
        standard,
        "curriculum.standard.import",
        user=user,
        data={"filename": filename, "revision": revision.pk, "courses": len(doc.courses)},
    )
    return standard


@transaction.atomic
def submit_for_review(standard, user):
    """Send the latest revision to review (凡编必审, Art. 18) as a version with its effective term."""
    revision = standard.latest_revision
    if revision is None:
        raise ValidationError("课程标准尚未保存，不能提交审核。")
    snapshot = _reviewable_snapshot(standard, revision)
    version, _ = StandardVersion.objects.update_or_create(
        standard=standard,
        revision=revision,
        defaults={**_version_fields(snapshot), "status": VersionStatus.IN_REVIEW, "submitted_at": timezone.now()},
    )
    audit.record(standard, "curriculum.standard.submit", user=user, data={"version": version.version_label})
    return version


def take_latest_revision(version, user):
    """修改后通过 (Art. 21): the revision that answers the opinions is the one the next round reviews
    and the one approval publishes, so a resubmitted version moves to the standard's latest revision."""
    standard = version.standard
    revision = standard.latest_revision
    if revision is None or revision.pk == version.revision_id:
        return version
    if StandardVersion.objects.filter(standard=standard, revision=revision).exclude(pk=version.pk).exists():
        raise ValidationError("该修订已作为另一个版本提交，不能再作为本次送审的修改稿。")
    snapshot = _reviewable_snapshot(standard, revision)
    previous = version.revision_id
    version.revision = revision
    for field, value in _version_fields(snapshot).items():
        setattr(version, field, value)
    version.save(update_fields=["revision", "version_label", "effective_term", "effective_from"])
    audit.record(
        standard,
        "curriculum.standard.resubmit",
        user=user,
        data={"version": version.version_label, "from_revision": previous, "to_revision": revision.pk},
    )
    return version


def checklist_for(standard, revision=None):
    """C1–C8 of the revision (default: the latest) as they stand: shown before submission."""
    revision = revision or standard.latest_revision
    snapshot = revision.as_object() if revision is not None else standard
    chiefs = sum(1 for a in snapshot.authorships.all() if a.role == AuthorRole.CHIEF_EDITOR)
    published = standard.versions.filter(status=VersionStatus.PUBLISHED)
    if revision is not None:
        published = published.exclude(revision=revision)
    return submission_checklist(
        snapshot.to_document(),
        *rule_context(standard.major),
        chiefs,
        set(published.values_list("version_label", flat=True)),
    )


def _reviewable_snapshot(standard, revision):
    """The revision as a standard, refused unless it passes C1–C8: a draft may break them, a
    version submitted for review (凡编必审, Art. 18) may not."""
    problems = submission_problems(checklist_for(standard, revision))
    if problems:
        raise ValidationError(problems)
    return revision.as_object()


def _version_fields(snapshot):
    return {
        "version_label": snapshot.version_label,
        "effective_term": snapshot.effective_term,
        "effective_from": snapshot.effective_from,
    }


@transaction.atomic
def publish_version(version, user):
    """Publish a reviewed version; Wagtail's ``published`` signal records it (record_published_version)."""
    version.revision.publish(user=user)
    version.refresh_from_db()
    return version


@transaction.atomic
def reject_version(version, user):
    """A version failed review (Art. 18): it stays unpublished and is marked as not passed."""
    if version.status != VersionStatus.IN_REVIEW:
        raise ValidationError("只有审核中的课程标准版本才能作出未通过结论。")
    version.status = VersionStatus.REJECTED
    version.save(update_fields=["status"])
    audit.record(version.standard, "curriculum.standard.reject", user=user, data={"version": version.version_label})
    return version


@transaction.atomic
def publish_standard(standard, user):
    """Publish the latest revision directly: for the competent department and demo data only."""
    standard.latest_revision.publish(user=user)
    return StandardVersion.objects.get(standard=standard, revision=standard.latest_revision)


def record_published_version(standard, revision):
    """Called on Wagtail's ``published`` signal, whatever route published the revision."""
    version, _ = StandardVersion.objects.update_or_create(
        standard=standard,
        revision=revision,
        defaults={
            "version_label": standard.version_label,
            "effective_term": standard.effective_term,
            "effective_from": standard.effective_from,
            "status": VersionStatus.PUBLISHED,
            "published_at": timezone.now(),
        },
    )
    doc = standard.to_document()
    sync_courses(standard.major, doc)
    ensure_public_page(standard)
    return version


def sync_courses(major, doc):
    """Each integrated course of a published standard is a catalogue course (curriculum.Course) by code,
    the identity textbooks, resources and selections cite."""
    for course_doc in doc.courses:
        course, created = Course.objects.get_or_create(
            code=course_doc.code, defaults={"name": course_doc.name, "category": CourseCategory.INTEGRATED}
        )
        if not created and course.name != course_doc.name:
            course.name = course_doc.name
            course.save(update_fields=["name"])
        course.majors.add(major)


def ensure_public_page(standard):
    """Give a published standard its public page under the curriculum index, if the site has one."""
    index = CurriculumIndexPage.objects.live().first()
    if index is None or StandardPage.objects.filter(standard=standard).exists():
        return
    major = standard.major
    major_page = MajorPage.objects.filter(major=major).first()
    if major_page is None:
        major_page = index.add_child(instance=MajorPage(title=major.name, slug=major.code, major=major))
    major_page.add_child(
        instance=StandardPage(title=f"{major.name}（{standard.level.name}）", slug=standard.level.code, standard=standard)
    )


# ------------------------------------------------------------------------------ resources (Art. 37)

REVIEW_RESOURCE = "curriculum.review_resourceitem"


def resource_organiser(item):
    """The organiser responsible for a teaching resource: its unit's competent HRSS department
    (Art. 18 for items outside the plans; Art. 37 puts resources under these rules)."""
    from review.services import organiser_for

    return organiser_for(item)


def resource_route(item):
    """The procedure the responsible organiser set for such items (Art. 22): panel size,
    expert categories and review period; with the organiser and the period's last day."""
    from review.services import organiser_route

    organiser = resource_organiser(item)
    route = organiser_route(organiser.pk, simplified=True)
    start = item.review_requested_on or timezone.localdate()
    return organiser, route, start + datetime.timedelta(days=route.review_days)


def may_review_resource(item, user):
    """Whether ``user`` works for the organiser responsible for the item and holds the role."""
    person = getattr(user, "person", None)
    if person is None or not user.has_perm(REVIEW_RESOURCE):
        return False
    try:
        return person.employer_id == resource_organiser(item).pk
    except ValidationError:  # no department of the unit's province on the platform yet
        return False


@transaction.atomic
def review_resource(item, user, *, approved, comment="", experts=()):
    """Art. 37 with Art. 22: a teaching resource appears publicly only once the organiser
    responsible for it approved it under its own procedure, on the opinions of a panel of
    ``experts`` of that procedure's size and categories; the unit that made it never reviews it
    (R1), nor does HRSS, which supervises. ``user`` None is the platform acting for the
    responsible organiser (demo data), under the same procedure."""
    item = ResourceItem.objects.select_for_update().select_related("compiling_unit").get(pk=item.pk)
    organiser, route, _deadline = resource_route(item)
    person = getattr(user, "person", None) if user is not None else None
    experts = list(experts)
    problems = rules.resource_review_problems(
        may_review=user is None or user.has_perm(REVIEW_RESOURCE),
        responsible=user is None or (person is not None and person.employer_id == organiser.pk),
        own_unit=person is not None and person.employer_id == item.compiling_unit_id,
        approved=approved,
        comment=comment,
        panel=[(expert.category, expert.person.employer_id == item.compiling_unit_id) for expert in experts],
        route=route,
    )
    if problems:
        raise ValidationError(problems)
    item.review_status = ResourceReviewStatus.APPROVED if approved else ResourceReviewStatus.REJECTED
    item.review_comment = (comment or "").strip()
    item.reviewed_by = user
    item.reviewed_at = timezone.now()
    item.review_organiser = organiser
    item.save(update_fields=["review_status", "review_comment", "reviewed_by", "reviewed_at", "review_organiser"])
    item.review_panel.set(experts)
    audit.record(item, "curriculum.resource.review", user=user, data={
        "approved": approved, "comment": item.review_comment, "organiser": organiser.name,
        "procedure": route.label, "experts": [expert.pk for expert in experts],
    })
    return item
