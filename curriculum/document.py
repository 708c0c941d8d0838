"""Plain structure of a 工学一体化 course standard (课程标准), free of Django.

These dataclasses are the exchange format between the database models, the
DOCX exporter/importer (:mod:`curriculum.docx_io`) and version comparison.
Multi-paragraph text fields keep their paragraphs separated by ``"\\n"``.

:meth:`StandardDoc.structure_problems` says whether the document can be written to
and read back from Word without loss (codes, single-line names, normalised text,
known training level …): a document without structure problems survives
``import_standard(export_standard(doc)).document == doc``. The curriculum rules
C1–C9 live in :mod:`curriculum.rules`, which reads these dataclasses.

All problem messages are user-facing and therefore in Chinese.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

TRAINING_LEVELS = {
    "intermediate": "中级技能",
    "advanced": "高级技能",
    "technician": "预备技师（技师）",
}

# The complete action (完整的行动) a learning task is taught along.
WORK_PROCESS_STEPS = ("获取信息", "制定计划", "做出决策", "实施计划", "检查控制", "评价反馈")

# Course, typical-work-task and learning-task codes: ASCII letters, digits and
# "-_./" inside, starting and ending with a letter or digit, e.g. "0203-01".
CODE_PATTERN = r"[A-Za-z0-9](?:[A-Za-z0-9_\-./]*[A-Za-z0-9])?"
_CODE_RE = re.compile(CODE_PATTERN)
MAX_CODE_LENGTH = 40
MAX_TERMS = 12
MAX_HOURS = 99_999

# Characters that cannot appear in XML 1.0 (and therefore not in a .docx).
_XML_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def normalize_text(text: str) -> str:
    """Canonical form of a multi-paragraph text: one stripped, non-empty
    paragraph per line, joined with ``"\\n"``; XML-illegal characters removed."""
    text = _XML_ILLEGAL_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def normalize_line(text: str) -> str:
    """Canonical form of a single-line text (names, titles, labels)."""
    return " ".join(normalize_text(text).split("\n"))


def is_code(value: str) -> bool:
    """Whether ``value`` is a well-formed code (contains at least one digit)."""
    return (
        isinstance(value, str)
        and len(value) <= MAX_CODE_LENGTH
        and _CODE_RE.fullmatch(value) is not None
        and any(ch.isdigit() for ch in value)
    )


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a multi-paragraph text field."""
    return [line for line in normalize_text(text).split("\n") if line]


@dataclass
class LearningTaskDoc:
    code: str
    name: str
    hours: int
    description: str
    steps: dict[str, str] = field(default_factory=dict)

    def step_text(self, step: str) -> str:
        return self.steps.get(step, "")


@dataclass
class TypicalWorkTaskDoc:
    code: str
    name: str
    description: str


@dataclass
class CourseDoc:
    code: str
    name: str
    baseline_hours: int
    typical_work_task_codes: list[str] = field(default_factory=list)
    task_description: str = ""  # 典型工作任务描述
    work_objects: str = ""  # 工作对象
    tools_materials: str = ""  # 工具、材料、设备与资料
    work_methods: str = ""  # 工作方法
    labour_organisation: str = ""  # 劳动组织方式
    work_requirements: str = ""  # 工作要求
    course_goals: str = ""  # 课程目标
    learning_content: str = ""  # 学习内容
    teaching_advice: str = ""  # 教学实施建议
    process_assessment_weight: int = 0  # 过程性考核 percent
    process_assessment: str = ""
    final_assessment_weight: int = 0  # 终结性考核 percent
    final_assessment: str = ""
    learning_tasks: list[LearningTaskDoc] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return f"{self.code} {self.name}"

    def learning_task_hours(self) -> int:
        return sum(task.hours for task in self.learning_tasks)


@dataclass
class CoursePlanRow:
    course_code: str
    course_name: str
    hours_per_term: list[int] = field(default_factory=list)

    @property
    def total_hours(self) -> int:
        return sum(self.hours_per_term)


@dataclass
class StandardDoc:
    major_code: str
    major_name: str
    level: str  # key of TRAINING_LEVELS
    title: str
    version_label: str
    effective_term: str  # e.g. "2026-2027学年第一学期"
    training_goals: str = ""  # 培养目标
    course_plan: list[CoursePlanRow] = field(default_factory=list)  # 课程安排
    course_norms: str = ""  # 课程规范 (general text)
    implementation_advice: str = ""  # 实施建议
    assessment_and_evaluation: str = ""  # 考核与评价
    typical_work_tasks: list[TypicalWorkTaskDoc] = field(default_factory=list)
    courses: list[CourseDoc] = field(default_factory=list)

    # ----------------------------------------------------------------- helpers
    @property
    def level_label(self) -> str:
        return TRAINING_LEVELS.get(self.level, self.level)

    def term_count(self) -> int:
        """Number of terms in the course plan (6 when the plan is empty)."""
        return max((len(row.hours_per_term) for row in self.course_plan), default=6) or 6

    def typical_work_task(self, code: str) -> TypicalWorkTaskDoc | None:
        return next((task for task in self.typical_work_tasks if task.code == code), None)

    def learning_task_count(self) -> int:
        return sum(len(course.learning_tasks) for course in self.courses)

    def with_course(self, course: CourseDoc, typical_work_tasks: list[TypicalWorkTaskDoc] = ()) -> StandardDoc:
        """This standard with ``course`` in place of the course of the same code, or added at the
        end, and the typical work tasks it derives from that the standard lacks: how a
        single-course standard joins its major's standard."""
        courses = [course if existing.code == course.code else existing for existing in self.courses]
        if all(existing.code != course.code for existing in self.courses):
            courses.append(course)
        known = {task.code for task in self.typical_work_tasks}
        tasks = self.typical_work_tasks + [task for task in list(typical_work_tasks) if task.code not in known]
        return replace(self, courses=courses, typical_work_tasks=tasks)

    # ------------------------------------------------------- structure checks
    def structure_problems(self) -> list[str]:
        """Problems that prevent a lossless Word round trip (Chinese messages)."""
        problems: list[str] = []
        _check_line(problems, "专业编码", self.major_code)
        _check_line(problems, "专业名称", self.major_name)
        _check_line(problems, "标题", self.title)
        _check_line(problems, "版本", self.version_label, required=False)
        _check_line(problems, "生效学期", self.effective_term, required=False)
        if self.level not in TRAINING_LEVELS:
            problems.append(f"培养层级“{self.level}”无效，应为：{'、'.join(TRAINING_LEVELS.values())}")
        for label, value in (
            ("培养目标", self.training_goals),
            ("课程规范", self.course_norms),
            ("实施建议", self.implementation_advice),
            ("考核与评价", self.assessment_and_evaluation),
        ):
            _check_text(problems, label, value)
        problems += _course_plan_problems(self.course_plan)
        for task in self.typical_work_tasks:
            where = f"典型工作任务“{task.code}”"
            _check_code(problems, where, task.code)
            _check_line(problems, f"{where}的名称", task.name)
            _check_text(problems, f"{where}的描述", task.description)
        if not self.courses:
            problems.append("课程规范中至少需要一门课程")
        for course in self.courses:
            problems += _course_problems(course)
        return problems


# --------------------------------------------------------------------------
# structure check helpers


def _check_line(problems: list[str], label: str, value: str, required: bool = True) -> None:
    if not isinstance(value, str):
        problems.append(f"{label}必须是文字")
    elif required and not value:
        problems.append(f"{label}不能为空")
    elif normalize_line(value) != value:
        problems.append(f"{label}必须是单行文字，且首尾不能有空白")


def _check_text(problems: list[str], label: str, value: str) -> None:
    if not isinstance(value, str) or normalize_text(value) != value:
        problems.append(f"{label}的段落格式不规范（不能有空段落、首尾空白或控制字符）")


def _check_code(problems: list[str], label: str, value: str) -> None:
    if not is_code(value):
        problems.append(f"{label}的代码“{value}”格式不正确（应由字母、数字和 -_./ 组成，且含数字）")


def _check_int(problems: list[str], label: str, value: int, upper: int) -> None:
    if type(value) is not int or not 0 <= value <= upper:
        problems.append(f"{label}必须是 0 到 {upper} 之间的整数")


def _course_plan_problems(rows: list[CoursePlanRow]) -> list[str]:
    problems: list[str] = []
    lengths = {len(row.hours_per_term) for row in rows}
    if len(lengths) > 1:
        problems.append("课程安排中各课程的学期数必须相同")
    for row in rows:
        where = f"课程安排“{row.course_code}”"
        _check_code(problems, where, row.course_code)
        _check_line(problems, f"{where}的课程名称", row.course_name)
        if not 1 <= len(row.hours_per_term) <= MAX_TERMS:
            problems.append(f"{where}的学期数必须在 1 到 {MAX_TERMS} 之间")
        for hours in row.hours_per_term:
            _check_int(problems, f"{where}的学时", hours, MAX_HOURS)
    return problems


def _course_problems(course: CourseDoc) -> list[str]:
    problems: list[str] = []
    where = f"课程“{course.code}”"
    _check_code(problems, where, course.code)
    _check_line(problems, f"{where}的名称", course.name)
    _check_int(problems, f"{where}的基准学时", course.baseline_hours, MAX_HOURS)
    for code in course.typical_work_task_codes:
        _check_code(problems, f"{where}对应的典型工作任务", code)
    for label, value in (
        ("典型工作任务描述", course.task_description),
        ("工作对象", course.work_objects),
        ("工具、材料、设备与资料", course.tools_materials),
        ("工作方法", course.work_methods),
        ("劳动组织方式", course.labour_organisation),
        ("工作要求", course.work_requirements),
        ("课程目标", course.course_goals),
        ("学习内容", course.learning_content),
        ("教学实施建议", course.teaching_advice),
        ("过程性考核说明", course.process_assessment),
        ("终结性考核说明", course.final_assessment),
    ):
        _check_text(problems, f"{where}的{label}", value)
    _check_int(problems, f"{where}的过程性考核权重", course.process_assessment_weight, 100)
    _check_int(problems, f"{where}的终结性考核权重", course.final_assessment_weight, 100)
    for task in course.learning_tasks:
        task_where = f"{where}的学习任务“{task.code}”"
        _check_code(problems, task_where, task.code)
        _check_line(problems, f"{task_where}的名称", task.name)
        _check_int(problems, f"{task_where}的学时", task.hours, MAX_HOURS)
        _check_text(problems, f"{task_where}的描述", task.description)
        if set(task.steps) != set(WORK_PROCESS_STEPS):
            problems.append(f"{task_where}必须包含六个工作步骤：{'、'.join(WORK_PROCESS_STEPS)}")
        for step, text in task.steps.items():
            _check_text(problems, f"{task_where}“{step}”步骤", text)
    return problems
