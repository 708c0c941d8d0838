"""DOCX export/import of 工学一体化 course standards (no Django needed)."""

from __future__ import annotations

import dataclasses
import io
import os
import random
import re
import struct
import tracemalloc
import zipfile

import pytest

from curriculum import docx_io, rules
from curriculum.document import (
    TRAINING_LEVELS,
    WORK_PROCESS_STEPS,
    CourseDoc,
    CoursePlanRow,
    LearningTaskDoc,
    StandardDoc,
    TypicalWorkTaskDoc,
    normalize_line,
)
from curriculum.docx_io import (
    STATUS_MISSING,
    STATUS_PARTIAL,
    STATUS_RECOGNISED,
    DocxImportError,
    export_standard,
    import_standard,
    inspect_docx_package,
)
from tests.curriculum.docx_factories import (
    build_zip,
    cnc_standard,
    hand_written_docx,
    rewrite_docx,
    zip_members,
)

TOP_HEADINGS = ["一、专业信息", "二、培养目标", "三、课程安排", "四、课程规范", "五、典型工作任务", "六、实施建议", "七、考核与评价"]
COURSE_HEADINGS = ["基准学时", "对应典型工作任务", "典型工作任务描述", "工作内容分析", "课程目标", "学习内容", "参考性学习任务", "教学实施建议", "教学考核要求"]


@pytest.fixture(scope="module")
def standard() -> StandardDoc:
    return cnc_standard()


@pytest.fixture(scope="module")
def exported(standard) -> bytes:
    return export_standard(standard)


@pytest.fixture(scope="module")
def word(exported):
    from docx import Document

    return Document(io.BytesIO(exported))


def report_of(result_or_error) -> dict[str, tuple[str, str]]:
    return {entry.name: (entry.status, entry.detail) for entry in result_or_error.report}


# ---------------------------------------------------------------------------
# The sample itself
# ---------------------------------------------------------------------------


def test_sample_standard_is_valid_and_consistent(standard):
    assert standard.structure_problems() == []
    assert rules.import_warnings(standard) == []
    assert len(standard.courses) == 4 and standard.learning_task_count() == 13


def test_import_warnings_name_the_curriculum_rule_in_chinese(standard):
    broken = dataclasses.replace(
        standard,
        courses=[dataclasses.replace(standard.courses[0], baseline_hours=100, final_assessment_weight=30)],
    )
    problems = rules.import_warnings(broken)
    assert "C1（一体化课程规范）：课程“0203-01 数控车床零件加工”的参考性学习任务学时合计 120，与基准学时 100 不一致。" in problems
    assert "C2（考核与评价）：课程“0203-01 数控车床零件加工”的过程性考核与终结性考核权重合计 90%，应为 100%。" in problems
    assert any(p.startswith("C1（课程安排）") and "各学期学时合计 120" in p for p in problems)


def test_structure_problems_name_what_cannot_be_written(standard):
    broken = dataclasses.replace(standard, level="senior", major_name=" 数控加工 ", courses=[])
    problems = broken.structure_problems()
    assert any(p.startswith("培养层级“senior”无效") for p in problems)
    assert "专业名称必须是单行文字，且首尾不能有空白" in problems
    assert "课程规范中至少需要一门课程" in problems


# ---------------------------------------------------------------------------
# Export: what a teacher sees in Word
# ---------------------------------------------------------------------------


def paragraphs_with_style(word, style_name: str) -> list[str]:
    return [p.text for p in word.paragraphs if p.style.name == style_name]


def test_export_has_title_and_national_section_order(word, standard):
    assert paragraphs_with_style(word, "Title") == [standard.title]
    assert paragraphs_with_style(word, "Heading 1") == TOP_HEADINGS
    assert paragraphs_with_style(word, "Heading 2") == [
        "0203-01 数控车床零件加工",
        "0203-02 数控铣床零件加工",
        "0203-03 加工中心零件加工",
        "0203-04 CAD/CAM零件编程与加工",
    ]
    assert paragraphs_with_style(word, "Heading 3") == COURSE_HEADINGS * 4


def test_export_is_a4_with_page_numbers_and_chinese_fonts(word, exported):
    section = word.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml and "fldChar" in footer_xml
    styles_xml = zip_members(exported)["word/styles.xml"].decode("utf-8")
    for style_id, font in (("Normal", "宋体"), ("Heading1", "黑体"), ("Heading2", "黑体"), ("Title", "黑体")):
        style = re.search(rf'w:styleId="{style_id}".*?</w:style>', styles_xml, re.S).group(0)
        assert f'w:eastAsia="{font}"' in style
        assert "eastAsiaTheme" not in style  # a theme font would override 宋体/黑体


def test_export_course_plan_is_an_hours_table(word, standard):
    plan = word.tables[1]
    header = [cell.text for cell in plan.rows[0].cells]
    assert header == ["课程代码", "课程名称", "第1学期", "第2学期", "第3学期", "第4学期", "第5学期", "第6学期", "合计"]
    rows = {row.cells[0].text: [cell.text for cell in row.cells] for row in plan.rows[1:]}
    assert rows["0203-01"] == ["0203-01", "数控车床零件加工", "0", "120", "0", "0", "0", "0", "120"]
    assert rows["合计"][-1] == str(sum(row.total_hours for row in standard.course_plan))


def test_export_learning_tasks_with_six_step_tables(word):
    task_table = word.tables[3]  # 专业信息, 课程安排, 工作内容分析, then 参考性学习任务
    assert [c.text for c in task_table.rows[0].cells] == ["序号", "代码", "学习任务名称", "学时", "学习任务描述"]
    assert [c.text for c in task_table.rows[1].cells][:4] == ["1", "0203-01-01", "阶梯轴的数控车削加工", "30"]
    assert [c.text for c in task_table.rows[-1].cells][:4] == ["合计", "", "", "120"]
    steps = word.tables[4]
    assert [row.cells[0].text for row in steps.rows] == ["工作环节", *WORK_PROCESS_STEPS]
    assert "阶梯轴的数控车削加工" in steps.rows[1].cells[1].text
    assessment = word.tables[3 + 1 + 4]
    assert [c.text for c in assessment.rows[0].cells] == ["考核类型", "权重（%）", "说明"]
    assert [c.text for c in assessment.rows[1].cells][:2] == ["过程性考核", "60"]


# ---------------------------------------------------------------------------
# Round trip
# ---------------------------------------------------------------------------


def test_round_trip_of_the_sample(exported, standard):
    result = import_standard(exported, "数控加工课程标准.docx")
    assert result.document == standard
    assert result.warnings == []


def test_round_trip_report_counts_what_was_recognised(exported):
    report = report_of(import_standard(exported, "数控加工课程标准.docx"))
    assert report["课程规范"] == (STATUS_RECOGNISED, "识别课程 4 门、学习任务 13 个")
    assert report["专业信息"] == (STATUS_RECOGNISED, "专业编码 0203，专业名称 数控加工，培养层级 高级技能")
    assert report["课程安排"] == (STATUS_RECOGNISED, "识别课程 10 门，共 6 个学期，合计 1620 学时")
    assert report["典型工作任务"] == (STATUS_RECOGNISED, "识别典型工作任务 6 个")
    assert report["课程 0203-01 数控车床零件加工"] == (STATUS_RECOGNISED, "基准学时 120，学习任务 4 个")
    assert all(status == STATUS_RECOGNISED for status, _ in report.values())


TRICKY_PARAGRAPHS = [
    "二、培养目标",  # body text that looks like a heading must stay body text
    "课程目标",
    "1. 专业信息",
    "0203-01 数控车床零件加工",
    "基准学时：120学时",
    "合计",
    "工作对象：零件",
    "学习任务 0203-01-01 阶梯轴：工作与学习过程",
    "获取信息",
    "（一）知识目标",
    "说明｜含全角符号％与“引号”",
    "Ra1.6 μm，IT7 级",
]


def _edge_case_standard() -> StandardDoc:
    """Names that equal section titles, digit-only codes, empty sections."""
    course = CourseDoc(
        code="12",
        name="课程安排",  # heading “12 课程安排” is a course, not section 三
        baseline_hours=0,
        typical_work_task_codes=["T9", "T1"],
        task_description="\n".join(TRICKY_PARAGRAPHS),
        work_objects="工作方法",  # a value equal to another label
        process_assessment_weight=100,
        process_assessment="过程性考核",
        learning_tasks=[
            LearningTaskDoc("1", "合计", 0, "", {s: "" for s in WORK_PROCESS_STEPS}),
            LearningTaskDoc("1", "同代码（括号）任务）", 4, "评价反馈", {s: s for s in WORK_PROCESS_STEPS}),
        ],
    )
    second = CourseDoc(code="A.1/b-2", name="学习内容", baseline_hours=8, teaching_advice="实施建议")
    return StandardDoc(
        major_code="0203",
        major_name="课程规范",
        level="technician",
        title="考核与评价",
        version_label="",
        effective_term="",
        course_plan=[CoursePlanRow("1", "1", [1])],
        typical_work_tasks=[TypicalWorkTaskDoc("T1", "名称（含括号）与、顿号", "")],
        courses=[course, second],
    )


def test_round_trip_of_edge_cases():
    doc = _edge_case_standard()
    assert doc.structure_problems() == []
    assert import_standard(export_standard(doc), "edge.docx").document == doc


def _random_text(rng: random.Random, lines: int = 4) -> str:
    """Paragraphs mixing Chinese, ASCII, full-width punctuation and heading look-alikes."""
    pool = "数控车床零件加工阶梯轴螺纹套盘铣削型腔孔系箱体工艺刀具量具检测评价学习任务课程目标内容"
    extra = "abcXYZ0123456789 .,:;-_/、，。：；（）()%％“”‘’《》　\t·μ±"
    result = []
    for _ in range(rng.randint(0, lines)):
        if rng.random() < 0.2:
            result.append(rng.choice(TRICKY_PARAGRAPHS))
        else:
            line = normalize_line("".join(rng.choice(pool + extra) for _ in range(rng.randint(1, 30))))
            result.append(line or "段落")
    return "\n".join(result)


def _random_line(rng: random.Random) -> str:
    return _random_text(rng, 1).split("\n")[0] or "名称"


def _random_code(rng: random.Random) -> str:
    prefix = "".join(rng.choice("ABTL") for _ in range(rng.randint(0, 2)))
    code = prefix + str(rng.randint(0, 9999)).zfill(rng.randint(1, 4))
    return code + rng.choice(["", "-01", ".2", "/3A"])


def _random_standard(rng: random.Random) -> StandardDoc:
    terms = rng.randint(1, 8)

    def task() -> LearningTaskDoc:
        steps = {step: _random_text(rng, 2) for step in WORK_PROCESS_STEPS}
        return LearningTaskDoc(_random_code(rng), _random_line(rng), rng.randint(0, 200), _random_text(rng), steps)

    def course() -> CourseDoc:
        texts = {
            name: _random_text(rng)
            for name in (
                "task_description", "work_objects", "tools_materials", "work_methods", "labour_organisation",
                "work_requirements", "course_goals", "learning_content", "teaching_advice",
                "process_assessment", "final_assessment",
            )
        }
        return CourseDoc(
            code=_random_code(rng),
            name=_random_line(rng),
            baseline_hours=rng.randint(0, 400),
            typical_work_task_codes=[_random_code(rng) for _ in range(rng.randint(0, 3))],
            process_assessment_weight=rng.randint(0, 100),
            final_assessment_weight=rng.randint(0, 100),
            learning_tasks=[task() for _ in range(rng.randint(0, 3))],
            **texts,
        )

    return StandardDoc(
        major_code=_random_line(rng),
        major_name=_random_line(rng),
        level=rng.choice(sorted(TRAINING_LEVELS)),
        title=_random_line(rng),
        version_label=rng.choice(["", _random_line(rng)]),
        effective_term=rng.choice(["", _random_line(rng)]),
        training_goals=_random_text(rng),
        course_plan=[
            CoursePlanRow(_random_code(rng), _random_line(rng), [rng.randint(0, 200) for _ in range(terms)])
            for _ in range(rng.randint(0, 4))
        ],
        course_norms=_random_text(rng),
        implementation_advice=_random_text(rng),
        assessment_and_evaluation=_random_text(rng),
        typical_work_tasks=[
            TypicalWorkTaskDoc(_random_code(rng), _random_line(rng), _random_text(rng)) for _ in range(rng.randint(0, 3))
        ],
        courses=[course() for _ in range(rng.randint(1, 3))],
    )


@pytest.mark.parametrize("seed", range(20))
def test_round_trip_of_generated_standards(seed):
    doc = _random_standard(random.Random(seed))
    assert doc.structure_problems() == []
    assert import_standard(export_standard(doc), "generated.docx").document == doc


try:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is an optional test dependency
    st = None

if st is not None:
    _alphabet = st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x62FF),
        st.sampled_from(list("abcXYZ0123456789 .,:;-_/、，。：；（）()%％“”‘’《》　\t·μ±")),
    )
    _line = st.one_of(
        st.text(_alphabet, min_size=1, max_size=24).map(normalize_line).filter(bool),
        st.sampled_from(TRICKY_PARAGRAPHS),
    )
    _text = st.lists(_line, max_size=4).map("\n".join)
    _code = st.from_regex(r"[A-Z]{0,2}[0-9]{1,4}(?:[-./][0-9A-Z]{1,3})?", fullmatch=True)
    _hours = st.integers(min_value=0, max_value=999)
    _weight = st.integers(min_value=0, max_value=100)
    _course_texts = (
        "task_description", "work_objects", "tools_materials", "work_methods", "labour_organisation",
        "work_requirements", "course_goals", "learning_content", "teaching_advice",
        "process_assessment", "final_assessment",
    )

    @st.composite
    def _learning_task(draw):
        steps = {step: draw(_text) for step in WORK_PROCESS_STEPS}
        return LearningTaskDoc(draw(_code), draw(_line), draw(_hours), draw(_text), steps)

    @st.composite
    def _course(draw):
        return CourseDoc(
            code=draw(_code),
            name=draw(_line),
            baseline_hours=draw(_hours),
            typical_work_task_codes=draw(st.lists(_code, max_size=3)),
            process_assessment_weight=draw(_weight),
            final_assessment_weight=draw(_weight),
            learning_tasks=draw(st.lists(_learning_task(), max_size=3)),
            **{name: draw(_text) for name in _course_texts},
        )

    @st.composite
    def _standard(draw):
        terms = draw(st.integers(min_value=1, max_value=8))
        plan_row = st.builds(CoursePlanRow, _code, _line, st.lists(_hours, min_size=terms, max_size=terms))
        return StandardDoc(
            major_code=draw(_line),
            major_name=draw(_line),
            level=draw(st.sampled_from(sorted(TRAINING_LEVELS))),
            title=draw(_line),
            version_label=draw(st.one_of(st.just(""), _line)),
            effective_term=draw(st.one_of(st.just(""), _line)),
            training_goals=draw(_text),
            course_plan=draw(st.lists(plan_row, max_size=4)),
            course_norms=draw(_text),
            implementation_advice=draw(_text),
            assessment_and_evaluation=draw(_text),
            typical_work_tasks=draw(st.lists(st.builds(TypicalWorkTaskDoc, _code, _line, _text), max_size=3)),
            courses=draw(st.lists(_course(), min_size=1, max_size=3)),
        )

    @settings(
        max_examples=int(os.environ.get("DOCX_ROUND_TRIP_EXAMPLES", "60")),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(_standard())
    def test_round_trip_of_any_valid_standard(doc):
        assert doc.structure_problems() == []
        assert import_standard(export_standard(doc), "generated.docx").document == doc


# ---------------------------------------------------------------------------
# A Word file written by a teacher
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variant",
    [
        {"bold_headings": True, "half_width_numbering": True, "blank_lines": True},
        {"bold_headings": False, "half_width_numbering": True, "blank_lines": True},
        {"bold_headings": True, "half_width_numbering": False, "blank_lines": False},
    ],
    ids=["bold-lines-half-width-numbers", "heading-styles", "chinese-numbering-no-blank-lines"],
)
def test_hand_written_word_file_is_recognised(standard, variant):
    result = import_standard(hand_written_docx(**variant), "数控加工课程标准（教师稿）.docx")
    assert result.document == standard
    report = report_of(result)
    assert report["课程规范"] == (STATUS_RECOGNISED, "识别课程 4 门、学习任务 13 个")
    assert report["标题"][0] == STATUS_RECOGNISED
    # “（征求意见稿）” under the title is offered in the mapping step, not silently dropped
    assert [(part.heading, part.text) for part in result.unmapped] == [("标题后的内容", "（征求意见稿）")]


def test_hand_written_file_reads_teacher_conventions(standard):
    """4-column info table, “高级工”, two-row plan header with blank cells,
    “30学时” cells, “60%” weights and six-step tables written across."""
    doc = import_standard(hand_written_docx(), "教师稿.docx").document
    assert (doc.major_code, doc.level, doc.effective_term) == ("0203", "advanced", "2026-2027学年第一学期")
    assert doc.course_plan[0] == CoursePlanRow("G01", "思想政治", [36, 36, 36, 36, 0, 0])
    task = doc.courses[0].learning_tasks[0]
    assert (task.name, task.hours) == ("阶梯轴的数控车削加工", 30)
    assert task.steps["做出决策"] == standard.courses[0].learning_tasks[0].steps["做出决策"]
    assert doc.courses[3].process_assessment_weight == 60


def test_optional_section_missing_is_reported_but_imported(standard):
    result = import_standard(hand_written_docx(omit_sections=("实施建议",)), "教师稿.docx")
    assert result.document.implementation_advice == ""
    assert report_of(result)["实施建议"] == (STATUS_MISSING, "未找到该章节，已留空")


def test_missing_course_subsection_marks_the_course_partial():
    result = import_standard(hand_written_docx(omit_course_subsections=("课程目标",)), "教师稿.docx")
    status, detail = report_of(result)["课程 0203-02 数控铣床零件加工"]
    assert status == STATUS_PARTIAL
    assert "未找到：课程目标，已留空" in detail
    assert result.document.courses[1].course_goals == ""


@pytest.mark.parametrize("section", ["专业信息", "培养目标", "课程安排", "典型工作任务"])
def test_a_missing_section_still_imports_the_rest_as_a_draft(standard, section):
    """Draft first (issue 16): a missing chapter is left empty and reported, the rest comes in."""
    result = import_standard(hand_written_docx(omit_sections=(section,)), "教师稿.docx")
    assert len(result.document.courses) == 4
    assert report_of(result)[section][0] in (STATUS_MISSING, STATUS_PARTIAL)


def test_missing_major_information_names_the_fields_to_complete():
    result = import_standard(hand_written_docx(omit_sections=("专业信息",)), "教师稿.docx")
    issues = [str(issue) for issue in result.issues]
    assert "专业编码（文档开头或“专业信息”）：未找到，请在导入时选择" in issues
    assert "版本（文档开头或“专业信息”）：未找到，已留空；提交审核前须在编辑页填写（C8）" in issues


def test_unreadable_hours_cell_is_named_with_its_place_and_the_rest_imported():
    result = import_standard(hand_written_docx(course_plan_cell=(4, 3, "4周")), "教师稿.docx")
    issues = [str(issue) for issue in result.issues]
    assert any(
        issue.startswith("课程安排（“3. 课程安排”中第 2 个表格第 5 行第 2 学期）：“4周”不是学时数") for issue in issues
    ), issues
    assert report_of(result)["课程规范"][0] == STATUS_RECOGNISED
    assert len(result.document.courses) == 4


def test_course_titles_that_cannot_be_recognised_are_named(standard):
    # Without the integrated courses in the plan, bold “（一）0203-01 …” lines are not course titles.
    plan = [row for row in standard.course_plan if not row.course_code.startswith("0203")]
    result = import_standard(hand_written_docx(dataclasses.replace(standard, course_plan=plan)), "教师稿.docx")
    assert result.document.courses == []
    assert any("课程标题" in issue.message or "没有识别到课程" in issue.message for issue in result.issues)


def test_a_document_without_any_text_is_refused():
    from docx import Document

    buffer = io.BytesIO()
    Document().save(buffer)
    with pytest.raises(DocxImportError) as caught:
        import_standard(buffer.getvalue(), "空白.docx")
    assert "没有任何文字或表格" in caught.value.message


def test_import_warns_about_curriculum_rule_violations(standard):
    course = dataclasses.replace(standard.courses[0], process_assessment_weight=50)
    doc = dataclasses.replace(standard, courses=[course, *standard.courses[1:]])
    result = import_standard(export_standard(doc), "标准.docx")
    assert result.warnings == ["C2（考核与评价）：课程“0203-01 数控车床零件加工”的过程性考核与终结性考核权重合计 90%，应为 100%。"]


# ---------------------------------------------------------------------------
# The safety gate
# ---------------------------------------------------------------------------


def test_gate_accepts_an_exported_standard(exported):
    info = inspect_docx_package(exported, "标准.docx")
    assert info.main_part == "word/document.xml"
    assert info.table_count == 3 + 4 * 3 + 13  # info, plan, typical tasks; 3 per course; one per task
    assert info.paragraph_count > 100


def _document_xml(data: bytes) -> bytes:
    return zip_members(data)["word/document.xml"]


def _with_document_xml(data: bytes, xml: bytes) -> bytes:
    return rewrite_docx(data, replace={"word/document.xml": xml})


def _before_body_end(data: bytes, insertion: bytes) -> bytes:
    xml = _document_xml(data)
    return _with_document_xml(data, xml.replace(b"<w:sectPr", insertion + b"<w:sectPr", 1))


def _with_content_type(data: bytes, part: str, content_type: str) -> bytes:
    types = zip_members(data)["[Content_Types].xml"].decode("utf-8")
    types = re.sub(rf'(PartName="/{re.escape(part)}" ContentType=")[^"]+', rf"\g<1>{content_type}", types)
    return rewrite_docx(data, replace={"[Content_Types].xml": types.encode("utf-8")})


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
)


def _zip_bomb(_):
    # 100 MB of zeros packed into about 100 KB
    return build_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (100 * 1024 * 1024)})


def _many_small_bombs(_):
    # each member stays under the ratio check, together they unpack to 60 MB
    return build_zip({f"word/media/pad{i}.bin": b"\0" * (1024 * 1024) for i in range(60)})


def _too_many_members(_):
    return build_zip({f"word/p{i}.xml": b"" for i in range(docx_io.MAX_MEMBER_COUNT + 1)}, zipfile.ZIP_STORED)


def _encrypted_member(data):
    """Set the “encrypted” bit of word/document.xml in its local and central headers."""
    patched = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("word/document.xml")
    struct.pack_into("<H", patched, info.header_offset + 6, info.flag_bits | 0x1)
    position = patched.find(b"PK\x01\x02")
    while position >= 0:
        name_length = struct.unpack_from("<H", patched, position + 28)[0]
        if bytes(patched[position + 46 : position + 46 + name_length]) == b"word/document.xml":
            struct.pack_into("<H", patched, position + 8, info.flag_bits | 0x1)
        position = patched.find(b"PK\x01\x02", position + 46)
    return bytes(patched)


def _duplicate_member(data):
    buffer = io.BytesIO(rewrite_docx(data))
    with pytest.warns(UserWarning), zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("word/document.xml", b"<w:document/>")
    return buffer.getvalue()


def _huge_table(data):
    row = b"<w:tr><w:tc><w:p/></w:tc></w:tr>"
    return _before_body_end(data, b"<w:tbl>" + row * (docx_io.MAX_TABLE_ROWS + 1) + b"</w:tbl>")


def _wide_table(data):
    row = b"<w:tr>" + b"<w:tc/>" * 50 + b"</w:tr>"
    return _before_body_end(data, b"<w:tbl>" + row * 2_001 + b"</w:tbl>")


def _too_many_paragraphs(data):
    return _before_body_end(data, b"<w:p/>" * (docx_io.MAX_PARAGRAPHS + 1))


def _doctype_in_document(data):
    xml = _document_xml(data).split(b"\n", 1)[1]
    return _with_document_xml(data, BILLION_LAUGHS + xml.replace(b"<w:t>", b"<w:t>&lol2;", 1))


def _external_entity_in_content_types(data):
    types = zip_members(data)["[Content_Types].xml"].split(b"\n", 1)[1]
    xxe = b'<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    return rewrite_docx(data, replace={"[Content_Types].xml": xxe + types})


def _utf16_doctype_in_custom_xml(data):
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>'
    return rewrite_docx(data, replace={"customXml/item1.xml": xml.encode("utf-16")})


HOSTILE_CASES = [
    # (id, build(valid docx bytes) -> bytes, filename, expected message fragment)
    ("pdf", lambda _: b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "标准.docx", "这是 PDF 文件"),
    ("random-bytes", lambda _: os.urandom(4096), "标准.docx", "不是 ZIP 格式的 Office 文档"),
    ("legacy-doc", lambda _: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096, "标准.docx", "旧版 Office 格式（.doc/.xls）或设置了打开密码"),
    ("empty", lambda _: b"", "标准.docx", "文件为空"),
    ("too-large", lambda _: b"PK\x03\x04" + b"\0" * docx_io.MAX_FILE_BYTES, "标准.docx", "文件过大"),
    ("truncated-zip", lambda d: d[: len(d) // 2], "标准.docx", "找不到压缩包目录"),
    ("zip-bomb-part", _zip_bomb, "标准.docx", "超过单个部件上限 32 MB，疑似“压缩炸弹”"),
    ("zip-bomb-total", _many_small_bombs, "标准.docx", "文件解压后总计超过 50 MB"),
    ("too-many-members", _too_many_members, "标准.docx", f"超过上限 {docx_io.MAX_MEMBER_COUNT}"),
    ("encrypted-member", _encrypted_member, "标准.docx", "文件已加密或设置了密码"),
    ("duplicate-member", _duplicate_member, "标准.docx", "重名部件"),
    ("no-content-types", lambda d: rewrite_docx(d, drop=("[Content_Types].xml",)), "标准.docx", "缺少 [Content_Types].xml"),
    ("no-main-part", lambda d: rewrite_docx(d, drop=("word/document.xml",)), "标准.docx", "缺少主文档部件"),
    ("no-package-rels", lambda d: rewrite_docx(d, drop=("_rels/.rels",)), "标准.docx", "缺少包关系部件"),
    ("docm-name", lambda d: d, "标准.docm", "不接受启用宏的文件（.docm）"),
    (
        "vba-project",
        lambda d: rewrite_docx(d, replace={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"}),
        "标准.docx",
        "文件包含宏（VBA 代码，部件“word/vbaProject.bin”）",
    ),
    (
        "macro-enabled-type",
        lambda d: _with_content_type(d, "word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"),
        "标准.docx",
        "文件是启用宏的 Office 文档",
    ),
    (
        "excel-main-part",
        lambda d: _with_content_type(d, "word/document.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
        "标准.docx",
        "这是Excel 工作簿（.xlsx），不是Word 文档（.docx）",
    ),
    (
        "wrong-main-type",
        lambda d: _with_content_type(d, "word/document.xml", "application/xml"),
        "标准.docx",
        "主文档的类型不正确（application/xml）",
    ),
    ("billion-laughs", _doctype_in_document, "标准.docx", "“word/document.xml”包含 DOCTYPE/ENTITY 声明"),
    ("xxe-content-types", _external_entity_in_content_types, "标准.docx", "“[Content_Types].xml”包含 DOCTYPE/ENTITY 声明"),
    ("utf16-doctype", _utf16_doctype_in_custom_xml, "标准.docx", "“customXml/item1.xml”包含 DOCTYPE/ENTITY 声明"),
    ("huge-table", _huge_table, "标准.docx", f"表格超过 {docx_io.MAX_TABLE_ROWS} 行"),
    ("wide-table", _wide_table, "标准.docx", f"表格超过 {docx_io.MAX_TABLE_CELLS} 个单元格"),
    ("too-many-paragraphs", _too_many_paragraphs, "标准.docx", f"段落过多（超过 {docx_io.MAX_PARAGRAPHS} 段）"),
]


@pytest.mark.parametrize("build, filename, expected", [c[1:] for c in HOSTILE_CASES], ids=[c[0] for c in HOSTILE_CASES])
def test_hostile_file_is_refused_before_python_docx_sees_it(monkeypatch, exported, build, filename, expected):
    data = build(exported)
    python_docx_calls = []
    monkeypatch.setattr("docx.Document", lambda *args, **kwargs: python_docx_calls.append(args))
    tracemalloc.start()
    try:
        with pytest.raises(DocxImportError) as caught:
            import_standard(data, filename)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert python_docx_calls == []
    assert expected in caught.value.message
    assert caught.value.report == []
    assert peak < 64 * 1024 * 1024, f"refusal used {peak / 1e6:.0f} MB"


def test_refused_file_has_no_partial_result(exported):
    broken = _with_document_xml(exported, _document_xml(exported).replace(b"</w:body>", b""))
    with pytest.raises(DocxImportError) as caught:
        import_standard(broken, "标准.docx")
    assert "文件已损坏" in caught.value.message


def test_round_trip_keeps_list_numbering(standard):
    """Numbered goals, contents and steps come back with their numbers exactly (issue 16)."""
    course = dataclasses.replace(
        standard.courses[0],
        course_goals="1．能识读轴类零件图样。\n2．能编制数控车削工艺。\n（1）知识目标\n① 掌握G代码编程。",
        learning_content="一、数控车床结构\n（一）主轴与刀架\n1.1 安全操作规程",
    )
    doc = dataclasses.replace(standard, training_goals="1. 培养高级技能人才。\n2. 具备职业素养。", courses=[course, *standard.courses[1:]])
    assert import_standard(export_standard(doc), "标准.docx").document == doc


def test_word_list_numbering_is_kept_as_text():
    """Goals numbered with Word's numbering button keep the numbers a reader sees."""
    from docx import Document

    word = Document()
    word.add_paragraph("数控车削加工课程标准", style="Title")
    word.add_paragraph("适用专业：数控加工（0103）　适用层级：高级技能　基准学时：120")
    word.add_heading("一、课程目标", 1)
    for goal in ("能识读零件图。", "能编制加工工艺。", "能操作数控车床。"):
        word.add_paragraph(goal, style="List Number")
    buffer = io.BytesIO()
    word.save(buffer)
    doc = import_standard(buffer.getvalue(), "课程标准.docx").document
    assert doc.courses[0].course_goals == "1.能识读零件图。\n2.能编制加工工艺。\n3.能操作数控车床。"
