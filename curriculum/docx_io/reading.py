"""Reading a Word body into simple blocks (paragraphs with heading level, boldness and list
numbering; tables as text grids) and recognising labels, headings and table headers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lxml import etree

from curriculum.docx_io.labels import TOP_SECTION_TITLES
from curriculum.document import CODE_PATTERN, WORK_PROCESS_STEPS, normalize_line, normalize_text

MAX_HEADING_CHARS = 80  # a bold line longer than this is body text, not a heading

# ==========================================================================
# Import — reading the Word body into simple blocks
# ==========================================================================

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


W_P, W_TBL, W_TR, W_TC, W_SDT, W_SDT_CONTENT, W_CUSTOM_XML = (
    _w("p"),
    _w("tbl"),
    _w("tr"),
    _w("tc"),
    _w("sdt"),
    _w("sdtContent"),
    _w("customXml"),
)
W_VAL = _w("val")
_RUNS_XPATH = etree.XPath(".//w:r[not(ancestor::w:txbxContent)]", namespaces={"w": W_NS})
_CELL_PARAGRAPHS_XPATH = etree.XPath("./w:p | ./w:sdt/w:sdtContent/w:p", namespaces={"w": W_NS})
_HEADING_NAME_RE = re.compile(r"^(?:heading|标题)\s*([1-9])$")


@dataclass
class _Para:
    text: str
    heading_level: int | None = None
    bold: bool = False
    is_title: bool = False
    number: int = 0  # position among the body's paragraphs (1-based), for messages
    styled: bool = False  # heading level comes from a style or outline level, not from boldness

    @property
    def heading_like(self) -> bool:
        if self.is_title or not self.text:
            return False
        return self.heading_level is not None or (self.bold and len(self.text) <= MAX_HEADING_CHARS)


@dataclass
class _Table:
    cells: list[list[str]]  # one entry per <w:tc> of each row
    grid: list[list[str]]  # expanded over layout-grid columns (spans repeated)
    number: int = 0  # position among the body's tables (1-based), for messages


_Block = _Para | _Table


@dataclass
class _StyleInfo:
    name: str = ""
    based_on: str | None = None
    outline_level: int | None = None
    bold: bool | None = None
    num_id: str | None = None  # list numbering a paragraph style carries (“List Number”)
    num_level: int = 0


class _Styles:
    """Heading level, title flag and boldness of the document's styles."""

    def __init__(self, styles_element) -> None:
        self.paragraph: dict[str, _StyleInfo] = {}
        self.character: dict[str, _StyleInfo] = {}
        self.default_paragraph: str | None = None
        for style in styles_element.iterchildren(_w("style")) if styles_element is not None else ():
            self._register(style)

    def _register(self, style) -> None:
        style_id = style.get(_w("styleId"))
        if not style_id:
            return
        info = _StyleInfo(
            name=(_child_val(style, "name") or "").strip().lower(),
            based_on=_child_val(style, "basedOn"),
            outline_level=_int_or_none(_child_val(style.find(_w("pPr")), "outlineLvl")),
            bold=_on_off(style.find(_w("rPr")), "b"),
        )
        num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
        if num_pr is not None:
            info.num_id = _child_val(num_pr, "numId")
            info.num_level = _int_or_none(_child_val(num_pr, "ilvl")) or 0
        kind = style.get(_w("type"))
        if kind == "paragraph":
            self.paragraph[style_id] = info
            if style.get(_w("default")) is not None and _on_off_attr(style.get(_w("default"))):
                self.default_paragraph = style_id
        elif kind == "character":
            self.character[style_id] = info

    def _chain(self, table: dict[str, _StyleInfo], style_id: str | None) -> Iterator[_StyleInfo]:
        seen: set[str] = set()
        while style_id and style_id in table and style_id not in seen and len(seen) < 20:
            seen.add(style_id)
            yield table[style_id]
            style_id = table[style_id].based_on

    def heading_level(self, style_id: str | None) -> int | None:
        for info in self._chain(self.paragraph, style_id or self.default_paragraph):
            match = _HEADING_NAME_RE.match(info.name)
            if match:
                return int(match.group(1))
            if info.outline_level is not None and 0 <= info.outline_level < 9:
                return info.outline_level + 1
        return None

    def numbering(self, style_id: str | None) -> tuple[str | None, int]:
        for info in self._chain(self.paragraph, style_id or self.default_paragraph):
            if info.num_id is not None:
                return info.num_id, info.num_level
        return None, 0

    def is_title(self, style_id: str | None) -> bool:
        return any(info.name in ("title", "标题") for info in self._chain(self.paragraph, style_id))

    def paragraph_bold(self, style_id: str | None) -> bool:
        for info in self._chain(self.paragraph, style_id or self.default_paragraph):
            if info.bold is not None:
                return info.bold
        return False

    def character_bold(self, style_id: str | None) -> bool | None:
        for info in self._chain(self.character, style_id):
            if info.bold is not None:
                return info.bold
        return None


def _child_val(element, tag: str) -> str | None:
    if element is None:
        return None
    child = element.find(_w(tag))
    return None if child is None else child.get(W_VAL)


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _on_off_attr(value: str | None) -> bool:
    return value is None or value.strip().lower() not in ("0", "false", "off", "none")


def _on_off(rpr, tag: str) -> bool | None:
    if rpr is None:
        return None
    child = rpr.find(_w(tag))
    return None if child is None else _on_off_attr(child.get(W_VAL))


def _read_blocks(word) -> list[_Block]:
    styles = _Styles(word.styles.element)
    numbering = _ListNumbering(_numbering_element(word))
    blocks: list[_Block] = []
    paragraph_count = table_count = 0
    for element in _iter_body_elements(word.element.body):
        if element.tag == W_P:
            paragraph_count += 1
            paragraph = _read_paragraph(element, styles, numbering)
            if paragraph.text:
                paragraph.number = paragraph_count
                blocks.append(paragraph)
        else:
            table_count += 1
            table = _read_table(element)
            table.number = table_count
            blocks.append(table)
    return blocks


def _numbering_element(word):
    try:
        return word.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):  # a document without list numbering
        return None


_CHINESE_NUMERALS = "零一二三四五六七八九"


def _chinese_number(n: int) -> str:
    if n < 10:
        return _CHINESE_NUMERALS[n]
    if n < 20:
        return "十" + (_CHINESE_NUMERALS[n - 10] if n > 10 else "")
    if n < 100:
        return _CHINESE_NUMERALS[n // 10] + "十" + (_CHINESE_NUMERALS[n % 10] if n % 10 else "")
    return str(n)


def _roman(n: int) -> str:
    result = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            result, n = result + letters, n - value
    return result


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional"):
        return _chinese_number(n)
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalFullWidth":
        return str(n).translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    return str(n)


class _ListNumbering:
    """Word's automatic list numbering, rendered as the text a reader sees (“1.”, “（一）”), so
    numbered goals keep their numbers.  Bullets are not numbers and are left out."""

    def __init__(self, element) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId → ilvl → (start, fmt, text)
        self.counters: dict[str, list[int]] = {}
        if element is None:
            return
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for node in element.iterchildren(_w("abstractNum")):
            levels = {}
            for lvl in node.iterchildren(_w("lvl")):
                ilvl = _int_or_none(lvl.get(_w("ilvl"))) or 0
                start = _int_or_none(_child_val(lvl, "start"))
                levels[ilvl] = (1 if start is None else start, _child_val(lvl, "numFmt") or "decimal",
                                _child_val(lvl, "lvlText") or "")
            abstract[node.get(_w("abstractNumId"))] = levels
        for node in element.iterchildren(_w("num")):
            levels = dict(abstract.get(_child_val(node, "abstractNumId"), {}))
            for override in node.iterchildren(_w("lvlOverride")):
                ilvl = _int_or_none(override.get(_w("ilvl"))) or 0
                start = _int_or_none(_child_val(override, "startOverride"))
                if start is not None and ilvl in levels:
                    levels[ilvl] = (start, *levels[ilvl][1:])
            self.levels[node.get(_w("numId"))] = levels

    def label(self, num_id: str | None, ilvl: int) -> str:
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels or levels[ilvl][1] in ("bullet", "none"):
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        if not 0 <= ilvl < 9:
            return ""
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        text = levels[ilvl][2]
        for level in range(ilvl + 1):
            start, fmt, _ = levels.get(level, (1, "decimal", ""))
            value = start + (counters[level] if level == ilvl else max(counters[level], 1)) - 1
            text = text.replace(f"%{level + 1}", _format_number(value, fmt))
        return text


def _iter_body_elements(container) -> Iterator:
    for child in container.iterchildren():
        if child.tag in (W_P, W_TBL):
            yield child
        elif child.tag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None:
                yield from _iter_body_elements(content)
        elif child.tag == W_CUSTOM_XML:
            yield from _iter_body_elements(child)


def _read_paragraph(p, styles: _Styles, numbering: _ListNumbering | None = None) -> _Para:
    ppr = p.find(_w("pPr"))
    style_id = _child_val(ppr, "pStyle")
    runs = _RUNS_XPATH(p)
    texts = [run.text for run in runs]
    text = normalize_line("".join(texts))
    if not text:
        return _Para("")
    if numbering is not None:
        text = _list_label(ppr, style_id, styles, numbering) + text
    level = _int_or_none(_child_val(ppr, "outlineLvl"))
    heading_level = level + 1 if level is not None and 0 <= level < 9 else styles.heading_level(style_id)
    style_bold = styles.paragraph_bold(style_id)
    visible = [run for run, run_text in zip(runs, texts) if run_text.strip()]
    bold = bool(visible) and all(_run_bold(run, styles, style_bold) for run in visible)
    return _Para(text, heading_level, bold, styles.is_title(style_id), styled=heading_level is not None)


def _list_label(ppr, style_id: str | None, styles: _Styles, numbering: _ListNumbering) -> str:
    num_pr = ppr.find(_w("numPr")) if ppr is not None else None
    if num_pr is not None:
        num_id, ilvl = _child_val(num_pr, "numId"), _int_or_none(_child_val(num_pr, "ilvl"))
        if ilvl is None:
            ilvl = styles.numbering(style_id)[1]
    else:
        num_id, ilvl = styles.numbering(style_id)
    if num_id in (None, "0"):
        return ""
    return normalize_line(numbering.label(num_id, ilvl))


def _run_bold(run, styles: _Styles, paragraph_bold: bool) -> bool:
    rpr = run.find(_w("rPr"))
    direct = _on_off(rpr, "b")
    if direct is not None:
        return direct
    character = styles.character_bold(_child_val(rpr, "rStyle"))
    return paragraph_bold if character is None else character


def _read_table(tbl) -> _Table:
    cells: list[list[str]] = []
    grid: list[list[str]] = []
    for tr in tbl.iterchildren(W_TR):
        row_cells: list[str] = []
        grid_row: list[str] = [""] * _clamped_int(_child_val(tr.find(_w("trPr")), "gridBefore"), 0)
        for tc in tr.iterchildren(W_TC):
            tc_pr = tc.find(_w("tcPr"))
            span = _clamped_int(_child_val(tc_pr, "gridSpan"), 1)
            vmerge = tc_pr.find(_w("vMerge")) if tc_pr is not None else None
            if vmerge is not None and vmerge.get(W_VAL, "continue") == "continue":
                above = grid[-1] if grid else []
                text = above[len(grid_row)] if len(above) > len(grid_row) else ""
            else:
                text = _cell_text(tc)
            row_cells.append(text)
            grid_row.extend([text] * span)
        cells.append(row_cells)
        grid.append(grid_row)
    return _Table(cells, grid)


def _clamped_int(value: str | None, default: int) -> int:
    number = _int_or_none(value)
    return default if number is None else max(default, min(number, 63))


def _cell_text(tc) -> str:
    lines = ["".join(run.text for run in _RUNS_XPATH(p)) for p in _CELL_PARAGRAPHS_XPATH(tc)]
    return normalize_text("\n".join(lines))


# ==========================================================================
# Import — recognising headings, labels and table headers
# ==========================================================================

_NUMBERING_RE = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+(?:部分|章|节|条|项)?"
    r"|[一二三四五六七八九十]+(?=[、.:\s])"
    r"|\d+(?:\.\d+)*"
    r"|[(][一二三四五六七八九十\d]+[)]"
    r"|[\u2460-\u2473\u2474-\u2487])"
    r"[\s、.:)]*"
)
_SQUASH_RE = re.compile(r"[\s、，,。.:;；!?'\"“”‘’()\[\]【】《》<>〈〉/\\|·•\-—–_~%*＊※]+")
_PARENTHESES_RE = re.compile(r"[(（][^()（）]*[)）]")
_TOTAL_WORDS = {"合计", "总计", "小计", "合计学时", "总学时", "学时合计", "总计学时"}


def _squash(text: str) -> str:
    """Text reduced for comparison: NFKC (full-width → half-width), no
    whitespace, no punctuation, lower case."""
    return _SQUASH_RE.sub("", unicodedata.normalize("NFKC", text)).lower()


def _strip_numbering(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip()
    for _ in range(2):
        stripped = _NUMBERING_RE.sub("", text, count=1).strip()
        if stripped == text or not stripped:
            break
        text = stripped
    return text


def _alias_table(aliases: dict[str, Iterable[str]]) -> dict[str, str]:
    return {_squash(alias): key for key, names in aliases.items() for alias in names}


def _match(text: str, table: dict[str, str]) -> str | None:
    """The key whose alias the (numbered, punctuated) text is, if any."""
    return table.get(_squash(_strip_numbering(text)))


def _match_header(text: str, table: dict[str, str]) -> str | None:
    """Like _match, ignoring a trailing unit in parentheses (“权重（%）”)."""
    return _match(text, table) or table.get(_squash(_PARENTHESES_RE.sub("", _strip_numbering(text))))


TOP_SECTIONS = _alias_table(
    {
        "major_info": ["专业信息", "专业基本信息", "专业概况"],
        "training_goals": ["培养目标"],
        "course_plan": ["课程安排", "课程设置", "课程设置与安排", "课程安排表", "教学计划", "教学进程安排"],
        "course_norms": ["课程规范", "一体化课程规范", "工学一体化课程规范"],
        "typical_work_tasks": ["典型工作任务", "典型工作任务一览", "典型工作任务表", "典型工作任务一览表"],
        "implementation_advice": ["实施建议"],
        "assessment_and_evaluation": ["考核与评价", "考核评价", "评价与考核", "课程考核与评价"],
    }
)
TOP_SECTION_NAMES = {key: title.split("、", 1)[1] for key, title in TOP_SECTION_TITLES.items()}

COURSE_SUBSECTIONS = _alias_table(
    {
        "course_info": ["课程基本信息", "课程信息", "基本信息", "课程概况"],
        "baseline_hours": ["基准学时", "课程学时", "参考学时"],
        "typical_work_task_codes": ["对应典型工作任务", "对应的典型工作任务", "对应工作任务"],
        "task_description": ["典型工作任务描述", "工作任务描述"],
        "work_analysis": ["工作内容分析"],
        "course_goals": ["课程目标"],
        "learning_content": ["学习内容", "课程内容", "教学内容"],
        "learning_tasks": ["参考性学习任务", "参考学习任务", "学习任务", "学习任务设计"],
        "teaching_advice": ["教学实施建议", "教学建议", "教学实施"],
        "assessment": ["教学考核要求", "考核要求", "课程考核", "教学考核", "课程考核要求", "考核", "考核方式"],
    }
)
WORK_ANALYSIS_FIELDS = _alias_table(
    {
        "work_objects": ["工作对象"],
        "tools_materials": [
            "工具、材料、设备与资料",
            "工具、材料、设备和资料",
            "工具、设备、材料与资料",
            "工具、材料与设备",
            "工具、材料、设备",
        ],
        "work_methods": ["工作方法"],
        "labour_organisation": ["劳动组织方式", "劳动组织", "劳动组织形式"],
        "work_requirements": ["工作要求"],
    }
)
# Labels of a standard's or a course's header (a table, lines, or several labels on one line).
HEADER_LABELS = {
    "major_code": ["专业编码", "专业代码", "专业编号"],
    "major_name": ["专业名称"],
    "major": ["适用专业", "专业", "所属专业", "面向专业"],  # “数控加工（0103）”: name and code
    "level": ["培养层级", "培养层次", "适用层级", "层级", "层次", "技能层级", "适用层次"],
    "version_label": ["版本", "版本号", "标准版本"],
    "effective_term": ["生效学期", "实施学期", "执行学期", "生效时间", "启用学期", "实施时间"],
    "course_code": ["课程代码", "课程编码", "课程编号"],
    "course_name": ["课程名称"],
    "hours": ["基准学时", "参考学时", "学时", "课时", "总学时", "课程学时"],
    "unit": ["编制单位", "编写单位", "制定单位", "起草单位"],
}
HEADER_FIELDS = _alias_table(HEADER_LABELS)
COURSE_PLAN_COLUMNS = _alias_table(
    {
        "code": ["课程代码", "课程编码", "课程编号", "代码"],
        "name": ["课程名称", "名称", "课程"],
        "total": ["合计", "总学时", "合计学时", "学时合计", "小计"],
    }
)
TYPICAL_TASK_COLUMNS = _alias_table(
    {
        "code": ["代码", "任务代码", "编号", "典型工作任务代码"],
        "seq": ["序号"],
        "name": ["名称", "任务名称", "典型工作任务", "典型工作任务名称"],
        "description": ["描述", "任务描述", "典型工作任务描述", "工作任务描述", "说明"],
    }
)
LEARNING_TASK_COLUMNS = _alias_table(
    {
        "seq": ["序号"],
        "code": ["代码", "学习任务代码", "任务代码", "编号", "序号/代码"],
        "name": ["学习任务名称", "学习任务", "任务名称", "名称"],
        "hours": ["学时", "参考学时", "基准学时", "课时"],
        "description": ["学习任务描述", "任务描述", "描述", "学习任务简介"],
    }
)
ASSESSMENT_COLUMNS = _alias_table(
    {
        "type": ["考核类型", "考核方式", "类型", "考核项目", "考核类别"],
        "weight": ["权重", "比例", "占比", "比重", "权重%"],
        "description": ["说明", "考核说明", "考核内容", "内容", "要求", "考核要求", "考核内容与方式", "考核方式与内容"],
    }
)
# Keywords of the six steps; a label may name several (“计划与决策” covers 制定计划 and 做出决策).
_STEP_KEYWORDS = (
    (("获取信息", "明确任务", "资讯"), "获取信息"),
    (("计划",), "制定计划"),
    (("决策",), "做出决策"),
    (("检查",), "检查控制"),
    (("评价", "反馈"), "评价反馈"),
)
_LEVEL_KEYWORDS = (("技师", "technician"), ("高级", "advanced"), ("中级", "intermediate"))
_TERM_RE = re.compile(r"^第?([0-9]+|[一二三四五六七八九十]+)学期$")
_CHINESE_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")}
_COURSE_HEADING_RE = re.compile(rf"^({CODE_PATTERN})(?:\s+|[:：、]\s*|(?=[^\x00-\x7f]))(\S.*)$")
_LEADING_CODE_RE = re.compile(rf"^({CODE_PATTERN})(?![A-Za-z0-9_\-./])")
_CODE_LIST_RE = re.compile(rf"^{CODE_PATTERN}(?:[\s、，,；;]+{CODE_PATTERN})*$")
_COURSE_NUMBERING_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]\s*|[（(][一二三四五六七八九十\d]+[)）]\s*|\d+[、．]\s*|\d+\.\s+)")
_LABEL_VALUE_RE = re.compile(r"^([^:：]{1,20})[:：]\s*(.*)$")


def _is_code_text(value: str) -> bool:
    return bool(re.fullmatch(CODE_PATTERN, value)) and any(ch.isdigit() for ch in value)


def _parse_course_heading(text: str) -> tuple[str, str] | None:
    """“0203-01 数控车床零件加工” (optionally numbered) → (code, name)."""
    match = _COURSE_HEADING_RE.match(_COURSE_NUMBERING_RE.sub("", text, count=1))
    if match and _is_code_text(match.group(1)):
        return match.group(1), match.group(2).strip()
    return None


def _parse_term(header: str) -> int | None:
    match = _TERM_RE.match(_squash(header))
    if not match:
        return None
    value = match.group(1)
    if value.isdigit():
        return int(value)
    if value == "十":
        return 10
    if value.startswith("十"):
        return 10 + _CHINESE_DIGITS.get(value[1:], 0)
    return _CHINESE_DIGITS.get(value) if len(value) == 1 else None


def _parse_int(text: str) -> int | None:
    """“120”, “120学时”, “40%”, “４０％” → int; anything else → None."""
    value = unicodedata.normalize("NFKC", text).strip()
    value = re.sub(r"\s*(学时|课时|%|h|小时)$", "", value, flags=re.IGNORECASE).strip()
    return int(value) if re.fullmatch(r"\d{1,6}", value) else None


def _first_int(text: str) -> int | None:
    match = re.search(r"\d{1,6}", unicodedata.normalize("NFKC", text))
    return int(match.group(0)) if match else None


def _steps_of(label: str) -> list[str]:
    """The steps of the complete action a label names, in their order; [] when it names none.
    “实施计划” is 实施 (not 制定计划); a merged label such as “制定计划与决策” names two steps."""
    squashed = _squash(_strip_numbering(label))
    if not squashed or len(squashed) > 12:
        return []
    steps = []
    if "实施" in squashed:
        steps.append("实施计划")
        squashed = squashed.replace("实施计划", "").replace("计划实施", "").replace("实施", "")
    steps += [step for keywords, step in _STEP_KEYWORDS if any(k in squashed for k in keywords)]
    return sorted(set(steps), key=WORK_PROCESS_STEPS.index)


def _dedupe(row: list[str]) -> list[str]:
    result: list[str] = []
    for value in row:
        value = value.replace("\n", " ")
        if value and (not result or result[-1] != value):
            result.append(value)
    return result

def _label_values(blocks: list[_Block], fields: dict[str, str]) -> dict[str, str]:
    """Label → value pairs from tables (label cell followed by value cell, or
    a header row of labels above a value row) and from “标签：内容” paragraphs."""
    found: dict[str, str] = {}
    current: str | None = None
    for block in blocks:
        if isinstance(block, _Table):
            for key, value in _table_label_values(block, fields):
                found.setdefault(key, value)
            current = None
            continue
        normalized = unicodedata.normalize("NFKC", block.text)
        match = _LABEL_VALUE_RE.match(normalized)
        key = _match(match.group(1), fields) if match else _match(block.text, fields)
        if key:
            current = key
            # the value as typed (full-width punctuation kept) when NFKC kept the length
            value = block.text[match.start(2) :] if match and len(normalized) == len(block.text) else (match.group(2) if match else "")
            found.setdefault(key, normalize_text(value))
        elif current and found.get(current) is not None:
            found[current] = normalize_text(f"{found[current]}\n{block.text}")
    return found

def _table_label_values(table: _Table, fields: dict[str, str]) -> Iterator[tuple[str, str]]:
    rows = table.cells
    for index, row in enumerate(rows):
        keys = [_match(cell, fields) for cell in row]
        non_empty = [cell for cell in row if cell]
        if len(non_empty) >= 3 and all(keys[i] for i, cell in enumerate(row) if cell) and index + 1 < len(rows):
            values = table.grid[index + 1]
            header = table.grid[index]
            for col, cell in enumerate(header):
                key = _match(cell, fields)
                if key and col < len(values):
                    yield key, values[col]
            continue
        col = 0
        while col < len(row) - 1:
            if keys[col]:
                yield keys[col], row[col + 1]
                col += 2
            else:
                col += 1

def _find_header(
    table: _Table, columns: dict[str, str], required: set[str], scan_rows: int = 3
) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(table.grid[:scan_rows]):
        mapping: dict[str, int] = {}
        for col, cell in enumerate(row):
            key = _match_header(cell, columns)
            if key and key not in mapping:
                mapping[key] = col
        if required <= mapping.keys():
            return index, mapping
    return None

def _cell(row: list[str], col: int | None) -> str:
    return row[col] if col is not None and col < len(row) else ""

def _is_total_row(*values: str) -> bool:
    return any(_squash(value) in _TOTAL_WORDS for value in values)
