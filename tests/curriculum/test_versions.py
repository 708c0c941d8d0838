"""Versions of a course standard: revisions, published versions with effective terms, structured
diff, DOCX export of any version, the impact list and the reviewable interface."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from curriculum import impact, services
from curriculum.diff import ADDED, CHANGED, REMOVED, SAME, compare_standards
from curriculum.docx_io import import_standard
from curriculum.models import Course, CourseStandard, ResourceItem, StandardVersion, VersionStatus
from review import events
from review.reviewable import PlanningLevel, Reviewable

pytestmark = pytest.mark.django_db


@pytest.fixture
def cnc(curriculum_world):
    return CourseStandard.objects.get(major__code="0103", level__code="intermediate")


def two_versions(standard):
    old, new = standard.versions.order_by("revision_id")
    return old, new


def test_published_versions_carry_their_effective_term(cnc):
    old, new = two_versions(cnc)
    assert (old.version_label, old.effective_term, old.status) == ("2024版", "2024-2025学年第一学期", VersionStatus.PUBLISHED)
    assert (new.version_label, new.effective_term) == ("2026版", "2026-2027学年第一学期")
    assert cnc.live_revision_id == new.revision_id
    # every version is a full snapshot: the old one still reads as it was published
    assert len(old.snapshot().to_document().courses[0].learning_tasks) == 3
    assert len(cnc.to_document().courses[0].learning_tasks) == 4


def test_publishing_makes_each_integrated_course_a_catalogue_course(cnc):
    course = Course.objects.get(code="0103Z01")
    assert course.name == "数控车床零件加工"
    assert course.category == "integrated"
    assert course.majors.filter(code="0103").exists()


def test_diff_compares_task_lists_and_hour_tables_as_tables(cnc):
    old, new = two_versions(cnc)
    diff = compare_standards(old.snapshot().to_document(), new.snapshot().to_document())
    plan = {row.key: row for row in diff.course_plan.rows}
    assert plan["0103Z01"].status == CHANGED
    changed_columns = [diff.course_plan.columns[i] for i in sorted(plan["0103Z01"].changed_columns)]
    assert changed_columns == ["第1学期", "第2学期", "合计"]
    assert plan["0103Z02"].status == SAME
    course = next(c for c in diff.courses if c.code == "0103Z01")
    tasks = {row.key: row.status for row in course.learning_tasks.rows}
    assert tasks == {"0103Z01-1": SAME, "0103Z01-2": SAME, "0103Z01-3": SAME, "0103Z01-4": ADDED}
    assert diff.changed_course_codes() == ["0103Z01"]
    assert {f.label for f in diff.fields} >= {"版本", "生效学期"}


def test_diff_reports_removed_and_changed_rows(cnc_doc):
    new = compare_standards(cnc_doc, cnc_doc)
    assert not new.changed
    import copy

    edited = copy.deepcopy(cnc_doc)
    del edited.courses[3]
    edited.courses[0].learning_tasks[0].name = "阶梯轴零件数控车削加工"
    diff = compare_standards(cnc_doc, edited)
    overview = {row.key: row.status for row in diff.courses_overview.rows}
    assert overview["0103Z04"] == REMOVED
    task_row = next(r for r in diff.courses[0].learning_tasks.rows if r.key == "0103Z01-1")
    assert task_row.status == CHANGED and task_row.changed_columns == {1}


def test_the_admin_shows_the_diff_side_by_side_with_the_impact_list(cnc, client, login):
    login("admin")
    old, new = two_versions(cnc)
    response = client.get(
        f"/admin/curriculum/standards/compare/{cnc.pk}/", {"from": old.revision_id, "to": new.revision_id}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "课程安排（各学期学时）" in html and "新增" in html and "数控车床零件加工综合训练" in html
    assert "影响范围" in html and "数控车床零件加工工作页" in html  # a resource package item cites the course


def test_versions_page_lists_every_revision(cnc, client, login):
    login("admin")
    html = client.get(f"/admin/curriculum/standards/versions/{cnc.pk}/").content.decode()
    assert "2024版" in html and "2026版" in html and html.count("导出 DOCX") == cnc.revisions.count()


def test_the_versions_page_shows_what_a_pending_revision_affects(cnc, client, login):
    login("admin")
    page = f"/admin/curriculum/standards/versions/{cnc.pk}/"
    assert "待提交修订的影响范围" not in client.get(page).content.decode()  # latest revision is live
    cnc.courses[0].value["learning_tasks"][0]["hours"] += 4
    cnc.courses[0].value["baseline_hours"] += 4
    services.save_draft(cnc, None)
    html = client.get(page).content.decode()
    code = cnc.courses[0].value["code"]
    assert "待提交修订的影响范围" in html and f"课程 {code}" in html
    assert "数控车床零件加工工作页" in html


def test_any_version_exports_to_docx_that_imports_back_equal(cnc, client, login):
    login("admin")
    old, _ = two_versions(cnc)
    response = client.get(f"/admin/curriculum/standards/export/{cnc.pk}/{old.revision_id}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    assert import_standard(response.content, "x.docx").document == old.snapshot().to_document()


def test_other_apps_can_register_citations_of_a_course(cnc):
    def selections(courses):
        for course in courses:
            yield course.pk, impact.Citation("选用结果", f"{course.name} 2026 年秋季选用")

    impact.register_citation_source(selections)
    try:
        citations = impact.citations_for_codes(["0103Z02"])["0103Z02"]
    finally:
        impact._SOURCES.remove(selections)
    kinds = {c.kind for c in citations}
    assert "选用结果" in kinds and any(k.startswith("教学资源") for k in kinds)


def test_impact_lookup_takes_the_same_queries_for_one_course_or_many(cnc):
    codes = list(Course.objects.filter(category="integrated").values_list("code", flat=True))
    with CaptureQueriesContext(connection) as one:
        impact.citations_for_codes(codes[:1])
    with CaptureQueriesContext(connection) as all_courses:
        many = impact.citations_for_codes(codes)
    assert len(all_courses.captured_queries) == len(one.captured_queries)
    assert len(many) == 24 and all(many.values())


def new_draft(standard, label="2027版", term="2027-2028学年第一学期"):
    standard.version_label, standard.effective_term = label, term
    services.save_draft(standard, None)


def test_a_version_is_reviewable_like_a_textbook(cnc):
    new_draft(cnc)
    version = services.submit_for_review(cnc, None)
    assert isinstance(version, Reviewable)
    assert version.status == VersionStatus.IN_REVIEW
    assert version.review_kind_label == "课程标准"
    assert version.review_planning_level() == PlanningLevel.NATIONAL and version.review_province() == ""
    people = version.review_people()
    assert people.chief_editor.name == "刘建国"
    assert {p.name for p in people.authors} == {"刘建国", "陈立新", "王海燕"}
    assert people.compiling_unit.name == "重庆市工业技师学院"
    title = version.review_title()
    assert "重庆" not in title and "刘建国" not in title
    assert "编写单位" not in version.review_metadata()
    [file] = version.review_files()
    assert file.kind == "课程标准"
    assert import_standard(file.content, "a.docx").document == version.snapshot().to_document()


def test_passing_review_publishes_the_reviewed_version(cnc):
    new_draft(cnc)
    version = services.submit_for_review(cnc, None)
    events.review_passed.send(sender=type(version), item=version, user=None)  # what review.services.approve announces
    version.refresh_from_db()
    cnc.refresh_from_db()
    assert version.status == VersionStatus.PUBLISHED and version.published_at
    assert cnc.live_revision_id == version.revision_id and cnc.version_label == "2027版"
    assert StandardVersion.objects.filter(standard=cnc, status=VersionStatus.PUBLISHED).count() == 3


def test_resource_items_cite_the_stable_course(cnc):
    assert ResourceItem.objects.filter(course__code="0103Z01").count() == 3


def test_the_edit_page_links_to_versions_diff_and_export(cnc, client, login):
    login("admin")
    html = client.get(f"/admin/curriculum/standards/edit/{cnc.pk}/").content.decode()
    assert f"/admin/curriculum/standards/versions/{cnc.pk}/" in html and "版本、对比与导出" in html


def test_c8_a_submitted_version_needs_a_new_label(cnc):
    new_draft(cnc, label="2024版")
    with pytest.raises(ValidationError, match="C8.*“2024版”已发布过"):
        services.submit_for_review(cnc, None)
    assert not cnc.versions.filter(status=VersionStatus.IN_REVIEW).exists()


def test_submitting_from_the_versions_page(cnc, client, login):
    login("author")
    new_draft(cnc)
    response = client.post(f"/admin/curriculum/standards/submit/{cnc.pk}/", follow=True)
    assert "已提交审核：2027版" in response.content.decode()
    assert cnc.versions.get(status=VersionStatus.IN_REVIEW).revision_id == cnc.latest_revision_id


def test_the_course_admin_lists_what_cites_the_course(cnc, client, login):
    login("hrss")
    course = Course.objects.get(code="0103Z03")
    html = client.get(f"/admin/courses/inspect/{course.pk}/").content.decode()
    assert "影响范围" in html and "零件手工编程与仿真加工工作页" in html and "已发布课程标准" in html
