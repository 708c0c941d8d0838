"""The pure textbook rules: each decision allowed and refused, messages citing rule and article."""

import datetime
from types import SimpleNamespace

import pytest

from textbooks import rules


@pytest.mark.parametrize("isbn", ["9787516712344", "978-7-5167-1234-4", "979-1-0000-0000-8", "978-7-302-12345-3"])
def test_valid_isbn13_is_accepted(isbn):
    assert rules.isbn13_problem(isbn) is None


@pytest.mark.parametrize(
    "isbn, reason",
    [
        ("9787516712343", "校验位错误（应为 4）"),
        ("978751671234", "13 位数字"),
        ("97875167123X3", "13 位数字"),
        ("9777516712343", "978 或 979"),
    ],
)
def test_invalid_isbn13_is_refused_with_the_reason(isbn, reason):
    assert reason in rules.isbn13_problem(isbn)


def qualification(**overrides):
    values = dict(
        registered_in_prc=True,
        independent_legal_person=True,
        legal_representative_nationality="中国",
        has_compiling_team=True,
        has_service_team=True,
        has_funding=True,
        national_lead_basis="",
        organisation_kind="school",
    )
    values.update(overrides)
    return rules.UnitQualification(**values)


def test_qualified_unit_leads_provincial_and_non_planned_but_national_needs_art_12_5():
    assert rules.eligible_planning_levels(qualification()) == ["provincial", "non_planned"]
    assert rules.eligible_planning_levels(qualification(national_lead_basis="high_quality_school")) == [
        "national", "provincial", "non_planned",
    ]


def test_unit_with_foreign_legal_representative_or_no_team_may_compile_nothing():
    assert rules.eligible_planning_levels(qualification(legal_representative_nationality="美国")) == []
    problems = rules.unit_qualification_problems(qualification(has_compiling_team=False))
    assert problems == ["第十二条第（二）项：须有熟悉相关学科专业教材编写工作的专业团队。"]


def test_a_publisher_leads_national_textbooks_only_as_a_specialist_publisher():
    general = qualification(organisation_kind="publisher", national_lead_basis="leading_enterprise")
    specialist = qualification(organisation_kind="publisher", national_lead_basis="specialist_publisher")
    assert "national" not in rules.eligible_planning_levels(general)
    assert "national" in rules.eligible_planning_levels(specialist)


def publisher(penalty_dates, today=datetime.date(2026, 11, 23)):
    return rules.publisher_qualification_problems(
        has_qualified_editors=True,
        has_service_capacity=True,
        has_adequate_capital=True,
        penalty_dates=penalty_dates,
        today=today,
    )


def test_publisher_penalised_within_five_years_is_not_qualified_but_older_penalties_lapse():
    assert publisher([datetime.date(2020, 6, 1)]) == []
    assert publisher([datetime.date(2020, 6, 1), datetime.date(2023, 3, 15)]) == [
        "第二十四条第（四）项：最近 5 年内受到出版主管部门处罚（2023-03-15）。"
    ]


def test_r7_keeps_the_approved_chief_editor_unless_a_change_was_approved():
    assert rules.r7_chief_editor_change_refusal(set(), 2, set()) is None  # never approved
    assert rules.r7_chief_editor_change_refusal({1}, 1, set()) is None  # same chief editor
    assert rules.r7_chief_editor_change_refusal({1}, 2, {2}) is None  # approved change request
    refusal = rules.r7_chief_editor_change_refusal({1}, 2, set())
    assert refusal.startswith("R7（第十四条）")


def test_r8_finds_other_textbooks_of_the_same_course_only():
    editorships = [(1, "数控车床编程与操作", {10}), (2, "数控车削加工技术", {10, 11}), (3, "焊接工艺", {12})]
    assert rules.r8_conflicting_titles(1, [10], editorships) == ["数控车削加工技术"]
    assert rules.r8_conflicting_titles(1, [13], editorships) == []
    refusal = rules.r8_refusal("陈立新", ["数控车削加工技术"])
    assert refusal == "R8（第十三条）：同一课程不同版本教材不能由同一人担任主编——陈立新已是《数控车削加工技术》的主编。"
    assert rules.r8_refusal("陈立新", []) is None


@pytest.mark.parametrize(
    "category, course_categories, topics, strong",
    [
        ("professional", ["professional"], set(), False),
        ("public_basic", ["unified_public"], set(), True),  # 语文
        ("professional", ["professional"], {"religion"}, True),
        ("unified", [], set(), True),
    ],
)
def test_ideologically_strong_textbooks_are_recognised(category, course_categories, topics, strong):
    assert rules.is_ideologically_strong(category, course_categories, topics) is strong


def test_r10_allows_only_the_national_unified_route():
    assert rules.r10_refusal(ideologically_strong=False, category="professional", planning_level="provincial", unit_authorised=False) is None
    assert rules.r10_refusal(ideologically_strong=True, category="unified", planning_level="national", unit_authorised=True) is None
    for planning_level, unit_authorised, category in [
        ("national", False, "unified"),
        ("provincial", True, "unified"),
        ("national", True, "public_basic"),
    ]:
        refusal = rules.r10_refusal(
            ideologically_strong=True, category=category, planning_level=planning_level, unit_authorised=unit_authorised
        )
        assert refusal.startswith("R10（第四条、第三十六条第（五）项）")


def test_r11_allows_national_planned_wording_and_a_provincial_textbook_naming_its_province():
    assert rules.r11_findings("national", "", {"书名": "全国技工教育规划教材 数控车床编程"}, True) == []
    assert rules.r11_findings("provincial", "广东省", {"丛书名": "广东省技工教育规划教材"}, False) == []
    assert rules.r11_findings("non_planned", "", {"书名": "汽车发动机构造与维修"}, False) == []


@pytest.mark.parametrize(
    "planning_level, province, texts, mark, expected",
    [
        ("non_planned", "", {"书名": "汽车维修（规划教材）"}, False, "书名中含有标注主体或范围不明确的“规划教材”字样"),
        ("non_planned", "", {"丛书名": "国家级精品教材"}, False, "丛书名中擅自标注“国家”字样"),
        ("provincial", "广东省", {"书名": "全国通用电工基础"}, False, "书名中擅自标注“全国”字样"),
        ("provincial", "广东省", {"丛书名": "技工教育规划教材"}, False, "范围不明确的“规划教材”"),
        ("non_planned", "", {"书名": "焊接工艺"}, True, "不得使用全国技工教育规划教材标识"),
    ],
)
def test_r11_refuses_misleading_marks_and_wording(planning_level, province, texts, mark, expected):
    findings = rules.r11_findings(planning_level, province, texts, mark)
    assert findings and all(f.startswith("R11（第三十六条第（六）项）") for f in findings)
    assert any(expected in f for f in findings)


def test_revision_is_due_one_schooling_cycle_after_publication():
    assert rules.revision_due_on(datetime.date(2021, 9, 1), 3) == datetime.date(2024, 9, 1)
    assert rules.revision_due_on(datetime.date(2020, 2, 29), 3) == datetime.date(2023, 2, 28)
    assert rules.revision_due_on(None, 3) is None
    today = datetime.date(2026, 11, 23)
    assert rules.is_revision_overdue(datetime.date(2024, 9, 1), today, has_newer_edition=False)
    assert not rules.is_revision_overdue(datetime.date(2024, 9, 1), today, has_newer_edition=True)
    assert not rules.is_revision_overdue(datetime.date(2027, 9, 1), today, has_newer_edition=False)


def test_planned_textbooks_enter_the_information_library_automatically_non_planned_only_after_review():
    assert rules.may_enter_information_library("national", has_passed_review=False)
    assert rules.may_enter_information_library("provincial", has_passed_review=False)
    assert not rules.may_enter_information_library("non_planned", has_passed_review=False)
    assert rules.may_enter_information_library("non_planned", has_passed_review=True)


def test_catalogues_an_approved_version_enters():
    assert rules.catalogues_on_approval("professional", "national", "", True) == [
        ("national_planned", ""), ("information_library", ""),
    ]
    assert rules.catalogues_on_approval("vocational_training", "national", "", True) == [
        ("vocational_training", ""), ("information_library", ""),
    ]
    assert rules.catalogues_on_approval("professional", "provincial", "广东省", True) == [
        ("provincial_planned", "广东省"), ("information_library", ""),
    ]
    assert rules.catalogues_on_approval("school_based", "non_planned", "", False) == []


def test_manual_catalogue_admission():
    common = dict(catalogue_province="", province="", approved=True, has_passed_review=True)
    assert rules.catalogue_admission_problem(
        catalogue_kind="skills_upgrading", category="job_training", planning_level="national", **common
    ) is None
    assert "职业培训" in rules.catalogue_admission_problem(
        catalogue_kind="skills_upgrading", category="professional", planning_level="national", **common
    )
    assert "全国规划" in rules.catalogue_admission_problem(
        catalogue_kind="national_planned", category="professional", planning_level="non_planned", **common
    )


def test_s6_only_approved_unaltered_unstopped_versions_are_selectable():
    def version(status="approved", altered_at=None, stopped_at=None):
        return SimpleNamespace(status=status, altered_at=altered_at, stopped_at=stopped_at)

    now = datetime.datetime(2026, 11, 23, 10, 0)
    assert rules.is_selectable(version())
    assert not rules.is_selectable(version(altered_at=now))
    assert not rules.is_selectable(version(stopped_at=now))
    for status in ("draft", "submitted", "rejected", "superseded"):
        assert not rules.is_selectable(version(status=status))


def test_fingerprint_changes_with_metadata_or_file_bytes_but_not_with_order():
    base = rules.fingerprint({"title": "焊接工艺", "price": "32.00"}, [["manuscript", "aa"], ["cover", "bb"]])
    assert base == rules.fingerprint({"price": "32.00", "title": "焊接工艺"}, [["cover", "bb"], ["manuscript", "aa"]])
    assert base != rules.fingerprint({"title": "焊接工艺", "price": "33.00"}, [["manuscript", "aa"], ["cover", "bb"]])
    assert base != rules.fingerprint({"title": "焊接工艺", "price": "32.00"}, [["manuscript", "ab"], ["cover", "bb"]])


def test_edition_labels_are_chinese():
    assert rules.edition_label(3) == "第三版"
    assert rules.edition_label(12) == "第十二版"
    assert rules.edition_label(2, 1) == "第二版·第1次变更"


def test_author_and_chief_editor_conditions():
    assert rules.author_problems("陈立新", "associate_senior", True, True) == []
    assert rules.author_problems("李晓东", "intermediate", True, False) == []
    assert rules.author_problems("李晓东", "intermediate", True, True) == [
        "第十四条：主编李晓东一般应具有高级专业技术职务（职业资格、职业技能等级）。"
    ]
    assert "党组织" in rules.author_problems("王芳", "senior", False, False)[0]
    assert rules.missing_team_groups(["teacher", "subject_expert"]) == ["行业企业专业技术人员或高技能人才"]


def test_only_a_pending_change_request_may_be_edited():
    assert rules.change_request_edit_refusal(None) is None  # a new request
    assert rules.change_request_edit_refusal("pending") is None
    for decided in ("approved", "rejected"):
        assert rules.change_request_edit_refusal(decided) == "变更申请已处理，不能再修改。"
