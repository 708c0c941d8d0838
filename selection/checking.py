"""Gathers ``rules.LineFacts`` for whole selections in a fixed number of queries (S3–S8).

Checking a school's full selection must not cost a query per line: the lines, their versions and
catalogue entries, the catalogue kinds available per course and the school's 一体化 pilots are each
read once, and ``selection.rules`` evaluates everything in Python.
"""

from collections import defaultdict
from dataclasses import dataclass

from selection import rules
from selection.models import IntegratedPilot, SelectionLine
from textbooks.models import CatalogueEntry
from textbooks.rules import selectable_filter


@dataclass(frozen=True)
class CheckedLine:
    line: SelectionLine
    verdicts: list

    @property
    def passes(self):
        return rules.line_passes(self.verdicts)

    @property
    def refusals(self):
        return rules.refusals(self.verdicts)

    @property
    def is_exception(self):
        return any(v.exception for v in self.verdicts)


def _line_queryset():
    return SelectionLine.objects.select_related(
        "course", "version__textbook", "version__publisher", "round__school", "round__major", "round__level"
    )


def round_lines(selection_round):
    return list(_line_queryset().filter(round=selection_round).order_by("course__code"))


def catalogue_kinds_by_version(version_ids):
    kinds = defaultdict(set)
    for pk, found in _catalogues_by_version(version_ids).items():
        kinds[pk] = {kind for kind, _ in found}
    return kinds


def _catalogues_by_version(version_ids):
    found = defaultdict(set)
    # .order_by(): the entries' default order (by title) would sort thousands of rows for nothing.
    for version_id, kind, province in CatalogueEntry.objects.filter(version_id__in=version_ids).order_by().values_list(
        "version_id", "catalogue__kind", "catalogue__province"
    ):
        found[version_id].add((kind, province))
    return found


def _available_by_course(course_ids, province):
    """Per course: catalogue kinds holding a selectable version, and whether a 一体化 one exists."""
    kinds = defaultdict(set)
    integrated = set()
    selectable = {f"version__{key}": value for key, value in selectable_filter().items()}
    rows = CatalogueEntry.objects.filter(version__textbook__courses__in=course_ids, **selectable).order_by().values_list(
        "version__textbook__courses", "catalogue__kind", "catalogue__province", "version__textbook__category"
    )
    for course_id, kind, catalogue_province, category in rows:
        if kind == rules.PROVINCIAL_PLANNED and catalogue_province != province:
            continue
        kinds[course_id].add(kind)
        if category == rules.INTEGRATED_TEXTBOOK:
            integrated.add(course_id)
    return kinds, integrated


def facts_for(lines):
    """``rules.LineFacts`` for ``lines`` (unsaved ones too), all of one school, in four queries."""
    if not lines:
        return []
    school = lines[0].round.school
    catalogues = _catalogues_by_version({line.version_id for line in lines})
    available, integrated = _available_by_course({line.course_id for line in lines}, school.province)
    pilot_majors = set(IntegratedPilot.objects.filter(school=school).values_list("major_id", flat=True))
    facts = []
    for line in lines:
        version, textbook = line.version, line.version.textbook
        facts.append(
            rules.LineFacts(
                course_name=line.course.name,
                course_category=line.course.category,
                textbook_title=textbook.title,
                textbook_category=textbook.category,
                status=version.status,
                altered=version.altered_at is not None,
                stopped=version.stopped_at is not None,
                catalogue_isbn=version.isbn,
                catalogue_edition=version.edition,
                line_isbn=line.isbn,
                line_edition=line.printed_edition,
                catalogues=frozenset(catalogues[line.version_id]),
                school_province=school.province,
                available_for_course=frozenset(available[line.course_id]),
                integrated_available=line.course_id in integrated,
                integrated_pilot=line.round.major_id in pilot_majors,
                exception_reason=line.exception_reason,
            )
        )
    return facts


def check_lines(lines):
    return [CheckedLine(line, rules.line_verdicts(f)) for line, f in zip(lines, facts_for(lines))]


def check_round(selection_round):
    """Every line of the round with its verdicts; a constant number of queries."""
    return check_lines(round_lines(selection_round))
