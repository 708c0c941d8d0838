"""Every curriculum rule (C1–C7, curriculum/rules.py): allowed and refused, and refused means nothing saved."""

import pytest
from django.core.exceptions import ValidationError

from curriculum import rules, services
from curriculum.document import WORK_PROCESS_STEPS
from curriculum.models import CourseStandard, StandardVersion
from tests.curriculum.admin_forms import admin_form_data

ALL_LEVELS = {"intermediate", "advanced", "technician"}


def test_the_demo_standard_passes_every_rule(cnc_doc):
    assert rules.standard_problems(cnc_doc, ALL_LEVELS) == []


def test_c1_learning_task_hours_must_add_up_to_baseline_hours(cnc_doc):
    course = cnc_doc.courses[0]
    assert rules.learning_task_hours_problems(course) == []
    course.learning_tasks[0].hours += 10
    [problem] = rules.learning_task_hours_problems(course)
    assert problem.startswith("C1") and "合计 250" in problem and "基准学时 240" in problem
    assert problem in rules.standard_problems(cnc_doc, ALL_LEVELS)


@pytest.mark.parametrize("process, final, allowed", [(60, 40, True), (100, 0, True), (60, 30, False), (70, 40, False)])
def test_c2_assessment_weights_must_add_up_to_100(cnc_doc, process, final, allowed):
    course = cnc_doc.courses[1]
    course.process_assessment_weight, course.final_assessment_weight = process, final
    problems = rules.assessment_weight_problems(course)
    assert (problems == []) is allowed
    if not allowed:
        assert problems[0].startswith("C2") and f"{process + final}%" in problems[0]


def test_c3_every_learning_task_covers_the_six_steps(cnc_doc):
    task = cnc_doc.courses[2].learning_tasks[1]
    assert rules.missing_work_steps(task) == []
    del task.steps["做出决策"]
    task.steps["检查控制"] = "  "
    assert rules.missing_work_steps(task) == ["做出决策", "检查控制"]
    [problem] = rules.work_step_problems(cnc_doc.courses[2])
    assert problem.startswith("C3") and task.code in problem and "做出决策、检查控制" in problem
    assert len(WORK_PROCESS_STEPS) == 6


def test_c4_every_course_maps_to_a_known_typical_work_task(cnc_doc):
    known = {task.code for task in cnc_doc.typical_work_tasks}
    course = cnc_doc.courses[3]
    assert rules.typical_work_task_problems(course, known) == []
    course.typical_work_task_codes = []
    assert rules.typical_work_task_problems(course, known)[0].startswith("C4")
    course.typical_work_task_codes = ["9999T99"]
    [problem] = rules.typical_work_task_problems(course, known)
    assert "9999T99" in problem and "不在典型工作任务表中" in problem


def test_c5_codes_are_unique(cnc_doc):
    assert rules.code_uniqueness_problems(cnc_doc) == []
    cnc_doc.courses[1].learning_tasks[0].code = cnc_doc.courses[0].learning_tasks[0].code
    cnc_doc.typical_work_tasks[1].code = cnc_doc.typical_work_tasks[0].code
    problems = rules.code_uniqueness_problems(cnc_doc)
    assert any("学习任务代码“0103Z01-1”重复" in p for p in problems)
    assert any("典型工作任务代码“0103ZT01”重复" in p for p in problems)
    assert all(p.startswith("C5") for p in problems)


def test_c5_an_integrated_course_may_not_take_a_catalogue_code_of_another_kind(cnc_doc):
    assert rules.catalogue_code_problems(cnc_doc, {"GG001": "思想政治"}) == []
    cnc_doc.courses[0].code = "GG001"
    [problem] = rules.catalogue_code_problems(cnc_doc, {"GG001": "思想政治"})
    assert problem.startswith("C5") and "思想政治" in problem
    assert problem in rules.standard_problems(cnc_doc, ALL_LEVELS, {"GG001": "思想政治"})


def test_c6_the_level_must_be_offered_by_the_major(cnc_doc):
    assert rules.level_problems("intermediate", {"intermediate", "advanced"}) == []
    [problem] = rules.level_problems("technician", {"intermediate", "advanced"})
    assert problem.startswith("C6") and "预备技师（技师）" in problem


def test_c7_one_chief_editor(cnc_doc):
    assert rules.chief_editor_problems(1, for_submission=True) == []
    assert rules.chief_editor_problems(0, for_submission=False) == []
    assert rules.chief_editor_problems(0, for_submission=True)[0].startswith("C7（第十四条）")
    assert rules.chief_editor_problems(2, for_submission=False)[0].startswith("C7（第十四条）")


def test_c8_versions_have_their_own_label_and_an_effective_term():
    assert rules.version_problems("2026版", "2026-2027学年第一学期", {"2024版"}) == []
    assert rules.version_problems("2024版", "2026-2027学年第一学期", {"2024版"})[0].startswith("C8")
    assert rules.version_problems("2026版", " ", set())[0].startswith("C8")


# ------------------------------------------------------------------ through services and models


@pytest.fixture
def draft(demo_world):
    from curriculum.demo import build_document
    from curriculum.models import Major
    from directory.models import Organisation

    major = Major.objects.get(code="0201")
    standard = CourseStandard(compiling_unit=Organisation.objects.get(name="广州市工贸技师学院"))
    standard.apply_document(build_document(major, "intermediate"))
    return standard


def test_a_valid_standard_is_saved_as_a_draft_revision(draft):
    revision = services.save_draft(draft, None)
    assert CourseStandard.objects.get().live is False
    assert revision.as_object().to_document() == draft.to_document()


def _with_chief_editor(standard):
    from curriculum.models import AuthorRole, StandardAuthorship
    from directory.models import Person

    StandardAuthorship.objects.create(standard=standard, person=Person.objects.first(), role=AuthorRole.CHIEF_EDITOR)
    return services.save_draft(standard, None)


def test_a_draft_breaking_c1_and_c2_is_saved_and_refused_at_submission(draft):
    """Draft first (issue 16): the rules are enforced when the draft goes to review."""
    doc = draft.to_document()
    doc.courses[0].learning_tasks[0].hours = 1
    doc.courses[1].final_assessment_weight = 10
    draft.apply_document(doc)
    services.save_draft(draft, None)
    _with_chief_editor(draft)
    with pytest.raises(ValidationError) as error:
        services.submit_for_review(draft, None)
    assert any(m.startswith("C1") for m in error.value.messages)
    assert any(m.startswith("C2") for m in error.value.messages)
    assert not StandardVersion.objects.exists()


def test_a_draft_with_a_malformed_code_is_refused_on_save(draft):
    doc = draft.to_document()
    doc.courses[0].learning_tasks[0].code = "第一个任务"
    draft.apply_document(doc)
    with pytest.raises(ValidationError, match="学习任务的代码“第一个任务”格式不正确"):
        services.save_draft(draft, None)
    assert not CourseStandard.objects.exists()


def test_a_level_the_major_does_not_offer_is_refused_at_submission(demo_world, cnc_doc):
    from curriculum.models import Major, TrainingLevel
    from directory.models import Organisation

    major = Major.objects.get(code="0203")  # 电子技术应用: 中级、高级 only
    cnc_doc.major_code, cnc_doc.level = major.code, "technician"
    standard = CourseStandard(compiling_unit=Organisation.objects.get(name="重庆市工业技师学院"))
    standard.apply_document(cnc_doc)
    assert standard.level == TrainingLevel.objects.get(code="technician")
    services.save_draft(standard, None)
    checklist = dict((rule, problems) for rule, _, problems in services.checklist_for(standard))
    assert checklist["C6"] and checklist["C1"] == []
    with pytest.raises(ValidationError, match="C6"):
        services.submit_for_review(standard, None)
    assert not StandardVersion.objects.exists()


def test_submitting_without_a_chief_editor_is_refused(draft):
    services.save_draft(draft, None)
    with pytest.raises(ValidationError, match="C7"):
        services.submit_for_review(draft, None)
    assert not StandardVersion.objects.exists()


def test_a_standard_without_public_page_can_be_deleted_with_its_versions(demo_world):
    from curriculum.demo import build_document
    from curriculum.models import AuthorRole, Major, StandardAuthorship
    from directory.models import Organisation

    unit = Organisation.objects.get(name="广州市工贸技师学院")
    standard = CourseStandard(compiling_unit=unit)
    standard.apply_document(build_document(Major.objects.get(code="0201"), "advanced"))
    standard.authorships.add(StandardAuthorship(person=unit.staff.first(), role=AuthorRole.CHIEF_EDITOR))
    services.save_draft(standard, None)
    services.submit_for_review(standard, None)
    standard.delete()
    assert not CourseStandard.objects.exists() and not StandardVersion.objects.exists()


def test_the_admin_saves_a_draft_breaking_a_rule_and_the_checklist_names_it(curriculum_world, client, login):
    login("admin")
    standard = CourseStandard.objects.get(major__code="0401", level__code="intermediate")
    response = client.get(f"/admin/curriculum/standards/edit/{standard.pk}/")
    data = admin_form_data(response.context["form"])
    data["courses-0-value-process_assessment_weight"] = "55"
    before = standard.revisions.count()
    client.post(f"/admin/curriculum/standards/edit/{standard.pk}/", data)
    assert standard.revisions.count() == before + 1
    html = client.get(f"/admin/curriculum/standards/versions/{standard.pk}/").content.decode()
    assert "提交审核前的检查" in html and "C2（考核与评价）" in html
    response = client.post(f"/admin/curriculum/standards/submit/{standard.pk}/", follow=True)
    assert "C2（考核与评价）" in response.content.decode()


def test_a_course_code_of_a_public_course_is_refused_at_submission(draft):
    doc = draft.to_document()
    doc.courses[0].code = "GG001"  # 思想政治 in the catalogue (demo_world)
    draft.apply_document(doc)
    services.save_draft(draft, None)
    _with_chief_editor(draft)
    with pytest.raises(ValidationError, match="C5.*思想政治"):
        services.submit_for_review(draft, None)
    assert not StandardVersion.objects.exists()


# --- C3 merged step labels, C1 course plan at submission (issue 14) ---------------------------------


def test_c3_a_merged_plan_and_decision_step_covers_both_steps(cnc_doc):
    task = cnc_doc.courses[0].learning_tasks[0]
    task.steps["制定计划"] = ""
    task.steps["做出决策"] = "计划与决策：各小组制定零件车削加工方案，经教师审核后确定加工工艺。"
    assert rules.missing_work_steps(task) == []
    assert rules.work_step_problems(cnc_doc.courses[0]) == []


def test_c3_an_empty_step_without_a_merged_label_is_still_refused(cnc_doc):
    task = cnc_doc.courses[0].learning_tasks[0]
    task.steps["制定计划"] = ""
    task.steps["做出决策"] = "各小组讨论确定加工工艺。"
    assert rules.missing_work_steps(task) == ["制定计划"]
    assert "C3（完整的工作过程）" in rules.work_step_problems(cnc_doc.courses[0])[0]


def test_c1_the_course_plan_hours_must_match_the_baseline_hours_at_submission(cnc_doc):
    assert rules.plan_hours_problems(cnc_doc) == []
    row = cnc_doc.course_plan[0]
    row.hours_per_term = [*row.hours_per_term[:-1], row.hours_per_term[-1] + 12]
    problems = rules.plan_hours_problems(cnc_doc)
    assert len(problems) == 1 and problems[0].startswith("C1（课程安排）") and row.course_code in problems[0]
