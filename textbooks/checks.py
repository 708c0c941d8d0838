"""Gather from the database what ``textbooks.rules`` needs and collect the refusals.

Model ``clean()`` (and so every admin form) and ``textbooks.services`` both call these, so a
rule is enforced the same way wherever data is entered. They read the instances they are given and
their relations, and never import ``textbooks.models``: the models call them.
"""

from django.core.exceptions import ValidationError

from textbooks import freezing, rules
from textbooks.choices import PlanningLevel, VersionStatus


def raise_if(problems):
    if problems:
        raise ValidationError(problems)


def unit_profile(organisation):
    return getattr(organisation, "compiling_profile", None)


def unit_qualification(organisation):
    """The unit's Art. 12 facts as HRSS verified them, or None (no profile, or not verified)."""
    profile = unit_profile(organisation)
    return profile.qualification() if profile else None


def _unit_authorised(organisation):
    """R10: the national unified route counts only as HRSS verified it (Art. 4, 12)."""
    profile = unit_profile(organisation)
    return bool(profile and profile.verified_unified_route)


def r10_problem(textbook, ideologically_strong):
    """R10 for a textbook judged ideologically strong or not (by the unit's proposal when saved,
    by the organiser's confirmed facts at intake)."""
    return rules.r10_refusal(
        ideologically_strong=ideologically_strong,
        category=textbook.category,
        planning_level=textbook.planning_level,
        unit_authorised=_unit_authorised(textbook.compiling_unit),
    )


def textbook_problems(textbook, proposed=None):
    """Refusals for a textbook's own fields (R8, R10, R11, Art. 12, Art. 23).

    ``proposed`` holds a form's not-yet-saved relations: {"courses", "majors", "levels"}.
    """
    problems = []
    if textbook.planning_level == PlanningLevel.PROVINCIAL and not textbook.province:
        problems.append("省级规划教材须指定规划省份。")
    if textbook.planning_level != PlanningLevel.PROVINCIAL and textbook.province:
        textbook.province = ""
    if proposed is not None:
        courses = list(proposed.get("courses") or [])
        course_categories = [c.category for c in courses]
        proposed_codes = {
            f"{key[:-1]}_codes": [item.code for item in proposed.get(key) or []]
            for key in ("courses", "majors", "levels")
        }
    else:
        course_categories = list(textbook.courses.values_list("category", flat=True)) if textbook.pk else []
        proposed_codes = {}
    if not textbook.compiling_unit_id:
        return problems
    unit = textbook.compiling_unit
    refusal = r10_problem(
        textbook, rules.is_ideologically_strong(textbook.category, course_categories, textbook.sensitive_topics)
    )
    if refusal:
        problems.append(refusal)
    problems.extend(
        rules.r11_findings(
            textbook.planning_level,
            textbook.province,
            {"书名": textbook.title, "副书名": textbook.subtitle, "丛书名/封面标注": textbook.series_name},
            textbook.carries_planned_mark,
        )
    )
    eligibility = rules.unit_eligibility_refusal(
        unit.name,
        unit_qualification(unit),
        textbook.planning_level,
        PlanningLevel(textbook.planning_level).label,
        registered=unit_profile(unit) is not None,
    )
    if eligibility:
        problems.append(eligibility)
    if textbook.pk:
        if _textbook_changes_frozen_content(textbook, proposed_codes):
            problems.append(rules.frozen_refusal())
        if proposed is not None:
            problems.extend(chief_editor_r8_problems(textbook, [c.pk for c in courses]))
    return problems


def _stored(instance):
    """The instance as the database holds it, before the change being validated; None if unsaved."""
    return type(instance)._default_manager.filter(pk=instance.pk).first() if instance.pk else None


def _textbook_changes_frozen_content(textbook, proposed_codes):
    if not textbook.versions.filter(frozen_at__isnull=False).exists():
        return False
    stored = _stored(textbook)
    return freezing.textbook_metadata(stored) != freezing.textbook_metadata(textbook, **proposed_codes)


def publisher_problems(organisation):
    """Art. 24: textbooks are published only by qualified publishers (资质准入)."""
    profile = getattr(organisation, "publisher_profile", None)
    if profile is None:
        return [f"第二十四条：{organisation.name}尚未登记出版资质，不能出版技工院校教材。"]
    return [f"{organisation.name}不符合出版资质：{p}" for p in profile.qualification_problems()]


def chief_editorships(person):
    """(textbook id, title, course ids) for every textbook this person is chief editor of."""
    textbooks = {}
    rows = (
        person.chief_edited_versions.all()
        .exclude(status=VersionStatus.REJECTED)
        .values_list("textbook_id", "textbook__title", "textbook__courses")
    )
    for textbook_id, title, course_id in rows:
        textbooks.setdefault(textbook_id, (title, set()))[1].add(course_id)
    return [(tid, title, courses) for tid, (title, courses) in textbooks.items()]


def r8_problem(person, textbook_id, course_ids):
    titles = rules.r8_conflicting_titles(textbook_id, course_ids, chief_editorships(person))
    return rules.r8_refusal(person.name, titles)


def r7_problem(version):
    siblings = version.textbook.versions.filter(frozen_at__isnull=False)
    if version.pk:
        siblings = siblings.exclude(pk=version.pk)
    approved_chiefs = set(siblings.values_list("chief_editor_id", flat=True))
    approved_changes = version.textbook.approved_new_chief_editor_ids()
    return rules.r7_chief_editor_change_refusal(approved_chiefs, version.chief_editor_id, approved_changes)


def version_problems(version):
    """Refusals for a version's fields: ISBN, frozen content (Art. 23), content under review
    (Art. 18), R7, R8, R11, files."""
    stored = _stored(version)
    if stored is not None and stored.is_frozen:
        if stored.chief_editor_id != version.chief_editor_id:
            # Even an approved change request replaces the chief editor in a *new* version.
            return [rules.r7_chief_editor_change_refusal({stored.chief_editor_id}, version.chief_editor_id, set())]
        if not freezing.matches_fingerprint(version):
            return [rules.frozen_refusal()]
        return []
    if stored is not None and stored.status == VersionStatus.SUBMITTED and _content_changed(stored, version):
        return [rules.in_review_refusal()]

    problems = []
    if version.isbn:
        version.isbn = rules.normalise_isbn(version.isbn)
        problem = rules.isbn13_problem(version.isbn)
        if problem:
            problems.append(problem)
        elif (
            type(version)._default_manager.filter(isbn=version.isbn)
            .exclude(textbook_id=version.textbook_id)
            .exists()
        ):
            problems.append(f"ISBN {version.isbn} 已被其他教材使用，同一书号不能对应不同教材（第二十八条第（六）项）。")
    if version.manuscript and not getattr(version.manuscript, "_committed", True):
        head = version.manuscript.read(8)
        version.manuscript.seek(0)
        problem = rules.manuscript_content_problem(version.manuscript.name, head)
        if problem:
            problems.append(problem)
    if version.publisher_id:
        problems.extend(publisher_problems(version.publisher))
    if not version.textbook_id:
        return problems
    textbook = version.textbook
    problems.extend(
        rules.r11_findings(
            textbook.planning_level, textbook.province, {"内容简介": version.description}, False
        )
    )
    if version.chief_editor_id:
        r7 = r7_problem(version)
        if r7:
            problems.append(r7)
        course_ids = list(textbook.courses.values_list("pk", flat=True))
        r8 = r8_problem(version.chief_editor, textbook.pk, course_ids)
        if r8:
            problems.append(r8)
    return problems


def chief_editor_r8_problems(textbook, course_ids):
    """R8 for every chief editor of a textbook when its courses change."""
    versions = textbook.versions.filter(chief_editor__isnull=False).select_related("chief_editor").order_by("chief_editor_id")
    chiefs = {version.chief_editor_id: version.chief_editor for version in versions}.values()
    return [p for p in (r8_problem(person, textbook.pk, course_ids) for person in chiefs) if p]


def _content_changed(stored, version):
    """Whether ``version`` (being saved) differs from ``stored`` in what a review covers."""
    return freezing.version_metadata(stored) != freezing.version_metadata(version) or (
        stored.manuscript.name, stored.cover_id
    ) != (version.manuscript.name, version.cover_id)


def frozen_child_problem(version):
    """Authors and attachments of a frozen version are part of its content (Art. 23), and so are
    those of a version under review (Art. 18)."""
    if version is None or not version.pk:
        return None
    if version.is_frozen:
        return rules.frozen_refusal()
    if type(version)._default_manager.filter(pk=version.pk, status=VersionStatus.SUBMITTED).exists():
        return rules.in_review_refusal()
    return None
