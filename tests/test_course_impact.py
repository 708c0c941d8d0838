"""When a course changes, its impact list names the textbooks serving it and the schools' selections of it."""

import pytest

from curriculum.impact import citations_for_courses
from selection.models import SelectionLine

pytestmark = pytest.mark.django_db


def test_impact_list_names_textbooks_and_school_selections_of_a_course(demo_world):
    from curriculum.demo import seed_standards
    from selection.demo import seed_selections
    from textbooks.demo import seed_textbooks

    seed_textbooks()
    seed_standards()
    seed_selections()
    line = SelectionLine.objects.select_related("course", "round__school", "version__textbook").first()

    citations = citations_for_courses([line.course])[line.course.code]

    textbooks = {c.title for c in citations if c.kind == "教材"}
    selections = [c for c in citations if c.kind == "选用结果"]
    assert line.version.textbook.title in textbooks
    assert any(line.round.school.name in c.title and c.url for c in selections)
    assert set(line.course.textbooks.values_list("title", flat=True)) == textbooks
