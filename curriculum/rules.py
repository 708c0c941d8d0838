"""Curriculum rules of 工学一体化 course standards (SPEC §2), as pure functions.

Rule ids (cited in messages, services and tests):

| id | rule | source |
|---|---|---|
| C1 | a course's reference learning tasks add up to its baseline hours | SPEC §2; 一体化培养方案 §三(五) |
| C2 | process and final assessment weights add up to 100% | SPEC §2 |
| C3 | every learning task is taught along the six steps of the complete action | SPEC §2; 一体化培养方案 §三(六) |
| C4 | every course derives from at least one known typical work task | SPEC §2; 一体化培养方案 §三(四) |
| C5 | codes of courses, typical work tasks and learning tasks are unique in a standard | SPEC §2 |
| C6 | a standard's level is one the major offers (技工院校专业目录) | SPEC §2 |
| C7 | a standard has exactly one chief editor before it is submitted (主编负责制) | Art. 14 |
| C8 | a version submitted for review has a version label and effective term of its own | SPEC §2 (versions, effective dates) |
| C9 | a textbook in a resource package is named: a platform textbook serving the course, or its bibliographic details | SPEC §2 (resource package: textbook link) |

Each function returns Chinese messages naming the rule; an empty list means allowed.
"""

import ipaddress
import re
from collections import Counter
from urllib.parse import urlsplit

from curriculum.document import TRAINING_LEVELS, WORK_PROCESS_STEPS, is_code

FULL_WEIGHT = 100


def learning_task_hours_problems(course):
    """C1: the learning tasks' hours must add up to the course's baseline hours."""
    total = course.learning_task_hours()
    if total == course.baseline_hours:
        return []
    return [
        f"C1（一体化课程规范）：课程“{course.heading}”的参考性学习任务学时合计 {total}，"
        f"与基准学时 {course.baseline_hours} 不一致。"
    ]


def assessment_weight_problems(course):
    """C2: 过程性考核 + 终结性考核 = 100%."""
    total = course.process_assessment_weight + course.final_assessment_weight
    if total == FULL_WEIGHT:
        return []
    return [f"C2（考核与评价）：课程“{course.heading}”的过程性考核与终结性考核权重合计 {total}%，应为 100%。"]


# Published standards often merge two neighbouring steps under one label (“计划与决策”): the merged
# label covers both steps, wherever the document put its text (C3).
MERGED_STEP_LABELS = {
    ("制定计划", "做出决策"): ("制定计划与决策", "计划与决策", "计划和决策", "制定计划和做出决策", "计划与决策制定"),
}


def _names_merge(text, labels):
    head = (text or "").strip().lstrip("【[（(").strip()
    return any(head.startswith(label) for label in labels)


def _covered_by_merge(task, step):
    for pair, labels in MERGED_STEP_LABELS.items():
        if step not in pair:
            continue
        if any(task.step_text(label).strip() for label in labels):
            return True
        if any(_names_merge(task.step_text(other), labels) for other in pair if other != step):
            return True
    return False


def missing_work_steps(task):
    """C3: the steps of the complete action a learning task does not describe; a step merged with
    its neighbour under a label such as “计划与决策” is described by the merged text."""
    return [step for step in WORK_PROCESS_STEPS if not task.step_text(step).strip() and not _covered_by_merge(task, step)]


def work_step_problems(course):
    problems = []
    for task in course.learning_tasks:
        missing = missing_work_steps(task)
        if missing:
            problems.append(
                f"C3（完整的工作过程）：课程“{course.heading}”的学习任务“{task.code} {task.name}”"
                f"缺少工作步骤：{'、'.join(missing)}。"
            )
    return problems


def plan_hours_problems(doc):
    """C1 at submission: the hours the 课程安排 gives a course add up to the course's 基准学时."""
    baseline = {course.code: course for course in doc.courses}
    problems = []
    for row in doc.course_plan:
        course = baseline.get(row.course_code)
        if course is not None and row.hours_per_term and row.total_hours != course.baseline_hours:
            problems.append(
                f"C1（课程安排）：课程安排中“{row.course_code} {row.course_name}”各学期学时合计 {row.total_hours}，"
                f"与该课程基准学时 {course.baseline_hours} 不一致。"
            )
    return problems


def typical_work_task_problems(course, known_task_codes):
    """C4: a course maps to ≥ 1 typical work task, and only to ones the standard lists."""
    if not course.typical_work_task_codes:
        return [f"C4（典型工作任务）：课程“{course.heading}”未对应任何典型工作任务。"]
    unknown = [code for code in course.typical_work_task_codes if code not in known_task_codes]
    if unknown:
        return [f"C4（典型工作任务）：课程“{course.heading}”对应的典型工作任务“{'、'.join(unknown)}”不在典型工作任务表中。"]
    return []


def duplicate_codes(codes):
    return sorted(code for code, count in Counter(codes).items() if count > 1)


def code_uniqueness_problems(doc):
    """C5: one code names one course, one typical work task, one learning task."""
    checks = (
        ("课程代码", [course.code for course in doc.courses]),
        ("典型工作任务代码", [task.code for task in doc.typical_work_tasks]),
        ("学习任务代码", [task.code for course in doc.courses for task in course.learning_tasks]),
        ("课程安排中的课程代码", [row.course_code for row in doc.course_plan]),
    )
    return [
        f"C5（代码唯一）：{label}“{'、'.join(duplicates)}”重复。"
        for label, codes in checks
        if (duplicates := duplicate_codes(codes))
    ]


def catalogue_code_problems(doc, other_course_names):
    """C5: an integrated course may not take the code of a catalogue course of another kind
    (公共课、专业课…), which textbooks and selections already cite under that code.

    ``other_course_names``: code → name of the catalogue's non-integrated courses."""
    return [
        f"C5（代码唯一）：课程代码“{course.code}”已被课程目录中的“{other_course_names[course.code]}”使用。"
        for course in doc.courses
        if course.code in other_course_names
    ]


def level_problems(level_code, offered_level_codes):
    """C6: the major must offer the standard's training level."""
    if level_code in offered_level_codes:
        return []
    label = TRAINING_LEVELS.get(level_code, level_code)
    return [f"C6（专业目录）：该专业未开设“{label}”培养层级，不能为其制定课程标准。"]


def chief_editor_problems(chief_editor_count, for_submission):
    """C7 (Art. 14): never two chief editors; exactly one once the standard goes to review."""
    if chief_editor_count > 1:
        return ["C7（第十四条）：课程标准只能有一名主编。"]
    if for_submission and chief_editor_count == 0:
        return ["C7（第十四条）：实行主编负责制，提交审核前须指定一名主编。"]
    return []


def version_problems(version_label, effective_term, published_labels):
    """C8: a new version is told apart from the published ones and says from which term it applies."""
    problems = []
    if not version_label.strip() or not effective_term.strip():
        problems.append("C8（版本管理）：提交审核的版本须写明版本号和生效学期。")
    if version_label in published_labels:
        problems.append(f"C8（版本管理）：版本号“{version_label}”已发布过，新版本须使用新的版本号。")
    return problems


RESOURCE_LINK_SCHEMES = ("http", "https")
# A host label: letters of any script (中文域名), digits and inner hyphens.
_HOST_LABEL = re.compile(r"^(?!-)[\w-]{1,63}(?<!-)$")


def _host_problem(host):
    """Why a link's host is not a public web site, or None."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        labels = host.rstrip(".").split(".")
        if len(labels) < 2 or host == "localhost" or not all(_HOST_LABEL.match(label) and "_" not in label for label in labels):
            return f"第三十七条：资源链接的网站地址“{host}”不是有效的公网域名。"
        return None
    if not address.is_global:
        return f"第三十七条：资源链接不能指向内网或本机地址（{host}）。"
    return None


def resource_link_problem(url):
    """Art. 37: a resource's link points to a public web page (http/https with a real host, no
    javascript:/data: or embedded credentials); the public pages show it as an external link."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in RESOURCE_LINK_SCHEMES:
        return "第三十七条：资源链接须为 http 或 https 网址。"
    if parts.username is not None or parts.password is not None:
        return "第三十七条：资源链接不能包含用户名或密码。"
    try:
        host = (parts.hostname or "").lower()
    except ValueError:
        host = ""
    if not host:
        return "第三十七条：资源链接须写明网站地址。"
    return _host_problem(host)


def resource_course_problem(unit_compiles_course):
    """Art. 37: a resource belongs to the unit that made it and is attached only to a course of a
    standard that unit compiles, never to another unit's course, whatever path it comes by."""
    if not unit_compiles_course:
        return "第三十七条：教学资源属于编写单位，只能列入本单位编写的课程标准中的课程。"
    return None


def resource_review_problems(*, may_review, responsible, own_unit, approved, comment, panel, route):
    """Art. 37 (凡编必审) with Art. 22: a teaching resource is reviewed before it appears publicly
    by the organiser responsible for it, under the procedure that organiser set (panel size,
    expert categories); never by the unit that made it (R1) nor by a supervisor. ``panel`` lists
    (category, from_compiling_unit) of the experts who reviewed it."""
    if not may_review:
        return ["第三十七条、第二十二条：教学资源由负责的审核组织单位按其审核程序审核，编写单位和监督部门不能审核。"]
    if not responsible:
        return ["第二十二条：该教学资源不属于本单位审核，应由编写单位所在地的审核组织单位按其审核程序审核。"]
    if own_unit:
        return ["R1（第十九条）：审核人员不能审核本单位编写的教学资源（编审分离）。"]
    problems = []
    if any(from_unit for _category, from_unit in panel):
        problems.append("R1（第十九条）：编写单位的人员不能担任其教学资源的评审专家（编审分离）。")
    if len(panel) < route.panel_size:
        problems.append(f"第二十二条：按本单位审核程序，教学资源须经 {route.panel_size} 名评审专家审核（已选 {len(panel)} 名）。")
    if len({category for category, _from_unit in panel}) < route.min_categories:
        problems.append(f"R4（第十九条）：评审专家须来自至少 {route.min_categories} 个专家类别。")
    if not approved and not (comment or "").strip():
        problems.append("第三十七条：审核不通过须写明意见。")
    return problems


def resource_textbook_problems(is_textbook_kind, textbook_linked, reference_given, textbook_serves_course):
    """C9: a resource package's textbook item names its textbook; a linked platform textbook serves the item's course."""
    if textbook_linked and not is_textbook_kind:
        return ["C9（教学资源包）：只有“教材”类资源可以关联平台教材。"]
    if is_textbook_kind and not (textbook_linked or reference_given):
        return ["C9（教学资源包）：教材类资源须关联平台教材或填写教材信息。"]
    if textbook_linked and not textbook_serves_course:
        return ["C9（教学资源包）：所选教材不服务于该课程，不能列入该课程的教学资源包。"]
    return []


def course_problems(course, known_task_codes):
    return [
        *learning_task_hours_problems(course),
        *assessment_weight_problems(course),
        *work_step_problems(course),
        *typical_work_task_problems(course, known_task_codes),
    ]


def document_problems(doc):
    """C1–C5 on the document alone, without catalogue facts: codes unique, then each course."""
    known = {task.code for task in doc.typical_work_tasks}
    return [
        *code_uniqueness_problems(doc),
        *(problem for course in doc.courses for problem in course_problems(course, known)),
    ]


def import_warnings(doc):
    """What the DOCX importer tells the teacher the draft still breaks (C1–C5 and the 课程安排
    hours): the draft is stored all the same, and submission refuses it until fixed."""
    return [*document_problems(doc), *plan_hours_problems(doc)]


def standard_problems(doc, offered_level_codes, other_course_names=None):
    """Everything that refuses a standard: the rules C1–C6, then what breaks a lossless DOCX round trip."""
    problems = [
        *level_problems(doc.level, offered_level_codes),
        *catalogue_code_problems(doc, other_course_names or {}),
        *document_problems(doc),
    ]
    return problems or doc.structure_problems()


def draft_problems(doc):
    """What a draft must satisfy to be stored at all: every course, learning task, typical work task
    and plan row carries a well-formed code (the identity pages and citations use) and a name.
    The curriculum rules C1–C8 wait for submission (submission_checklist), so that a standard
    imported from Word comes in as a draft the teacher then completes (issue 16)."""
    problems = []

    def check(label, code, name):
        if not is_code(code):
            problems.append(f"{label}的代码“{code}”格式不正确（应由字母、数字和 -_./ 组成，且含数字），请在编辑页改正。")
        if not name.strip():
            problems.append(f"{label}“{code}”缺少名称。")

    for row in doc.course_plan:
        check("课程安排中的课程", row.course_code, row.course_name)
    for task in doc.typical_work_tasks:
        check("典型工作任务", task.code, task.name)
    for course in doc.courses:
        check("一体化课程", course.code, course.name)
        for task in course.learning_tasks:
            check(f"课程“{course.name}”的学习任务", task.code, task.name)
    return problems


# The checklist shown before a standard is submitted for review, in the order of the rule table.
CHECKLIST = (
    ("C1", "学习任务学时合计等于课程基准学时"),
    ("C2", "过程性考核与终结性考核权重合计 100%"),
    ("C3", "每个学习任务包含完整的六个工作步骤"),
    ("C4", "每门课程对应典型工作任务表中的任务"),
    ("C5", "课程、典型工作任务、学习任务代码唯一"),
    ("C6", "培养层级为该专业开设的层级"),
    ("C7", "指定一名主编"),
    ("C8", "写明新的版本号和生效学期"),
)


def submission_checklist(doc, offered_level_codes, other_course_names, chief_editor_count, published_labels):
    """C1–C8 before submission for review: [(rule id, what it asks, problems)], in rule order."""
    known = {task.code for task in doc.typical_work_tasks}
    by_rule = {
        "C1": [*(p for course in doc.courses for p in learning_task_hours_problems(course)), *plan_hours_problems(doc)],
        "C2": [p for course in doc.courses for p in assessment_weight_problems(course)],
        "C3": [p for course in doc.courses for p in work_step_problems(course)],
        "C4": [p for course in doc.courses for p in typical_work_task_problems(course, known)],
        "C5": [*code_uniqueness_problems(doc), *catalogue_code_problems(doc, other_course_names or {})],
        "C6": level_problems(doc.level, offered_level_codes),
        "C7": chief_editor_problems(chief_editor_count, for_submission=True),
        "C8": version_problems(doc.version_label, doc.effective_term, published_labels),
    }
    if not doc.courses:
        by_rule["C1"] = ["C1（一体化课程规范）：课程标准中还没有一体化课程。"]
    return [(rule, title, by_rule[rule]) for rule, title in CHECKLIST]


def submission_problems(checklist):
    return [problem for _, _, problems in checklist for problem in problems]
