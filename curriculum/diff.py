"""Structured comparison of two versions of a course standard (two StandardDocs).

Lists (typical work tasks, course plan, courses, learning tasks) are compared as tables keyed by
code: a row is added, removed, changed (with the changed cells marked) or unchanged. Free-text
sections are compared side by side as a whole.
"""

from dataclasses import dataclass, field

from curriculum.blocks import COURSE_TEXT_FIELDS
from curriculum.document import WORK_PROCESS_STEPS

ADDED, REMOVED, CHANGED, SAME = "added", "removed", "changed", "same"
STATUS_LABELS = {ADDED: "新增", REMOVED: "删除", CHANGED: "修改", SAME: "未变"}

STANDARD_TEXT_FIELDS = (
    ("title", "标题"),
    ("version_label", "版本"),
    ("effective_term", "生效学期"),
    ("training_goals", "培养目标"),
    ("course_norms", "课程规范"),
    ("implementation_advice", "实施建议"),
    ("assessment_and_evaluation", "考核与评价"),
)
COURSE_FIELDS = (
    *COURSE_TEXT_FIELDS,
    ("process_assessment", "过程性考核"),
    ("final_assessment", "终结性考核"),
)


@dataclass
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class RowDiff:
    key: str
    status: str
    old: list
    new: list
    changed_columns: set = field(default_factory=set)

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    def cells(self):
        """(old, new, changed) per column, for side-by-side rendering."""
        width = max(len(self.old), len(self.new))
        old = self.old or [""] * width
        new = self.new or [""] * width
        return [(old[i], new[i], i in self.changed_columns) for i in range(width)]


@dataclass
class TableDiff:
    title: str
    columns: list
    rows: list

    @property
    def changed(self):
        return any(row.status != SAME for row in self.rows)

    def count(self, status):
        return sum(1 for row in self.rows if row.status == status)

    @property
    def summary(self):
        return "，".join(
            f"{STATUS_LABELS[status]} {self.count(status)} 行" for status in (ADDED, REMOVED, CHANGED) if self.count(status)
        ) or "无变化"


@dataclass
class CourseDiff:
    code: str
    name: str
    status: str
    fields: list
    learning_tasks: TableDiff

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


@dataclass
class StandardDiff:
    fields: list
    course_plan: TableDiff
    typical_work_tasks: TableDiff
    courses_overview: TableDiff
    courses: list

    @property
    def changed(self):
        return bool(self.fields) or any(
            table.changed for table in (self.course_plan, self.typical_work_tasks, self.courses_overview)
        ) or any(course.status != SAME for course in self.courses)

    def changed_course_codes(self):
        return [course.code for course in self.courses if course.status != SAME]


def compare_tables(title, columns, old_rows, new_rows):
    """Compare two {key: [cell, …]} tables; rows keep the new order, removed ones follow."""
    rows = []
    for key, cells in new_rows.items():
        if key not in old_rows:
            rows.append(RowDiff(key, ADDED, [], cells))
            continue
        old = old_rows[key]
        changed = {i for i in range(max(len(old), len(cells))) if _cell(old, i) != _cell(cells, i)}
        rows.append(RowDiff(key, CHANGED if changed else SAME, old, cells, changed))
    rows += [RowDiff(key, REMOVED, cells, []) for key, cells in old_rows.items() if key not in new_rows]
    return TableDiff(title, columns, rows)


def _cell(cells, index):
    return cells[index] if index < len(cells) else ""


def _text_changes(fields, old, new):
    return [
        FieldChange(label, getattr(old, name), getattr(new, name))
        for name, label in fields
        if getattr(old, name) != getattr(new, name)
    ]


def _plan_table(doc, terms):
    return {
        row.course_code: [
            row.course_code,
            row.course_name,
            *[str(h) for h in row.hours_per_term + [0] * (terms - len(row.hours_per_term))],
            str(row.total_hours),
        ]
        for row in doc.course_plan
    }


def _course_row(course):
    return [
        course.code,
        course.name,
        str(course.baseline_hours),
        "、".join(course.typical_work_task_codes),
        f"{course.process_assessment_weight}%",
        f"{course.final_assessment_weight}%",
        str(len(course.learning_tasks)),
    ]


LEARNING_TASK_COLUMNS = ["代码", "名称", "学时", "学习任务描述", *WORK_PROCESS_STEPS]


def _task_table(course):
    if course is None:
        return {}
    return {
        task.code: [task.code, task.name, str(task.hours), task.description, *(task.step_text(s) for s in WORK_PROCESS_STEPS)]
        for task in course.learning_tasks
    }


def compare_courses(old, new):
    """One course in two versions (either may be None: added or removed)."""
    tasks = compare_tables("参考性学习任务", LEARNING_TASK_COLUMNS, _task_table(old), _task_table(new))
    if old is None or new is None:
        course = new or old
        return CourseDiff(course.code, course.name, ADDED if old is None else REMOVED, [], tasks)
    fields = _text_changes(COURSE_FIELDS, old, new)
    changed = fields or tasks.changed or _course_row(old) != _course_row(new)
    return CourseDiff(new.code, new.name, CHANGED if changed else SAME, fields, tasks)


def compare_standards(old, new):
    """The structured diff between two versions (StandardDocs) of a standard."""
    terms = max(old.term_count(), new.term_count())
    plan_columns = ["课程代码", "课程名称", *[f"第{i}学期" for i in range(1, terms + 1)], "合计"]
    old_courses = {course.code: course for course in old.courses}
    new_courses = {course.code: course for course in new.courses}
    codes = list(new_courses) + [code for code in old_courses if code not in new_courses]
    return StandardDiff(
        fields=_text_changes(STANDARD_TEXT_FIELDS, old, new),
        course_plan=compare_tables("课程安排（各学期学时）", plan_columns, _plan_table(old, terms), _plan_table(new, terms)),
        typical_work_tasks=compare_tables(
            "典型工作任务",
            ["代码", "名称", "描述"],
            {t.code: [t.code, t.name, t.description] for t in old.typical_work_tasks},
            {t.code: [t.code, t.name, t.description] for t in new.typical_work_tasks},
        ),
        courses_overview=compare_tables(
            "一体化课程",
            ["课程代码", "课程名称", "基准学时", "典型工作任务", "过程性考核", "终结性考核", "学习任务数"],
            {code: _course_row(c) for code, c in old_courses.items()},
            {code: _course_row(c) for code, c in new_courses.items()},
        ),
        courses=[compare_courses(old_courses.get(code), new_courses.get(code)) for code in codes],
    )


@dataclass
class CourseVersion:
    version: object  # curriculum.StandardVersion
    course: object  # CourseDoc, or None where the version no longer holds the course
    change: CourseDiff

    @property
    def status_label(self):
        return STATUS_LABELS[self.change.status]


def course_history(versions, code):
    """How one course changed across the published versions [(version, StandardDoc), …], oldest first.

    The first version holding the course counts as "added"; versions before it are left out."""
    history, previous = [], None
    for version, doc in versions:
        course = next((c for c in doc.courses if c.code == code), None)
        if course is None and previous is None:
            continue
        history.append(CourseVersion(version, course, compare_courses(previous, course)))
        previous = course
    return history
