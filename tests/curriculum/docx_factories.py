"""Realistic course standards and Word files for the DOCX import/export tests.

* :func:`cnc_standard` — a 数控加工 (0203) 高级技能 standard with 4 integrated
  courses and 13 reference learning tasks, consistent with the curriculum rules.
* :func:`hand_written_docx` — the same standard typed by a teacher straight in
  Word (python-docx here), with the usual variations: bold lines instead of
  heading styles, half-width “1.” numbering, blank lines, full-width spaces.
* zip helpers to build hostile packages.
"""

from __future__ import annotations

import io
import zipfile

from curriculum.document import (
    WORK_PROCESS_STEPS,
    CourseDoc,
    CoursePlanRow,
    LearningTaskDoc,
    StandardDoc,
    TypicalWorkTaskDoc,
)

# ---------------------------------------------------------------------------
# A realistic standard
# ---------------------------------------------------------------------------

TYPICAL_WORK_TASKS = [
    ("T01", "轴类零件的数控车削加工", "依据零件图样和工艺文件，在数控车床上完成阶梯轴、螺纹轴等轴类零件的编程、加工与自检。"),
    ("T02", "套类与盘类零件的数控车削加工", "完成套、盘类零件内外轮廓的车削，保证同轴度、垂直度等位置精度要求。"),
    ("T03", "平面与轮廓零件的数控铣削加工", "在数控铣床上完成平面、凸台、型腔零件的铣削加工，按“6S”要求整理现场。"),
    ("T04", "孔系与箱体零件的加工中心加工", "在加工中心上完成孔系、箱体类零件多工序加工，合理选择刀具和切削参数。"),
    ("T05", "复杂零件的CAD/CAM编程与加工", "运用 CAD/CAM 软件完成曲面零件建模、刀路规划、后置处理和在线加工。"),
    ("T06", "数控机床的日常维护与精度检验", "按照设备点检表完成数控机床的日常保养、常见故障判别和几何精度检验。"),
]

STEP_TEMPLATES = {
    "获取信息": "阅读{name}的任务单和零件图样，明确尺寸精度、表面粗糙度及交付期限，查阅相关技术资料。",
    "制定计划": "分析{name}的加工工艺，小组讨论拟定加工路线、刀具清单与切削参数，填写工艺卡片。",
    "做出决策": "各小组展示加工方案，教师点评后比较方案的可行性与经济性，确定最终方案。",
    "实施计划": "按操作规程装夹工件、对刀、输入并校验程序，完成{name}，做好过程记录。",
    "检查控制": "使用游标卡尺、千分尺和螺纹环规等量具自检、互检，分析超差原因并采取纠正措施。",
    "评价反馈": "展示成果，开展自评、互评和教师评价，总结经验，按“6S”要求整理工位。",
}


def _task(code: str, name: str, hours: int, description: str) -> LearningTaskDoc:
    steps = {step: STEP_TEMPLATES[step].format(name=name) for step in WORK_PROCESS_STEPS}
    return LearningTaskDoc(code=code, name=name, hours=hours, description=description, steps=steps)


def _course(
    code: str,
    name: str,
    task_codes: list[str],
    tasks: list[LearningTaskDoc],
    focus: str,
    equipment: str,
) -> CourseDoc:
    hours = sum(task.hours for task in tasks)
    return CourseDoc(
        code=code,
        name=name,
        baseline_hours=hours,
        typical_work_task_codes=task_codes,
        task_description=(
            f"{name}是数控车铣加工岗位的典型工作任务。操作工从生产主管处领取任务单，"
            f"识读零件图样，{focus}，完成加工后交付质检员检验。\n"
            "工作过程中严格执行安全操作规程和企业质量管理制度，按“6S”管理要求整理现场。"
        ),
        work_objects=f"零件图样、工艺文件的识读；{focus}；加工质量的检测与记录。",
        tools_materials=(
            f"工具：{equipment}、扳手、卡盘钥匙、刀具、量具（游标卡尺、千分尺、百分表）。\n"
            "材料：45 钢、铝合金棒料及板料、切削液。\n"
            "设备：数控车床、数控铣床或加工中心。\n"
            "资料：零件图样、工艺卡片、机床操作手册、切削用量手册。"
        ),
        work_methods="识图法、工艺分析法、程序编制与仿真校验、试切法对刀、质量检测法。",
        labour_organisation="以小组合作方式进行，每组 3～4 人，组长负责任务分配；从生产主管处领取任务，完成后交质检员检验。",
        work_requirements=(
            "1. 遵守安全操作规程，穿戴好劳动防护用品。\n"
            "2. 零件尺寸精度达到 IT7～IT8 级，表面粗糙度 Ra1.6～Ra3.2 μm。\n"
            "3. 按时完成任务，做好设备维护和“6S”现场管理。"
        ),
        course_goals=(
            "学习完本课程后，学生应当能够胜任相关零件的数控加工工作，包括：\n"
            "1. 能读懂任务单和零件图样，明确加工要求。\n"
            f"2. 能合理制定{name}的加工工艺，正确选用刀具和切削参数。\n"
            "3. 能独立编制、校验加工程序，规范操作数控机床完成零件加工。\n"
            "4. 能运用常用量具检测零件，分析质量问题并提出改进措施。\n"
            "5. 能在工作中养成严谨细致、精益求精的工匠精神。"
        ),
        learning_content=(
            "1. 零件图样识读：尺寸公差、几何公差和表面粗糙度的含义。\n"
            "2. 加工工艺：工序划分、装夹方式、刀具选择和切削用量计算。\n"
            "3. 程序编制：G 代码、M 代码，循环指令与子程序。\n"
            "4. 机床操作：开关机、回参考点、对刀、程序输入与自动加工。\n"
            "5. 质量检测：量具的使用与保养，检测报告的填写。"
        ),
        teaching_advice=(
            "1. 教学组织方式：采用行动导向教学，按照六步法组织学习过程，分组教学，每组不超过 4 人。\n"
            "2. 教学场地：一体化学习工作站，具备理论学习区、计划决策区、实施操作区和成果展示区。\n"
            "3. 教学资源：工作页、活页式教材、仿真软件、教学视频和企业真实案例。"
        ),
        process_assessment_weight=60,
        process_assessment="采用自评、互评和教师评价相结合的方式，评价学生在每个学习任务中的工作页完成情况、操作规范和职业素养。",
        final_assessment_weight=40,
        final_assessment="在规定时间内按图样独立完成一个综合零件的加工，依据评分标准检测零件质量。",
        learning_tasks=tasks,
    )


def cnc_standard() -> StandardDoc:
    """数控加工（0203）高级技能 工学一体化课程标准 — 4 courses, 13 learning tasks."""
    courses = [
        _course(
            "0203-01",
            "数控车床零件加工",
            ["T01", "T02"],
            [
                _task("0203-01-01", "阶梯轴的数控车削加工", 30, "完成某企业传动阶梯轴的数控车削加工，直径公差 ±0.02 mm。"),
                _task("0203-01-02", "螺纹轴的数控车削加工", 30, "加工带 M24×2 外螺纹的连接轴，用螺纹环规检验。"),
                _task("0203-01-03", "轴套的数控车削加工", 30, "加工液压缸用轴套，保证内外圆同轴度 0.03 mm。"),
                _task("0203-01-04", "端盖的数控车削加工", 30, "加工减速器端盖，完成端面、止口和孔的车削。"),
            ],
            "编制数控车削程序，装夹工件和刀具，完成零件车削",
            "三爪卡盘、顶尖",
        ),
        _course(
            "0203-02",
            "数控铣床零件加工",
            ["T03"],
            [
                _task("0203-02-01", "平面凸台零件的数控铣削加工", 32, "铣削带凸台的底板，控制平面度和轮廓尺寸。"),
                _task("0203-02-02", "型腔零件的数控铣削加工", 32, "加工模具型腔，合理安排粗精加工余量。"),
                _task("0203-02-03", "槽类零件的数控铣削加工", 32, "铣削导轨滑块上的直槽与T形槽。"),
            ],
            "编制数控铣削程序，完成平面、轮廓和型腔的铣削",
            "平口钳、寻边器",
        ),
        _course(
            "0203-03",
            "加工中心零件加工",
            ["T04"],
            [
                _task("0203-03-01", "孔系零件的加工中心加工", 36, "完成法兰盘孔系的钻、扩、铰和攻丝加工。"),
                _task("0203-03-02", "箱体零件的加工中心加工", 36, "完成变速箱体多面多工序加工，保证孔距精度。"),
                _task("0203-03-03", "支架零件的加工中心加工", 36, "利用第四轴完成支架零件的多面加工。"),
            ],
            "利用刀库自动换刀完成多工序加工",
            "机用虎钳、对刀仪",
        ),
        _course(
            "0203-04",
            "CAD/CAM零件编程与加工",
            ["T05", "T06"],
            [
                _task("0203-04-01", "鼠标外壳的CAD/CAM编程与加工", 40, "完成鼠标外壳凸模的三维建模、刀路规划与加工。"),
                _task("0203-04-02", "叶轮的多轴编程与加工", 40, "运用五轴加工中心完成叶轮的编程与加工。"),
                _task("0203-04-03", "数控机床的精度检验与维护", 40, "按国家标准完成机床几何精度检验，填写点检记录。"),
            ],
            "运用CAD/CAM软件建模、生成刀路并后置处理",
            "CAM 软件、DNC 传输线",
        ),
    ]
    plan = [
        CoursePlanRow("G01", "思想政治", [36, 36, 36, 36, 0, 0]),
        CoursePlanRow("G02", "语文", [54, 54, 0, 0, 0, 0]),
        CoursePlanRow("G03", "数学", [54, 54, 0, 0, 0, 0]),
        CoursePlanRow("G04", "体育与健康", [36, 36, 36, 36, 0, 0]),
        CoursePlanRow("J01", "机械制图", [72, 0, 0, 0, 0, 0]),
        CoursePlanRow("0203-01", "数控车床零件加工", [0, 120, 0, 0, 0, 0]),
        CoursePlanRow("0203-02", "数控铣床零件加工", [0, 0, 96, 0, 0, 0]),
        CoursePlanRow("0203-03", "加工中心零件加工", [0, 0, 0, 108, 0, 0]),
        CoursePlanRow("0203-04", "CAD/CAM零件编程与加工", [0, 0, 0, 0, 120, 0]),
        CoursePlanRow("S01", "岗位实习", [0, 0, 0, 0, 0, 600]),
    ]
    return StandardDoc(
        major_code="0203",
        major_name="数控加工",
        level="advanced",
        title="数控加工专业（高级技能）工学一体化课程标准",
        version_label="2026版",
        effective_term="2026-2027学年第一学期",
        training_goals=(
            "本专业高级技能层级培养面向机械制造企业，从事数控车床、数控铣床和加工中心操作、"
            "工艺编制、质量检测及设备维护等工作，具有良好职业道德和工匠精神的高技能人才。\n"
            "毕业生能够独立完成中等复杂程度零件的数控加工，能解决生产中的一般工艺问题，"
            "能对初级、中级技能人员进行技术指导。"
        ),
        course_plan=plan,
        course_norms=(
            "本专业课程由通用职业素质课程、专业基础课程、工学一体化课程和选修课程组成。"
            "工学一体化课程依据典型工作任务设计，以参考性学习任务为载体组织教学。"
        ),
        implementation_advice=(
            "1. 师资队伍：工学一体化教师应具备相应的职业资格或职业技能等级，企业兼职教师比例不低于 20%。\n"
            "2. 教学场地：按照工学一体化学习工作站建设，工位数满足分组教学需要。\n"
            "3. 教学资源：配备活页式、工作手册式教材和教学资源包。"
        ),
        assessment_and_evaluation=(
            "采用过程性考核与终结性考核相结合的方式，引入企业评价标准。\n"
            "学生毕业考核合格，可视同职业技能等级认定合格。"
        ),
        typical_work_tasks=[TypicalWorkTaskDoc(*row) for row in TYPICAL_WORK_TASKS],
        courses=courses,
    )


# ---------------------------------------------------------------------------
# A Word file typed by a teacher
# ---------------------------------------------------------------------------


def hand_written_docx(
    standard: StandardDoc | None = None,
    *,
    bold_headings: bool = True,
    half_width_numbering: bool = True,
    blank_lines: bool = True,
    omit_sections: tuple[str, ...] = (),
    omit_course_subsections: tuple[str, ...] = (),
    course_plan_cell: tuple[int, int, str] | None = None,
) -> bytes:
    """The standard typed directly in Word, deliberately unlike the exporter's
    output: bold paragraphs instead of heading styles, “1.”/“（一）” numbering,
    blank lines, full-width spaces, a label/value table laid out in 4 columns,
    a two-row course plan header, a total row, and 六步 tables written across.

    ``omit_sections`` leaves out top-level sections by Chinese name;
    ``course_plan_cell`` = (row, col, text) overwrites one course-plan cell.
    """
    from docx import Document

    doc = standard or cnc_standard()
    word = Document()
    numbers = ["1.", "2.", "3.", "4.", "5.", "6.", "7."] if half_width_numbering else list("一二三四五六七")
    separator = " " if half_width_numbering else "、"

    def heading(text: str, level: int) -> None:
        if bold_headings:
            paragraph = word.add_paragraph()
            paragraph.add_run(text).bold = True
        else:
            word.add_heading(text, level)
        if blank_lines:
            word.add_paragraph("")

    def body(text: str) -> None:
        for line in text.split("\n"):
            word.add_paragraph("\u3000\u3000" + line)  # the usual two full-width spaces
        if blank_lines:
            word.add_paragraph("   ")

    def table(rows: list[list[str]]) -> None:
        t = word.add_table(rows=len(rows), cols=len(rows[0]))
        for cells, values in zip(t.rows, rows):
            for cell, value in zip(cells.cells, values):
                cell.text = value

    sections = iter(range(7))

    def top(name: str) -> bool:
        if name in omit_sections:
            return False
        index = next(sections)
        heading(f"{numbers[index]}{separator}{name}", 1)
        return True

    title = word.add_paragraph()
    title.add_run(doc.title).bold = True
    word.add_paragraph("（征求意见稿）")
    if top("专业信息"):
        table(
            [
                ["专业代码", doc.major_code, "专业名称", doc.major_name],
                ["培养层次", doc.level_label.replace("技能", "工"), "版本号", doc.version_label],
                ["实施学期", doc.effective_term, "", ""],
            ]
        )
    if top("培养目标"):
        body(doc.training_goals)
    if top("课程安排"):
        terms = len(doc.course_plan[0].hours_per_term)
        rows = [["课程代码", "课程名称", *["学期学时分配"] * terms, "总学时"]]
        rows.append(["", "", *[str(i) for i in range(1, terms + 1)], ""])
        rows.append(["公共课程"] * (terms + 3))
        for row in doc.course_plan:
            hours = ["" if h == 0 else str(h) for h in row.hours_per_term]
            rows.append([row.course_code, row.course_name, *hours, str(row.total_hours)])
        totals = [sum(r.hours_per_term[i] for r in doc.course_plan) for i in range(terms)]
        rows.append(["总计", "", *map(str, totals), str(sum(totals))])
        if course_plan_cell:
            r, c, text = course_plan_cell
            rows[r][c] = text
        table(rows)
        word.add_paragraph("说明：岗位实习安排在第六学期。")
    if top("课程规范"):
        body(doc.course_norms)
        for number, course in enumerate(doc.courses, start=1):
            _hand_written_course(word, doc, course, number, heading, body, table, omit_course_subsections)
    if top("典型工作任务"):
        table([["序号", "代码", "典型工作任务名称", "任务描述"]] + [
            [str(i), t.code, t.name, t.description] for i, t in enumerate(doc.typical_work_tasks, start=1)
        ])
    if top("实施建议"):
        body(doc.implementation_advice)
    if top("考核与评价"):
        body(doc.assessment_and_evaluation)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _hand_written_course(word, doc, course, number, heading, body, table, omit) -> None:
    heading(f"（{'一二三四五六七八九十'[number - 1]}）{course.code}\u3000{course.name}", 2)
    word.add_paragraph(f"基准学时：{course.baseline_hours} 学时")
    subsections = [
        ("对应典型工作任务", lambda: body("、".join(course.typical_work_task_codes))),
        ("典型工作任务描述", lambda: body(course.task_description)),
        (
            "工作内容分析",
            lambda: table(
                [
                    ["项目", "内容"],
                    ["工作对象", course.work_objects],
                    ["工具、材料、设备和资料", course.tools_materials],
                    ["工作方法", course.work_methods],
                    ["劳动组织形式", course.labour_organisation],
                    ["工作要求", course.work_requirements],
                ]
            ),
        ),
        ("课程目标", lambda: body(course.course_goals)),
        ("学习内容", lambda: body(course.learning_content)),
        ("参考性学习任务", lambda: _hand_written_tasks(word, course, table)),
        ("教学实施建议", lambda: body(course.teaching_advice)),
        (
            "考核要求",
            lambda: table(
                [
                    ["考核方式", "比例", "考核内容"],
                    ["过程性考核", f"{course.process_assessment_weight}%", course.process_assessment],
                    ["终结性考核", f"{course.final_assessment_weight}%", course.final_assessment],
                ]
            ),
        ),
    ]
    for index, (name, write) in enumerate(subsections, start=1):
        if name in omit:
            continue
        heading(f"{index}.{name}", 3)
        write()


def _hand_written_tasks(word, course, table) -> None:
    table(
        [["序号", "学习任务代码", "学习任务名称", "参考学时", "学习任务描述"]]
        + [[str(i), t.code, t.name, f"{t.hours}学时", t.description] for i, t in enumerate(course.learning_tasks, 1)]
        + [["", "", "合计", str(course.learning_task_hours()), ""]]
    )
    for i, task in enumerate(course.learning_tasks, start=1):
        word.add_paragraph(f"学习任务{i}：{task.name}")
        steps = list(WORK_PROCESS_STEPS)
        labels = ["明确任务/获取信息", "制订计划", "作出决策", "计划实施", "检查与控制", "评价与反馈"]
        table([labels, [task.steps[s] for s in steps]])


# ---------------------------------------------------------------------------
# Zip helpers for hostile packages
# ---------------------------------------------------------------------------


def zip_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def build_zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def rewrite_docx(data: bytes, *, drop: tuple[str, ...] = (), replace: dict[str, bytes] | None = None) -> bytes:
    members = {name: content for name, content in zip_members(data).items() if name not in drop}
    members.update(replace or {})
    return build_zip(members)
