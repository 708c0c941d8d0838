"""The searchable content of each app, described as ``SearchSource``s (read-only use of their models).

Only public content is listed here (SPEC §6); sources for textbooks and course standards follow
their apps' publication states.
"""

from django.db.models import OuterRef, Prefetch, Q, Subquery
from django.utils import timezone

from cms.models import CataloguePage
from curriculum.models import Course, CourseStandard, Major, ResourceItem, StandardPage
from directory.models import Organisation, Person
from search.models import PolicyArticle
from search.registry import SearchSource, batch_value, register, register_kind
from search.understanding import isbn_codes
from textbooks import rules as textbook_rules
from textbooks.models import CatalogueEntry, PlanningLevel, Textbook, TextbookVersion, VersionStatus

BODY_LIMIT = 6000

# National planned textbooks rank a little higher for the same text match (Art. 28(3): first choice).
PLANNING_WEIGHT = {PlanningLevel.NATIONAL: 1.5, PlanningLevel.PROVINCIAL: 1.2}
# One label per planning level, whatever the kind of document (a textbook's 全国技工教育规划教材 and a
# course standard's 国家级 are the same value of the 规划级别 facet).
PLANNING_LABELS = {PlanningLevel.NATIONAL: "国家级规划", PlanningLevel.PROVINCIAL: "省级规划", PlanningLevel.NON_PLANNED: "非规划"}


def _code(value):
    return (value or "").strip().lower()


def _names(queryset):
    return list(queryset.values_list("name", flat=True))


# A major's own document is where its name leads: above the many textbooks and courses whose titles
# share a word of it (工业机器人 → the major 工业机器人应用与维护 first).
MAJOR_WEIGHT = 2.0


def _major_document(major):
    levels = [level.name for level in major.levels.all()]
    return {
        "weight": MAJOR_WEIGHT,
        "title": major.name,
        "body": f"专业编码 {major.code}；{major.get_industry_display()}；培养层级：{'、'.join(levels)}",
        "facets": {"major": major.name, "level": levels, "industry": major.get_industry_display()},
        "codes": (_code(major.code),),
    }


def _course_document(course):
    majors = [major.name for major in course.majors.all()]
    return {
        "title": course.name,
        "body": f"课程代码 {course.code}；{course.get_category_display()}；适用专业：{'、'.join(majors) or '各专业'}",
        "facets": {"major": majors, "course_category": course.get_category_display()},
        "codes": (_code(course.code),),
        "related_codes": tuple(_code(major.code) for major in course.majors.all()),
    }


def _public_versions():
    """S6 (Art. 28(4), 36(8)): approved, unaltered, not stopped — the textbooks' own rule — and of
    those only each textbook's newest edition: one hit per textbook, whose page lists its editions."""
    selectable = TextbookVersion.objects.filter(**textbook_rules.selectable_filter())
    newest = selectable.filter(textbook=OuterRef("textbook")).order_by("-edition", "-change_number").values("pk")[:1]
    editions = TextbookVersion.objects.order_by("edition", "change_number").select_related("chief_editor", "textbook__compiling_unit")
    return (
        selectable.filter(pk=Subquery(newest))
        .select_related("textbook", "publisher", "textbook__compiling_unit")
        .prefetch_related(
            "textbook__majors",
            "textbook__levels",
            "textbook__courses",
            "catalogue_entries__catalogue",
            Prefetch("textbook__versions", queryset=editions.prefetch_related("authors__person")),
        )
    )


def _catalogue_page():
    return CataloguePage.objects.live().public().first()


def _textbook_url(textbook):
    # Looked up once per batch of documents: it was a third of a rebuild's time.
    page = batch_value("catalogue_page", _catalogue_page)
    return page.textbook_url(textbook.pk) if page else ""


def _approved_editions(version):
    """Every approved edition and changed printing of the textbook (stopped ones included: their
    ISBNs are printed in schools' books). Versions in review, drafts and rejected ones stay out (R3)."""
    return [v for v in version.textbook.versions.all() if v.status in (VersionStatus.APPROVED, VersionStatus.SUPERSEDED)]


def _people_line(editions, textbook):
    """SPEC §6: approved, published textbooks are findable by chief editor, authors, compiling unit
    and publisher. Only approved versions' teams are listed; R3 protects manuscripts under review.
    Names only: role labels (主编、编写单位) in every textbook would outrank the policy articles that
    a query for the role itself (主编负责制) is after."""
    chiefs = dict.fromkeys(v.chief_editor.name for v in editions if v.chief_editor)
    authors = dict.fromkeys(a.person.name for v in editions for a in v.authors.all() if a.person.name not in chiefs)
    publishers = dict.fromkeys(v.publisher.name for v in editions if v.publisher_id and v.publisher)
    return "、".join([*chiefs, *authors, textbook.compiling_unit.name, *publishers])


def textbook_warning(version, editions, today):
    """What a school must know before selecting this edition: a newer edition was stopped (Art. 36),
    or its revision is overdue with no newer approved edition (Art. 17)."""
    newer = [v for v in editions if v.edition > version.edition]
    stopped = [v for v in newer if v.stopped_at]
    if stopped:
        return f"注意：本教材的{stopped[-1].edition_label}已停止使用（{stopped[-1].stop_reason or '第三十六条'}），选用前请核实。"
    approved_newer = any(v.status == VersionStatus.APPROVED and not v.stopped_at for v in newer)
    if textbook_rules.is_revision_overdue(version.revision_due_on, today, approved_newer):
        return f"注意：本教材已超过修订周期（应于 {version.revision_due_on:%Y年%m月%d日} 前修订，第十七条）。"
    return ""


def _textbook_document(version):
    textbook = version.textbook
    courses = list(textbook.courses.all())
    majors = list(textbook.majors.all())
    publisher = version.publisher.name if version.publisher else ""
    editions = _approved_editions(version)
    body = "；".join(
        part
        for part in (
            textbook.subtitle,
            textbook.series_name,
            version.description,
            f"服务课程：{'、'.join(c.name for c in courses)}" if courses else "",
            f"适用专业：{'、'.join(m.name for m in majors)}" if majors else "",
            f"{textbook.get_category_display()}，{textbook.get_planning_level_display()}，{version.get_form_display()}",
            f"{publisher} {version.edition_label}" if publisher else version.edition_label,
            _people_line(editions, textbook),
        )
        if part
    )
    isbns = [code for v in editions if v.isbn for code in isbn_codes(v.isbn)]
    return {
        "title": textbook.title,
        "body": body,
        "url": _textbook_url(textbook),
        "date": version.published_on,
        "weight": PLANNING_WEIGHT.get(textbook.planning_level, 1.0),
        "codes": tuple(dict.fromkeys([*isbns, *(_code(c.code) for c in courses)])),
        "related_codes": tuple(_code(m.code) for m in majors),
        "warning": textbook_warning(version, list(textbook.versions.all()), timezone.localdate()),
        "facets": {
            "major": [m.name for m in majors],
            "level": [level.name for level in textbook.levels.all()],
            "category": textbook.get_category_display(),
            "planning_level": PLANNING_LABELS.get(textbook.planning_level, textbook.get_planning_level_display()),
            "form": version.get_form_display(),
            "publisher": publisher,
            "year": version.published_on.year if version.published_on else None,
            "catalogue": [entry.catalogue.name for entry in version.catalogue_entries.all()],
            "status": version.get_status_display(),
        },
    }


def _policy_document(article):
    return {
        "title": f"{article.document} {article.heading}",
        "body": article.text,
        "date": article.issued,
        "facets": {"document": article.document, "year": article.issued.year if article.issued else None},
    }


def _join(*parts):
    return "；".join(p for p in parts if p)[:BODY_LIMIT]


def _live_standards():
    """Published course standards only (DraftStateMixin ``live``); drafts and versions in review are not public."""
    return CourseStandard.objects.filter(live=True).select_related("major", "level", "page", "live_revision")


def _published_content(standard):
    # A live standard with unpublished changes keeps its public content in the live revision.
    if standard.has_unpublished_changes and standard.live_revision:
        return standard.live_revision.as_object().to_document()
    return standard.to_document()


def _standard_page(standard):
    try:
        return standard.page
    except StandardPage.DoesNotExist:
        return None


def _standard_facets(standard):
    return {
        "major": standard.major.name,
        "level": standard.level.name,
        "planning_level": PLANNING_LABELS.get(standard.planning_level, standard.get_planning_level_display()),
        "status": "已发布",
        "year": standard.effective_from.year if standard.effective_from else None,
    }


def _standard_document(standard):
    doc = _published_content(standard)
    page = _standard_page(standard)
    return {
        "title": doc.title,
        "body": _join(
            f"{doc.major_code} {doc.major_name}（{doc.level_label}）{doc.version_label}，{doc.effective_term}起执行",
            doc.training_goals,
            "典型工作任务：" + "、".join(t.name for t in doc.typical_work_tasks),
            "一体化课程：" + "、".join(c.name for c in doc.courses),
            doc.course_norms,
            doc.implementation_advice,
        ),
        "url": page.url if page else "",
        "date": standard.effective_from,
        "weight": 1.2,
        "facets": {**_standard_facets(standard), "course_category": "工学一体化课程标准"},
        "related_codes": (_code(doc.major_code),),
    }


def _standard_parts(standard):
    """The standard's integrated courses and their reference learning tasks, each findable on its own."""
    doc = _published_content(standard)
    page = _standard_page(standard)
    facets = _standard_facets(standard)
    for course in doc.courses:
        yield {
            "kind": "integrated_course",
            "key": course.code,
            "title": course.name,
            "body": _join(
                f"{doc.major_name}（{doc.level_label}）基准学时 {course.baseline_hours}",
                course.task_description,
                course.course_goals,
                course.learning_content,
                course.work_objects,
                course.tools_materials,
                "学习任务：" + "、".join(t.name for t in course.learning_tasks),
            ),
            "url": page.course_url(course.code) if page else "",
            "date": standard.effective_from,
            "facets": {**facets, "course_category": "一体化课程"},
            "codes": (_code(course.code),),
            "related_codes": (_code(doc.major_code),),
        }
        for task in course.learning_tasks:
            yield {
                "kind": "learning_task",
                "key": f"{course.code}-{task.code}",
                "title": task.name,
                "body": _join(f"{course.name}，{task.hours} 学时", task.description, *task.steps.values()),
                "url": page.task_url(course.code, task.code) if page else "",
                "date": standard.effective_from,
                "facets": {**facets, "course_category": "参考性学习任务"},
            }


def _published_course_codes():
    return {course.code for standard in _live_standards() for course in _published_content(standard).courses}


def _public_resources():
    """A resource item is public once a published standard contains its course."""
    return (
        ResourceItem.objects.public().filter(course__code__in=_published_course_codes())
        .select_related("course", "document", "textbook")
        .prefetch_related("course__majors")
    )


def _course_page_url(item):
    """The public course page that lists a resource: one of its unit's live standards has the
    course (Art. 37: a unit's resources serve its own courses only)."""
    for standard in _live_standards().filter(compiling_unit_id=item.compiling_unit_id):
        page = _standard_page(standard)
        if page and any(course.code == item.course.code for course in _published_content(standard).courses):
            return page.course_url(item.course.code)
    return ""


def _resource_document(item):
    return {
        "title": item.title,
        "body": _join(item.course.name, item.description, item.textbook.title if item.textbook else "", item.textbook_reference),
        # An external link is reached through the course page, which marks it as external
        # (Art. 37); search results never link straight off the platform.
        "url": _course_page_url(item) if item.url else (item.document.url if item.document else ""),
        "facets": {
            "major": [major.name for major in item.course.majors.all()],
            "resource_kind": item.get_kind_display(),
            "form": item.get_form_display() if item.form else "",
        },
        "related_codes": (_code(item.course.code),),
    }


def _resources_of_standard(standard):
    codes = [course.code for course in standard.to_document().courses]
    return ResourceItem.objects.filter(course__code__in=codes)


def _vocabulary():
    from search.synonyms import terms

    return _names(Major.objects.all()) + _names(Course.objects.all()) + terms()


register(
    SearchSource(
        kind="major",
        label="专业",
        model=Major,
        queryset=lambda: Major.objects.prefetch_related("levels"),
        to_document=_major_document,
        vocabulary=_vocabulary,
    )
)
register(
    SearchSource(
        kind="course",
        label="课程",
        model=Course,
        queryset=lambda: Course.objects.prefetch_related("majors"),
        to_document=_course_document,
        depends_on={Major: lambda major: major.courses.all()},
    )
)
register(
    SearchSource(
        kind="textbook",
        label="教材",
        model=TextbookVersion,
        queryset=_public_versions,
        to_document=_textbook_document,
        depends_on={
            # A new edition replaces the previous one in the index; a stopped one gives its place back.
            TextbookVersion: lambda version: version.textbook.versions.exclude(pk=version.pk),
            Textbook: lambda textbook: textbook.versions.all(),
            CatalogueEntry: lambda entry: [entry.version],
            Organisation: lambda organisation: TextbookVersion.objects.filter(
                Q(publisher=organisation) | Q(textbook__compiling_unit=organisation)
            ),
            Person: lambda person: TextbookVersion.objects.filter(Q(chief_editor=person) | Q(authors__person=person)).distinct(),
            Course: lambda course: TextbookVersion.objects.filter(textbook__courses=course),
            Major: lambda major: TextbookVersion.objects.filter(textbook__majors=major),
        },
    )
)
register(
    SearchSource(
        kind="standard",
        label="课程标准",
        model=CourseStandard,
        queryset=_live_standards,
        to_document=_standard_document,
        children=_standard_parts,
        depends_on={
            Major: lambda major: major.standards.all(),
            StandardPage: lambda page: [page.standard],
        },
    )
)
register_kind("integrated_course", "一体化课程")
register_kind("learning_task", "学习任务")
register(
    SearchSource(
        kind="resource",
        label="教学资源",
        model=ResourceItem,
        queryset=_public_resources,
        to_document=_resource_document,
        depends_on={CourseStandard: _resources_of_standard},
    )
)
register(
    SearchSource(
        kind="policy",
        label="政策条文",
        model=PolicyArticle,
        queryset=lambda: PolicyArticle.objects.all(),
        to_document=_policy_document,
    )
)
