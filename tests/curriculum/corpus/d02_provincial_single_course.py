"""The teacher's file of the issue: a provincial standard for one integrated course.

Title, one line holding 适用专业 with its code, 适用层级 and 基准学时; Heading 1 chapters; a
five-column work-content table; goals numbered by Word; a learning-task table with hours;
six-step advice written once for the course; an assessment-weight table; and a chapter on
teaching resources the importer has no field for (the teacher maps it to 教学实施建议)."""

from tests.curriculum.corpus import word

GOALS = [
    "能识读中等复杂程度的轴套类零件图，明确加工精度要求。",
    "能根据零件特点编制数控车削加工工艺卡，合理选择刀具和切削用量。",
    "能规范操作数控车床完成零件加工，并用常用量具进行质量检验。",
    "能在加工过程中遵守安全文明生产规范，养成“6S”职业习惯。",
]
LEARNING_TASKS = [
    ("1", "传动轴的数控车削加工", "36", "依据图样完成传动轴的工艺编制、编程与加工，尺寸精度达到IT7级。"),
    ("2", "轴承套的数控车削加工", "42", "完成轴承套内外圆与内孔的加工，保证同轴度不大于0.02 mm。"),
    ("3", "螺纹连接件的数控车削加工", "42", "完成内外螺纹配合件的加工，配合松紧适度。"),
]
STEP_ADVICE = {
    "获取信息": "学生阅读生产任务单和零件图，明确加工内容、数量和工期。",
    "制定计划": "小组讨论制定加工工艺路线，编写数控加工程序。",
    "做出决策": "各组汇报方案，师生共同比较并确定最优方案。",
    "实施计划": "在数控车床上完成对刀、程序校验和零件加工。",
    "检查控制": "按检验卡逐项检测，记录并分析超差原因。",
    "评价反馈": "开展自评、互评与教师评价，撰写工作总结。",
}
RESOURCES = "配备《数控车削加工技术》工作页、机床操作视频和仿真软件。"


def build():
    d = word.new_document()
    word.title(d, "数控车削加工课程标准", style=False)
    word.para(d, "适用专业：数控加工（0103）　适用层级：高级技能　基准学时：120")
    word.para(d, "编制单位：重庆市工业技师学院　　版本：2026版")
    word.heading(d, "一、典型工作任务描述", 1)
    word.para(d, "数控车工根据生产任务单和零件图样，在数控车床上完成轴套类零件的加工，并交付检验。")
    word.heading(d, "二、工作内容分析", 1)
    word.table(
        d,
        [
            ["工作对象", "工具、材料、设备与资料", "工作方法", "劳动组织方式", "工作要求"],
            [
                "1.零件图样与工艺文件；\n2.毛坯与加工程序。",
                "数控车床、车刀、游标卡尺、千分尺、机床手册。",
                "工艺分析、试切对刀、首件检验。",
                "班组长分配任务，操作工独立加工，检验员抽检。",
                "按图样和工艺要求加工，做好设备点检与交接班记录。",
            ],
        ],
    )
    word.heading(d, "三、课程目标", 1)
    word.para(d, "学习完本课程后，学生应当能够：")
    word.numbered(d, GOALS)
    word.heading(d, "四、学习内容", 1)
    word.para(d, "数控车床操作规程；轴套类零件车削工艺；G71/G70复合循环编程；螺纹加工与检测。")
    word.heading(d, "五、参考性学习任务", 1)
    word.table(d, [["序号", "学习任务名称", "学时", "学习任务描述"], *map(list, LEARNING_TASKS)])
    word.heading(d, "六、教学实施建议", 1)
    word.para(d, "本课程按完整的工作过程组织教学，各学习任务均按以下六个步骤实施：")
    word.table(d, [["工作环节", "教学建议"], *[[k, v] for k, v in STEP_ADVICE.items()]])
    word.heading(d, "七、课程考核", 1)
    word.table(
        d,
        [
            ["考核类型", "权重", "考核内容与方式"],
            ["过程性考核", "60%", "各学习任务的工作页、操作规范和职业素养"],
            ["终结性考核", "40%", "综合零件加工，按企业检验标准评分"],
        ],
    )
    word.heading(d, "八、教学资源", 1)
    word.para(d, RESOURCES)
    return word.save(d)


EXPECTED = {
    "title": "数控车削加工课程标准",
    "major_code": "0103",
    "major_name": "数控加工",
    "level": "advanced",
    "version_label": "2026版",
    "courses.0.name": "数控车削加工",
    "courses.0.baseline_hours": 120,
    "courses.0.task_description": "数控车工根据生产任务单和零件图样，在数控车床上完成轴套类零件的加工，并交付检验。",
    "courses.0.work_objects": "1.零件图样与工艺文件；\n2.毛坯与加工程序。",
    "courses.0.tools_materials": "数控车床、车刀、游标卡尺、千分尺、机床手册。",
    "courses.0.work_methods": "工艺分析、试切对刀、首件检验。",
    "courses.0.labour_organisation": "班组长分配任务，操作工独立加工，检验员抽检。",
    "courses.0.work_requirements": "按图样和工艺要求加工，做好设备点检与交接班记录。",
    "courses.0.course_goals": "学习完本课程后，学生应当能够：\n" + "\n".join(f"{i}.{g}" for i, g in enumerate(GOALS, 1)),
    "courses.0.learning_content": "数控车床操作规程；轴套类零件车削工艺；G71/G70复合循环编程；螺纹加工与检测。",
    "courses.0.teaching_advice": "本课程按完整的工作过程组织教学，各学习任务均按以下六个步骤实施：\n" + RESOURCES,
    "courses.0.process_assessment_weight": 60,
    "courses.0.final_assessment_weight": 40,
    "courses.0.process_assessment": "各学习任务的工作页、操作规范和职业素养",
    "courses.0.final_assessment": "综合零件加工，按企业检验标准评分",
    **{
        f"courses.0.learning_tasks.{i}.{key}": value
        for i, (_, name, hours, desc) in enumerate(LEARNING_TASKS)
        for key, value in (("name", name), ("hours", int(hours)), ("description", desc), ("steps", STEP_ADVICE))
    },
}
MAPPING = {"八、教学资源": "courses.0.teaching_advice"}
