"""Tolerant import of a course standard from Word, as a draft.

A standard comes in however its author laid it out: a whole major (专业信息, 课程安排, 课程规范 with
one chapter per course …) or a single course (title, a header line holding several labels, the
course's chapters); headings by style, by boldness or by typed numbering (一、/（一）/1./1.1);
tables recognised by their header cells in any column order; Word's list numbering kept; the six
steps of the complete action per task or once for the course, merged labels (计划与决策) split.

Nothing readable is refused: what is found becomes a draft :class:`StandardDoc`; what is missing
or unreadable is an :class:`FieldIssue` naming the field and its place in the document; every part
not recognised is an :class:`UnmappedPart` offered to the teacher with the fields it could go to
(:func:`apply_mapping`).  The curriculum rules (C1–C8) refuse at submission; here they are only warnings.
Only the safety gate and a file python-docx cannot open refuse the import (:class:`DocxImportError`).
"""

from __future__ import annotations

import copy
import difflib
import io
import posixpath
import re
import unicodedata
from dataclasses import asdict, dataclass, field

from curriculum import rules
from curriculum.docx_io.gate import DocxImportError, PackageInfo, inspect_docx_package
from curriculum.docx_io.labels import COURSE_SUBSECTION_TITLES, WORK_ANALYSIS_LABELS
from curriculum.docx_io.reading import (
    _CODE_LIST_RE,
    _COURSE_NUMBERING_RE,
    _LEADING_CODE_RE,
    _LEVEL_KEYWORDS,
    _PARENTHESES_RE,
    ASSESSMENT_COLUMNS,
    COURSE_PLAN_COLUMNS,
    COURSE_SUBSECTIONS,
    HEADER_FIELDS,
    HEADER_LABELS,
    LEARNING_TASK_COLUMNS,
    TOP_SECTION_NAMES,
    TOP_SECTIONS,
    TYPICAL_TASK_COLUMNS,
    WORK_ANALYSIS_FIELDS,
    _Block,
    _cell,
    _dedupe,
    _find_header,
    _first_int,
    _is_code_text,
    _is_total_row,
    _match,
    _Para,
    _parse_course_heading,
    _parse_int,
    _parse_term,
    _read_blocks,
    _squash,
    _steps_of,
    _strip_numbering,
    _Table,
    _table_label_values,
    _label_values,
)
from curriculum.document import (
    CODE_PATTERN,
    TRAINING_LEVELS,
    WORK_PROCESS_STEPS,
    CourseDoc,
    CoursePlanRow,
    LearningTaskDoc,
    StandardDoc,
    TypicalWorkTaskDoc,
    normalize_line,
    normalize_text,
)

STATUS_RECOGNISED = "识别"
STATUS_MISSING = "缺失"
STATUS_PARTIAL = "部分识别"
STATUS_UNMAPPED = "未识别"

KIND_MAJOR = "major"  # a whole major-and-level standard
KIND_COURSE = "course"  # the standard of one integrated course
DISCARD = "discard"

STANDARD_TEXT_FIELDS = {
    "training_goals": "培养目标",
    "course_norms": "课程规范（总体说明）",
    "implementation_advice": "实施建议",
    "assessment_and_evaluation": "考核与评价",
}
COURSE_TEXT_FIELDS = {
    "task_description": "典型工作任务描述",
    **WORK_ANALYSIS_LABELS,
    "course_goals": "课程目标",
    "learning_content": "学习内容",
    "teaching_advice": "教学实施建议",
    "process_assessment": "过程性考核说明",
    "final_assessment": "终结性考核说明",
}
# In a single-course standard, chapters named like a whole standard's belong to the course.
_COURSE_EQUIVALENTS = {
    "major_info": "course_info",
    "implementation_advice": "teaching_advice",
    "assessment_and_evaluation": "assessment",
    "typical_work_tasks": "task_description",
    "training_goals": "course_goals",
}
_TITLE_SUFFIX_RE = re.compile(r"(?:一体化)?(?:课程)?(?:教学)?标准(?:[(（].*[)）])?$")
_MAJOR_WITH_CODE_RE = re.compile(rf"^(.*?)\s*[(（]\s*({CODE_PATTERN})\s*[)）]\s*$")
_LEARNING_TASK_LINE_RE = re.compile(
    r"^(?:参考性)?学习任务\s*[一二三四五六七八九十\d]*\s*[:：]?\s*(.+?)\s*[(（]\s*(\d{1,4})\s*(?:学时|课时)\s*[)）]\s*$"
)
_ASSESSMENT_LINE_RE = re.compile(
    r"^(过程性?考核|终结性?考核|结果性考核)\s*(?:占|[:(])?\s*(?:比例|权重|占比)?\s*(\d{1,3})\s*%\s*\)?\s*[:,;]?\s*(.*)$"
)
_STEP_LINE_RE = re.compile(r"^([^:：]{2,12})[:：]\s*(.+)$")
_LABELLED_LINE_RE = re.compile(r"^(任务描述|学习任务描述|描述)[:：]\s*(.+)$")
_UNIT_KEYS = {"unit"}


# ==========================================================================
# Public result types
# ==========================================================================


@dataclass
class SectionReport:
    """What the importer found for one part of the document."""

    name: str
    status: str
    detail: str


@dataclass
class FieldIssue:
    """A field the teacher has to complete or check, and where in the document it was looked for."""

    field: str
    place: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}（{self.place}）：{self.message}"


@dataclass
class UnmappedPart:
    """A part of the document the importer did not recognise: shown with the fields it could go to."""

    key: str
    heading: str
    text: str
    place: str
    candidates: list[tuple[str, str]] = field(default_factory=list)  # (field path, label), best first

    @property
    def suggestion(self) -> str:
        return self.candidates[0][0] if self.candidates else DISCARD


@dataclass
class ImportResult:
    document: StandardDoc
    report: list[SectionReport]
    warnings: list[str] = field(default_factory=list)  # curriculum-rule warnings
    package: PackageInfo | None = None
    issues: list[FieldIssue] = field(default_factory=list)
    unmapped: list[UnmappedPart] = field(default_factory=list)
    kind: str = KIND_MAJOR


# ==========================================================================
# Entry points
# ==========================================================================


def import_standard(data: bytes, filename: str = "") -> ImportResult:
    """Read a course standard from a .docx file as a draft (see the module docstring)."""
    package = inspect_docx_package(data, filename)
    word = _open_word(data)
    try:
        blocks = _read_blocks(word)
    except Exception as exc:  # malformed WordprocessingML that python-docx still opened
        raise DocxImportError("文件内容结构异常，无法读取。请在 Word 中打开后另存为 .docx 再试。") from exc
    if not blocks:
        raise DocxImportError("文件中没有任何文字或表格，无法导入。")
    return _Reader(blocks, filename, package).run()


def _open_word(data: bytes):
    from docx import Document

    try:
        return Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds of errors for broken files
        raise DocxImportError("文件已损坏或不是标准的 Word 文档，无法打开。请在 Word 中另存为 .docx 后再试。") from exc


def field_values(doc: StandardDoc) -> dict[str, object]:
    """The document's fields by path (“courses.0.learning_tasks.1.hours”); a task's six steps are
    one field (“…steps”), lists of codes or hours one field each."""
    values: dict[str, object] = {}

    def walk(prefix: str, value) -> None:
        if isinstance(value, dict) and not prefix.endswith("steps"):
            for key, item in value.items():
                walk(f"{prefix}.{key}" if prefix else key, item)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            for index, item in enumerate(value):
                walk(f"{prefix}.{index}", item)
        else:
            values[prefix] = value

    walk("", asdict(doc))
    return values


def text_field_label(doc: StandardDoc, path: str) -> str:
    parts = path.split(".")
    if len(parts) == 1:
        return STANDARD_TEXT_FIELDS.get(path, path)
    course = doc.courses[int(parts[1])]
    return f"课程“{course.name or course.code}”的{COURSE_TEXT_FIELDS.get(parts[2], parts[2])}"


def mapping_targets(doc: StandardDoc, kind: str) -> list[tuple[str, str]]:
    """Every text field an unrecognised part may be assigned to: (path, label)."""
    targets = [] if kind == KIND_COURSE else [(key, label) for key, label in STANDARD_TEXT_FIELDS.items()]
    for index, _course in enumerate(doc.courses):
        targets += [(f"courses.{index}.{key}", text_field_label(doc, f"courses.{index}.{key}")) for key in COURSE_TEXT_FIELDS]
    return targets


def apply_mapping(doc: StandardDoc, parts: list[UnmappedPart], choices: dict[str, str]) -> StandardDoc:
    """The draft with each part the teacher assigned appended to its field; parts discarded (or
    not assigned) are left out.  ``choices``: part key → field path or ``DISCARD``."""
    result = copy.deepcopy(doc)
    allowed = {path for path, _ in mapping_targets(result, KIND_MAJOR)}
    for part in parts:
        path = choices.get(part.key, DISCARD)
        if path == DISCARD or path not in allowed:
            continue
        *owner_path, name = path.split(".")
        owner = result if not owner_path else result.courses[int(owner_path[1])]
        setattr(owner, name, normalize_text(f"{getattr(owner, name)}\n{part.text}"))
    return result


def fill_missing_codes(doc: StandardDoc) -> None:
    """Learning tasks without a code get one derived from their course's code (“0103-01-02”)."""
    for course in doc.courses:
        if not course.code:
            continue
        for number, task in enumerate(course.learning_tasks, start=1):
            if not task.code:
                task.code = f"{course.code}-{number:02d}"


# ==========================================================================
# Outline: headings by style, boldness or typed numbering
# ==========================================================================

_HEADING_NUMBER_LEVELS = (
    (re.compile(r"^第[一二三四五六七八九十百零〇\d]+(?:部分|章)"), 1),
    (re.compile(r"^[一二三四五六七八九十]+[、.．]"), 1),
    (re.compile(r"^[（(][一二三四五六七八九十]+[)）]"), 2),
    (re.compile(r"^\d+(?:[.．]\d+)+"), None),  # 1.1 → 3, 1.1.1 → 4
    (re.compile(r"^\d+(?:[、.．\s]|(?=[^\d.．]))"), 2),
)


def _numbering_level(text: str) -> int | None:
    text = unicodedata.normalize("NFKC", text).strip()
    for pattern, level in _HEADING_NUMBER_LEVELS:
        match = pattern.match(text)
        if match:
            return level if level is not None else match.group(0).count(".") + 2
    return None


def _level_of(block: _Para) -> int:
    if block.styled and block.heading_level:
        return block.heading_level
    return _numbering_level(block.text) or 9


def _section_key(text: str) -> str | None:
    return _match(text, TOP_SECTIONS) or _match(text, COURSE_SUBSECTIONS)


@dataclass
class _Section:
    key: str | None  # None: not recognised
    heading: _Para | None
    blocks: list[_Block] = field(default_factory=list)

    @property
    def level(self) -> int:
        return _level_of(self.heading) if self.heading else 0

    @property
    def title(self) -> str:
        return self.heading.text if self.heading else ""


def _place(block: _Block | None, section: _Section | None = None) -> str:
    where = f"“{section.title}”中" if section and section.title else ""
    if isinstance(block, _Table):
        return f"{where}第 {block.number} 个表格"
    if isinstance(block, _Para):
        return f"{where}第 {block.number} 段“{_short(block.text)}”"
    return where or "全文"


def _short(text: str, limit: int = 24) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + "…"


# ==========================================================================
# The reader
# ==========================================================================


class _Reader:
    def __init__(self, blocks: list[_Block], filename: str, package: PackageInfo):
        self.blocks = blocks
        self.filename = filename
        self.package = package
        self.report: list[SectionReport] = []
        self.issues: list[FieldIssue] = []
        self.unmapped: list[UnmappedPart] = []
        self.plain = not any(
            isinstance(b, _Para) and b.heading_like and _section_key(b.text) for b in blocks
        )  # no styled or bold headings: typed numbering marks the chapters
        self.plan_codes: set[str] = set()

    # ------------------------------------------------------------------ outline
    def _is_heading(self, block: _Block) -> bool:
        if not isinstance(block, _Para) or block.is_title:
            return False
        if block.heading_like:
            return True
        return self.plain and len(block.text) <= 30 and _section_key(block.text) is not None

    def _outline(self) -> tuple[_Para | None, list[_Block], list[_Section]]:
        """Title, preamble and the top-level sections (courses are split later)."""
        title = next((b for b in self.blocks if isinstance(b, _Para) and b.is_title), None)
        preamble: list[_Block] = []
        sections: list[_Section] = []
        in_norms = False
        for block in self.blocks:
            if block is title:
                continue
            if self._is_heading(block):
                key = _section_key(block.text)
                current = sections[-1] if sections else None
                if in_norms and current is not None and self._is_course_heading(block):
                    current.blocks.append(block)
                    continue
                ends_norms = not in_norms or (current is not None and _level_of(block) <= current.level)
                if (key in TOP_SECTION_NAMES and ends_norms) or (key and not in_norms):
                    sections.append(_Section(key, block))
                    in_norms = key == "course_norms"
                    continue
                if key is None and current is not None and _level_of(block) <= current.level and not in_norms:
                    sections.append(_Section(None, block))
                    continue
            if sections:
                sections[-1].blocks.append(block)
            else:
                preamble.append(block)
        return title, preamble, sections

    def _is_course_heading(self, block: _Para) -> bool:
        heading = _parse_course_heading(block.text)
        if not heading:
            return False
        # without a course plan to tell course titles from other bold lines, any “code name” heading is one
        return block.heading_level == 2 or heading[0] in self.plan_codes or (not self.plan_codes and block.heading_like)

    # ------------------------------------------------------------------ run
    def run(self) -> ImportResult:
        self.plan_codes = self._plan_codes()
        title_para, preamble, sections = self._outline()
        keys = {s.key for s in sections}
        kind = KIND_MAJOR if keys & {"course_norms", "course_plan"} else KIND_COURSE
        title_para, preamble = self._title(title_para, preamble)
        header_blocks = list(preamble)
        for section in sections:
            if section.key in ("major_info", "course_info"):
                header_blocks += section.blocks
        header = self._header(header_blocks, preamble, sections)
        title = title_para.text if title_para else self._fallback_title()
        self._add("标题", STATUS_RECOGNISED if title_para else STATUS_PARTIAL, f"“{title}”")
        doc = StandardDoc(
            major_code=header.get("major_code", ""),
            major_name=header.get("major_name", ""),
            level=header.get("level", ""),
            title=title,
            version_label=header.get("version_label", ""),
            effective_term=header.get("effective_term", ""),
        )
        self._report_header(doc)
        if kind == KIND_MAJOR:
            self._read_major(doc, sections)
        else:
            self._read_single_course(doc, title, header, sections)
        fill_missing_codes(doc)
        for part in self.unmapped:
            part.candidates = _rank_candidates(part, doc, kind)
            self._add(part.heading or "未识别内容", STATUS_UNMAPPED, f"{part.place}：未识别，请在对应步骤中选择去向")
        return ImportResult(
            document=doc,
            report=self.report,
            warnings=rules.import_warnings(doc),
            package=self.package,
            issues=self.issues,
            unmapped=self.unmapped,
            kind=kind,
        )

    # ------------------------------------------------------------------ title and header
    def _title(self, title: _Para | None, preamble: list[_Block]) -> tuple[_Para | None, list[_Block]]:
        if title is not None:
            return title, preamble
        paragraphs = [b for b in preamble if isinstance(b, _Para)]
        candidate = next((b for b in paragraphs if b.heading_like and not _header_pairs(b.text)), None)
        if candidate is None:
            candidate = next((b for b in paragraphs if not _header_pairs(b.text)), None)
        if candidate is None:
            return None, preamble
        return candidate, [b for b in preamble if b is not candidate]

    def _fallback_title(self) -> str:
        name = normalize_line(posixpath.splitext(posixpath.basename(self.filename.replace("\\", "/")))[0])
        return name or "工学一体化课程标准"

    def _header(self, blocks: list[_Block], preamble: list[_Block], sections: list[_Section]) -> dict[str, str]:
        """Label values of the header (preamble, 专业信息, 课程基本信息); the rest is reported."""
        values: dict[str, str] = {}
        places: dict[str, str] = {}
        owner = {id(b): s for s in sections for b in s.blocks}
        leftovers: list[_Block] = []
        for block in blocks:
            section = owner.get(id(block))
            if isinstance(block, _Table):
                pairs = list(_table_label_values(block, HEADER_FIELDS))
            else:
                pairs = _header_pairs(block.text)
            if not pairs:
                leftovers.append(block)
                continue
            for key, value in pairs:
                if value and key not in values:
                    values[key] = value
                    places[key] = _place(block, section)
        if leftovers:
            text, _ = _text_of(leftovers)
            self._unmapped("标题后的内容" if leftovers[0] in preamble else "基本信息中的其他内容", text, _place(leftovers[0]))
        return self._header_fields(values, places)

    def _header_fields(self, values: dict[str, str], places: dict[str, str]) -> dict[str, str]:
        result: dict[str, str] = {}
        if "major" in values:
            name, code = _split_major(values["major"])
            if code:
                values.setdefault("major_code", code)
            if name:
                values.setdefault("major_name", name)
            places.setdefault("major_code", places["major"])
            places.setdefault("major_name", places["major"])
        for key in ("major_code", "major_name", "version_label", "effective_term", "course_name"):
            if values.get(key):
                result[key] = normalize_line(values[key])
        if values.get("course_code"):
            result["course_code"] = normalize_line(values["course_code"])
        if values.get("level"):
            level = _parse_level(values["level"])
            if level:
                result["level"] = level
            else:
                self._issue("培养层级", places["level"], f"“{values['level']}”无法识别，应为：{'、'.join(TRAINING_LEVELS.values())}")
        if values.get("hours"):
            hours = _first_int(values["hours"])
            if hours is not None:
                result["hours"] = str(hours)
        return result

    def _report_header(self, doc: StandardDoc) -> None:
        found = [f"专业编码 {doc.major_code}" if doc.major_code else "", f"专业名称 {doc.major_name}" if doc.major_name else ""]
        if doc.level:
            found.append(f"培养层级 {TRAINING_LEVELS[doc.level]}")
        missing = []
        for key, label in (("major_code", "专业编码"), ("level", "培养层级")):
            if not getattr(doc, key):
                missing.append(label)
                self._issue(label, "文档开头或“专业信息”", "未找到，请在导入时选择")
        for key, label in (("version_label", "版本"), ("effective_term", "生效学期")):
            if not getattr(doc, key):
                missing.append(label)
                self._issue(label, "文档开头或“专业信息”", "未找到，已留空；提交审核前须在编辑页填写（C8）")
        detail = "，".join(item for item in found if item) or "未识别到专业信息"
        if missing:
            detail += f"；未找到：{'、'.join(missing)}"
        self._add("专业信息", STATUS_PARTIAL if missing else STATUS_RECOGNISED, detail)

    # ------------------------------------------------------------------ whole-major standards
    def _read_major(self, doc: StandardDoc, sections: list[_Section]) -> None:
        by_key: dict[str, _Section] = {}
        for section in sections:
            if section.key is None or section.key not in TOP_SECTION_NAMES:
                if section.key not in (None, "course_info"):
                    self._unmapped(section.title, _text_of(section.blocks)[0], _place(section.heading))
                elif section.key is None:
                    self._unmapped_section(section)
                continue
            if section.key in by_key:
                by_key[section.key].blocks += section.blocks
            else:
                by_key[section.key] = section
        for key in ("training_goals", "implementation_advice", "assessment_and_evaluation"):
            setattr(doc, key, self._text_section(by_key.get(key), TOP_SECTION_NAMES[key]))
        plan = by_key.get("course_plan")
        doc.course_plan = self._course_plan(plan) if plan else []
        if plan is None:
            self._missing("课程安排")
        tasks = by_key.get("typical_work_tasks")
        doc.typical_work_tasks = self._typical_tasks(tasks) if tasks else []
        if tasks is None:
            self._missing("典型工作任务")
        norms = by_key.get("course_norms")
        if norms is None:
            self._missing("课程规范")
            return
        general, courses = self._split_courses(norms)
        doc.course_norms = _text_of(general)[0]
        doc.courses = [self._course(code, name, parts, {}) for code, name, parts in courses]
        count = sum(len(c.learning_tasks) for c in doc.courses)
        self._add("课程规范", STATUS_RECOGNISED if doc.courses else STATUS_PARTIAL, f"识别课程 {len(doc.courses)} 门、学习任务 {count} 个")
        if not doc.courses:
            self._issue(
                "课程规范", _place(norms.heading),
                "没有识别到课程；每门课程应以“课程代码 课程名称”（如“0103-01 数控车床零件加工”）为标题",
            )

    def _split_courses(self, norms: _Section) -> tuple[list[_Block], list[tuple[str, str, list[_Section]]]]:
        general: list[_Block] = []
        courses: list[tuple[str, str, list[_Section]]] = []
        for block in norms.blocks:
            if isinstance(block, _Para) and self._is_heading(block):
                if self._is_course_heading(block):
                    code, name = _parse_course_heading(block.text)
                    courses.append((code, name, [_Section("_preamble", block)]))
                    continue
                key = _match(block.text, COURSE_SUBSECTIONS)
                if courses and key:
                    courses[-1][2].append(_Section(key, block))
                    continue
                current = courses[-1][2][-1] if courses else None
                if courses and key is None and current is not None and current.key != "_preamble" and _level_of(block) <= current.level:
                    courses[-1][2].append(_Section(None, block))
                    continue
            if courses:
                courses[-1][2][-1].blocks.append(block)
            else:
                general.append(block)
        return general, courses

    def _text_section(self, section: _Section | None, name: str) -> str:
        if section is None:
            self._add(name, STATUS_MISSING, "未找到该章节，已留空")
            return ""
        text, tables = _text_of(section.blocks)
        detail = f"共 {len(text.splitlines()) if text else 0} 段" + (f"，其中 {tables} 个表格已按行转为文字" if tables else "")
        self._add(name, STATUS_RECOGNISED, detail)
        return text

    def _missing(self, name: str) -> None:
        self._add(name, STATUS_MISSING, "未找到该章节，已留空")

    def _plan_codes(self) -> set[str]:
        codes: set[str] = set()
        for table in (b for b in self.blocks if isinstance(b, _Table)):
            found = _find_header(table, COURSE_PLAN_COLUMNS, {"code", "name"})
            if found and _has_term_columns(table, found[0]):
                header_row, columns = found
                codes |= {_cell(row, columns["code"]) for row in table.grid[header_row + 1 :]}
        return codes - {""}

    def _course_plan(self, section: _Section) -> list[CoursePlanRow]:
        for table in (b for b in section.blocks if isinstance(b, _Table)):
            found = _find_header(table, COURSE_PLAN_COLUMNS, {"code", "name"})
            if found:
                rows = self._read_course_plan(section, table, *found)
                terms = max((len(r.hours_per_term) for r in rows), default=0)
                self._add("课程安排", STATUS_RECOGNISED, f"识别课程 {len(rows)} 门，共 {terms} 个学期，合计 {sum(r.total_hours for r in rows)} 学时")
                return rows
        self._issue("课程安排", _place(section.heading), "没有找到课程安排表（表头应包含：课程代码、课程名称、第1学期……）")
        self._unmapped_section(section)
        self._add("课程安排", STATUS_PARTIAL, "没有找到课程安排表")
        return []

    def _read_course_plan(self, section: _Section, table: _Table, header_row: int, columns: dict[str, int]) -> list[CoursePlanRow]:
        terms = _term_columns(table.grid[header_row])
        first_data = header_row + 1
        if not terms and header_row + 1 < len(table.grid):  # two-row header: “学期” above “1 2 3 …”
            terms = _term_columns(table.grid[header_row + 1], bare_numbers=True)
            first_data = header_row + 2
        if not terms:
            self._issue("课程安排", _place(table, section), "表中没有找到学期列（如“第1学期”）")
            return []
        rows: list[CoursePlanRow] = []
        for number, grid_row in enumerate(table.grid[first_data:], start=first_data + 1):
            code, name = _cell(grid_row, columns["code"]), _cell(grid_row, columns["name"])
            if _skip_plan_row(grid_row, code, name):
                continue
            hours = []
            for term in sorted(terms):
                text = _cell(grid_row, terms[term])
                value = _plan_hours(text)
                if value is None:
                    self._issue("课程安排", f"{_place(table, section)}第 {number} 行第 {term} 学期", f"“{text}”不是学时数，已记为 0")
                    value = 0
                hours.append(value)
            if not code:
                self._issue("课程安排", f"{_place(table, section)}第 {number} 行", f"课程“{name}”缺少课程代码")
            rows.append(CoursePlanRow(normalize_line(code), normalize_line(name), hours))
        return rows

    def _typical_tasks(self, section: _Section) -> list[TypicalWorkTaskDoc]:
        for table in (b for b in section.blocks if isinstance(b, _Table)):
            found = _find_header(table, TYPICAL_TASK_COLUMNS, {"name"})
            if found and ({"code", "seq"} & found[1].keys()):
                header_row, columns = found
                code_col = columns.get("code", columns.get("seq"))
                tasks = []
                for number, row in enumerate(table.grid[header_row + 1 :], start=header_row + 2):
                    code, name = _cell(row, code_col), _cell(row, columns["name"])
                    if not any(row) or _is_total_row(code):
                        continue
                    if not code or not name:
                        self._issue("典型工作任务", f"{_place(table, section)}第 {number} 行", f"缺少{'代码' if not code else '名称'}")
                    tasks.append(TypicalWorkTaskDoc(normalize_line(code), normalize_line(name), _cell(row, columns.get("description"))))
                self._add("典型工作任务", STATUS_RECOGNISED, f"识别典型工作任务 {len(tasks)} 个")
                return tasks
        self._issue("典型工作任务", _place(section.heading), "没有找到任务表（表头应包含：代码、名称、描述）")
        self._unmapped_section(section)
        self._add("典型工作任务", STATUS_PARTIAL, "没有找到典型工作任务表")
        return []

    # ------------------------------------------------------------------ single-course standards
    def _read_single_course(self, doc: StandardDoc, title: str, header: dict, sections: list[_Section]) -> None:
        parts: list[_Section] = []
        for section in sections:
            if section.key in ("major_info", "course_info"):
                continue
            if section.key == "typical_work_tasks" and _has_typical_task_table(section):
                doc.typical_work_tasks = self._typical_tasks(section)  # the tasks this course derives from
                continue
            key = _COURSE_EQUIVALENTS.get(section.key, section.key)
            if key is not None and key not in COURSE_SUBSECTION_TITLES:
                self._unmapped(section.title, _text_of(section.blocks)[0], _place(section.heading))
                continue
            parts.append(_Section(key, section.heading, section.blocks))
        name = header.get("course_name") or _course_name_from_title(title)
        code = header.get("course_code", "")
        if not code:
            self._issue("课程代码", "文档开头", "未找到，请在导入时从课程目录中选择或确认新代码")
        course = self._course(code, name, parts, header)
        if not course.typical_work_task_codes:
            course.typical_work_task_codes = [task.code for task in doc.typical_work_tasks if task.code]
        doc.courses = [course]

    # ------------------------------------------------------------------ one course
    def _course(self, code: str, name: str, parts: list[_Section], header: dict) -> CourseDoc:
        where = f"课程“{name or code}”"
        by_key: dict[str, _Section] = {}
        for part in parts:
            if part.key == "_preamble":
                header = {**header, **self._course_preamble(part)}
            elif part.key is None:
                self._unmapped_section(part)
            elif part.key in by_key:
                by_key[part.key].blocks += part.blocks
            else:
                by_key[part.key] = part
        course = CourseDoc(code=normalize_line(code), name=normalize_line(name), baseline_hours=0)
        course.baseline_hours = self._baseline_hours(by_key.get("baseline_hours"), header, where)
        course.typical_work_task_codes = _typical_task_codes(by_key.get("typical_work_task_codes"))
        for key in ("task_description", "course_goals", "learning_content"):
            if key in by_key:
                setattr(course, key, _text_of(by_key[key].blocks)[0])
        self._work_analysis(course, by_key.get("work_analysis"), where)
        course_steps, advice_blocks = _course_level_steps(by_key.get("teaching_advice"), self.plain)
        if "teaching_advice" in by_key:
            course.teaching_advice = _text_of(advice_blocks)[0]
        course.learning_tasks = self._learning_tasks(course, by_key.get("learning_tasks"), where)
        if course_steps:
            for task in course.learning_tasks:
                if not any(task.steps.values()):
                    task.steps = {step: course_steps.get(step, "") for step in WORK_PROCESS_STEPS}
        self._assessment(course, by_key.get("assessment"), where)
        missing = [COURSE_SUBSECTION_TITLES[k] for k in ("course_goals", "learning_tasks", "assessment") if k not in by_key]
        detail = f"基准学时 {course.baseline_hours}，学习任务 {len(course.learning_tasks)} 个"
        if missing:
            detail += f"；未找到：{'、'.join(missing)}，已留空"
        self._add(f"课程 {course.code} {course.name}".replace("  ", " "), STATUS_PARTIAL if missing else STATUS_RECOGNISED, detail)
        return course

    def _course_preamble(self, section: _Section) -> dict[str, str]:
        """Label lines under a course's title (“基准学时：120 学时”); other text is reported."""
        values: dict[str, str] = {}
        rest: list[_Block] = []
        for block in section.blocks:
            pairs = _header_pairs(block.text) if isinstance(block, _Para) else list(_table_label_values(block, HEADER_FIELDS))
            for key, value in pairs:
                values.setdefault(key, value)
            if not pairs:
                rest.append(block)
        if rest:
            self._unmapped(f"{section.title} 标题下的内容", _text_of(rest)[0], _place(rest[0], section))
        hours = _first_int(values.get("hours", ""))
        return {"hours": str(hours)} if hours is not None else {}

    def _baseline_hours(self, section: _Section | None, header: dict, where: str) -> int:
        if section is not None:
            text = _text_of(section.blocks)[0]
            hours = _first_int(text)
            if hours is not None:
                return hours
            self._issue(f"{where}的基准学时", _place(section.heading), f"“{text}”中没有数字，已记为 0")
            return 0
        if header.get("hours"):
            return int(header["hours"])
        self._issue(f"{where}的基准学时", "全文", "未找到，已记为 0")
        return 0

    def _work_analysis(self, course: CourseDoc, section: _Section | None, where: str) -> None:
        if section is None:
            return
        values = _label_values(section.blocks, WORK_ANALYSIS_FIELDS)
        if not values:
            self._issue(f"{where}的工作内容分析", _place(section.heading), "无法读取（应为含“工作对象”“工作方法”等五项的表格或段落）")
            self._unmapped_section(section)
            return
        for key, value in values.items():
            setattr(course, key, normalize_text(value))

    def _learning_tasks(self, course: CourseDoc, section: _Section | None, where: str) -> list[LearningTaskDoc]:
        if section is None:
            return []
        task_table = None
        step_tables: list[tuple[str, _Table]] = []
        caption = ""
        for block in section.blocks:
            if isinstance(block, _Para):
                caption = block.text
                continue
            found = None if task_table else _find_header(block, LEARNING_TASK_COLUMNS, {"name", "hours"})
            if found:
                task_table = (block, *found)
            elif _read_steps(block):
                step_tables.append((caption, block))
            caption = ""
        if task_table is not None:
            tasks = self._task_table(course, section, *task_table)
        else:
            tasks = self._task_paragraphs(section)
        if not tasks:
            self._issue(f"{where}的参考性学习任务", _place(section.heading), "没有找到学习任务表（表头应包含：学习任务名称、学时）或“学习任务一：名称（学时）”段落")
            self._unmapped_section(section)
        _attach_steps(tasks, step_tables)
        return tasks

    def _task_table(self, course: CourseDoc, section: _Section, table: _Table, header_row: int, columns: dict[str, int]) -> list[LearningTaskDoc]:
        tasks: list[LearningTaskDoc] = []
        for number, row in enumerate(table.grid[header_row + 1 :], start=header_row + 2):
            seq, code, name = (_cell(row, columns.get(k)) for k in ("seq", "code", "name"))
            if not any(row) or _is_total_row(seq, code) or (not seq and not code and _is_total_row(name)):
                continue
            place = f"{_place(table, section)}第 {number} 行"
            if not name:
                self._issue(f"课程“{course.name}”的学习任务名称", place, "为空")
            hours = _parse_int(_cell(row, columns["hours"]))
            if hours is None:
                self._issue(f"学习任务“{name}”的学时", place, f"“{_cell(row, columns['hours'])}”不是整数，已记为 0")
                hours = 0
            tasks.append(
                LearningTaskDoc(
                    code=normalize_line(unicodedata.normalize("NFKC", code)) if _is_code_text(unicodedata.normalize("NFKC", code)) else "",
                    name=normalize_line(name),
                    hours=hours,
                    description=_cell(row, columns.get("description")),
                    steps={step: "" for step in WORK_PROCESS_STEPS},
                )
            )
        return tasks

    def _task_paragraphs(self, section: _Section) -> list[LearningTaskDoc]:
        """“学习任务一：名称（30学时）” lines, each optionally followed by 任务描述 and six-step lines."""
        tasks: list[LearningTaskDoc] = []
        for block in section.blocks:
            if not isinstance(block, _Para):
                continue
            text = _without_numbering(block.text)
            match = _LEARNING_TASK_LINE_RE.match(text)
            if match:
                tasks.append(LearningTaskDoc("", normalize_line(match.group(1)), int(match.group(2)), "", {s: "" for s in WORK_PROCESS_STEPS}))
                continue
            if not tasks:
                continue
            task = tasks[-1]
            labelled = _LABELLED_LINE_RE.match(text)
            if labelled:
                task.description = normalize_text(f"{task.description}\n{labelled.group(2)}")
                continue
            for step, value in _step_line(block.text):
                task.steps[step] = normalize_text(f"{task.steps[step]}\n{value}")
        return tasks

    def _assessment(self, course: CourseDoc, section: _Section | None, where: str) -> None:
        if section is None:
            return
        for table in (b for b in section.blocks if isinstance(b, _Table)):
            found = _find_header(table, ASSESSMENT_COLUMNS, {"type", "weight"})
            if found:
                self._assessment_table(course, section, table, *found)
                return
        seen = set()
        for block in section.blocks:
            if not isinstance(block, _Para):
                continue
            normalized = unicodedata.normalize("NFKC", block.text)
            match = _ASSESSMENT_LINE_RE.match(normalized)
            if match:
                prefix = "process" if "过程" in match.group(1) else "final"
                seen.add(prefix)
                # the description as typed (full-width punctuation kept) when NFKC kept the length
                description = block.text[match.start(3) :] if len(normalized) == len(block.text) else match.group(3)
                setattr(course, f"{prefix}_assessment_weight", min(int(match.group(2)), 100))
                setattr(course, f"{prefix}_assessment", normalize_text(description))
        if not seen:
            self._issue(f"{where}的考核权重", _place(section.heading), "没有找到考核表（表头应包含：考核类型、权重）或“过程性考核占60%”这样的段落")
            self._unmapped_section(section)

    def _assessment_table(self, course: CourseDoc, section: _Section, table: _Table, header_row: int, columns: dict[str, int]) -> None:
        for number, row in enumerate(table.grid[header_row + 1 :], start=header_row + 2):
            kind = _squash(_cell(row, columns["type"]))
            prefix = "process" if "过程" in kind else "final" if ("终结" in kind or "结果" in kind) else None
            if prefix is None:
                continue
            weight = _parse_int(_cell(row, columns["weight"]))
            if weight is None or weight > 100:
                self._issue(f"{_where(course)}的考核权重", f"{_place(table, section)}第 {number} 行", f"“{_cell(row, columns['weight'])}”不是 0～100 的整数")
                weight = 0
            setattr(course, f"{prefix}_assessment_weight", weight)
            setattr(course, f"{prefix}_assessment", normalize_text(_cell(row, columns.get("description"))))

    # ------------------------------------------------------------------ report, issues, unmapped parts
    def _add(self, name: str, status: str, detail: str) -> None:
        self.report.append(SectionReport(name, status, detail))

    def _issue(self, field_label: str, place: str, message: str) -> None:
        self.issues.append(FieldIssue(field_label, place, message))

    def _unmapped(self, heading: str, text: str, place: str) -> None:
        if text or heading:
            self.unmapped.append(UnmappedPart(f"part-{len(self.unmapped) + 1}", heading, text, place))

    def _unmapped_section(self, section: _Section) -> None:
        text, _ = _text_of(section.blocks)
        self._unmapped(section.title, text, _place(section.heading) if section.heading else _place(section.blocks[0] if section.blocks else None))


def _where(course: CourseDoc) -> str:
    return f"课程“{course.name or course.code}”"


# ==========================================================================
# Helpers (pure)
# ==========================================================================

_HEADER_LABEL_RE = re.compile(
    r"(?:^|(?<=[\s；;，,。|、]))("
    + "|".join(sorted((re.escape(a) for names in HEADER_LABELS.values() for a in names), key=len, reverse=True))
    + r")\s*[:：]"
)


def _header_pairs(text: str) -> list[tuple[str, str]]:
    """Every “标签：值” on a line: “适用专业：数控加工（0103）　适用层级：高级技能　基准学时：120”."""
    matches = list(_HEADER_LABEL_RE.finditer(text))
    pairs = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        value = text[match.end() : end].strip().strip("；;，,。|").strip()
        pairs.append((HEADER_FIELDS[_squash(match.group(1))], value))
    if pairs and text[: matches[0].start()].strip():
        return []  # a sentence that merely contains a label is not a header line
    return pairs


def _without_numbering(text: str) -> str:
    """The text without its typed numbering (“2.1 ”, “（二）”), its own characters kept."""
    stripped = _strip_numbering(text)
    cut = len(unicodedata.normalize("NFKC", text).strip()) - len(stripped)
    return text.strip()[cut:].strip() if len(unicodedata.normalize("NFKC", text)) == len(text) else stripped


def _split_major(value: str) -> tuple[str, str]:
    match = _MAJOR_WITH_CODE_RE.match(value)
    if match and _is_code_text(unicodedata.normalize("NFKC", match.group(2))):
        return normalize_line(match.group(1)), unicodedata.normalize("NFKC", match.group(2))
    normalized = unicodedata.normalize("NFKC", value).strip()
    if _is_code_text(normalized):
        return "", normalized
    return normalize_line(value), ""


def _parse_level(text: str) -> str:
    squashed = _squash(text)
    if squashed in TRAINING_LEVELS:
        return squashed
    for keyword, key in _LEVEL_KEYWORDS:
        if keyword in squashed:
            return key
    return ""


def _course_name_from_title(title: str) -> str:
    name = _TITLE_SUFFIX_RE.sub("", title.strip("《》 ")).strip("《》 ")
    return name or title


def _text_of(blocks: list[_Block]) -> tuple[str, int]:
    """Paragraph text of a free-text section; tables are kept row by row."""
    lines: list[str] = []
    tables = 0
    for block in blocks:
        if isinstance(block, _Para):
            lines.append(block.text)
        else:
            tables += 1
            lines += [" | ".join(_dedupe(row)) for row in block.cells if any(row)]
    return normalize_text("\n".join(lines)), tables


def _has_typical_task_table(section: _Section) -> bool:
    return any(
        (found := _find_header(table, TYPICAL_TASK_COLUMNS, {"name"})) and {"code", "seq"} & found[1].keys()
        for table in section.blocks
        if isinstance(table, _Table)
    )


def _term_columns(header: list[str], bare_numbers: bool = False) -> dict[int, int]:
    terms: dict[int, int] = {}
    for col, cell in enumerate(header):
        number = _parse_term(cell)
        if number is None and bare_numbers:
            number = _parse_int(cell)
        if number and number not in terms:
            terms[number] = col
    return terms


def _has_term_columns(table: _Table, header_row: int) -> bool:
    rows = table.grid[header_row : header_row + 2]
    return bool(_term_columns(rows[0])) or (len(rows) > 1 and bool(_term_columns(rows[1], bare_numbers=True)))


def _skip_plan_row(grid_row: list[str], code: str, name: str) -> bool:
    if not any(grid_row) or _is_total_row(code) or (not code and _is_total_row(name)):
        return True
    return len(set(grid_row)) == 1 and _parse_int(grid_row[0]) is None  # a merged category row


def _plan_hours(text: str) -> int | None:
    if _squash(text) in ("", "0", "无") or text.strip() in ("-", "—", "/", "——"):
        return 0
    return _parse_int(text)


def _typical_task_codes(section: _Section | None) -> list[str]:
    codes: list[str] = []
    for block in section.blocks if section else []:
        if not isinstance(block, _Para):
            continue
        text = unicodedata.normalize("NFKC", block.text)
        bare = _PARENTHESES_RE.sub("", text).strip()
        if _CODE_LIST_RE.match(bare):
            codes += [c for c in re.split(r"[\s、，,；;]+", bare) if c]
        elif match := _LEADING_CODE_RE.match(text):
            codes.append(match.group(1))
    return codes


def _read_steps(table: _Table) -> dict[str, str]:
    """Six-step table: step labels down the first column, or across a header row above the values.
    A merged label (计划与决策) gives its text to each step it names."""
    for index, row in enumerate(table.cells):
        labels = [_steps_of(cell) for cell in row]
        if sum(1 for label in labels if label) >= 3 and index + 1 < len(table.cells):
            values = table.cells[index + 1]
            steps: dict[str, str] = {}
            for col, names in enumerate(labels):
                for step in names:
                    steps[step] = values[col] if col < len(values) else ""
            return steps
    steps = {}
    for row in table.cells:
        if len(row) >= 2:
            for step in _steps_of(row[0]):
                steps[step] = normalize_text(f"{steps[step]}\n{row[1]}") if step in steps else row[1]
    return steps if len(steps) >= 3 else {}


def _step_line(text: str) -> list[tuple[str, str]]:
    """“2.制定计划与决策：……” → [(制定计划, ……), (做出决策, ……)]."""
    match = _STEP_LINE_RE.match(_without_numbering(text))
    if not match:
        return []
    return [(step, normalize_text(match.group(2))) for step in _steps_of(match.group(1))]


def _course_level_steps(section: _Section | None, plain: bool) -> tuple[dict[str, str], list[_Block]]:
    """Six-step advice written once for the course (a step table, or step paragraphs), and the
    section's other blocks (the advice text proper)."""
    if section is None:
        return {}, []
    steps: dict[str, str] = {}
    rest: list[_Block] = []
    for block in section.blocks:
        if isinstance(block, _Table) and not steps and (table_steps := _read_steps(block)):
            steps = table_steps
            continue
        rest.append(block)
    if steps or not plain:
        return steps, rest if steps else section.blocks
    lines = [(block, _step_line(block.text)) for block in section.blocks if isinstance(block, _Para)]
    if sum(1 for _, found in lines if found) < 3:
        return {}, section.blocks
    rest = []
    for block in section.blocks:
        found = _step_line(block.text) if isinstance(block, _Para) else []
        for step, value in found:
            steps[step] = normalize_text(f"{steps.get(step, '')}\n{value}")
        if not found:
            rest.append(block)
    # a sub-heading (“（二）教学过程”) that only introduced the steps goes with them
    while rest and isinstance(rest[-1], _Para) and _COURSE_NUMBERING_RE.match(rest[-1].text) and len(rest[-1].text) <= 20:
        index = section.blocks.index(rest[-1])
        if index + 1 < len(section.blocks) and _step_line(getattr(section.blocks[index + 1], "text", "")):
            rest.pop()
        else:
            break
    return steps, rest


def _attach_steps(tasks: list[LearningTaskDoc], step_tables: list[tuple[str, _Table]]) -> None:
    unassigned = list(tasks)
    for caption, table in step_tables:
        code = _caption_code(caption)
        task = next((t for t in unassigned if code and t.code == code), unassigned[0] if unassigned else None)
        if task is None:
            continue
        unassigned = [t for t in unassigned if t is not task]
        task.steps.update(_read_steps(table))


def _caption_code(caption: str) -> str | None:
    text = re.sub(r"^学习任务\s*[:：]?\s*", "", caption.strip())
    match = _LEADING_CODE_RE.match(text)
    return match.group(1) if match else None


_CANDIDATE_HINTS = (
    ("资源", "teaching_advice"),
    ("教学", "teaching_advice"),
    ("条件", "teaching_advice"),
    ("思政", "course_goals"),
    ("素养", "course_goals"),
    ("目标", "course_goals"),
    ("内容", "learning_content"),
    ("考核", "process_assessment"),
    ("评价", "process_assessment"),
    ("描述", "task_description"),
    ("性质", "task_description"),
)


def _rank_candidates(part: UnmappedPart, doc: StandardDoc, kind: str) -> list[tuple[str, str]]:
    """All text fields, those whose name is closest to the part's heading first."""
    targets = mapping_targets(doc, kind)
    heading = _squash(_strip_numbering(part.heading))

    def score(target: tuple[str, str]) -> float:
        path, label = target
        name = path.rsplit(".", 1)[-1]
        hint = 1.0 if any(word in heading and name == key for word, key in _CANDIDATE_HINTS) else 0.0
        return hint + difflib.SequenceMatcher(None, heading, _squash(label)).ratio()

    return sorted(targets, key=score, reverse=True)


