"""A school's standard for one course, typed without any heading style: chapters numbered
一、/（一）/1. by hand, labels on lines of their own with synonyms (专业编码, 培养层级, 参考学时),
six-step advice once for the course as paragraphs with a merged 制定计划与决策 step."""

from tests.curriculum.corpus import word

LTS = [
    ("LT1", "照明电路的安装与检修", 24, "完成住宅照明电路的布线、安装与通电检测。"),
    ("LT2", "三相异步电动机控制线路安装", 36, "完成正反转控制线路的安装调试，排除常见故障。"),
    ("LT3", "配电箱的安装与调试", 30, "按图纸完成配电箱元件安装、接线与绝缘检测。"),
]


def build():
    d = word.new_document()
    word.title(d, "电气线路安装与维修课程标准", style=False)
    word.para(d, "专业编码：0201")
    word.para(d, "专业名称：电气自动化设备安装与维修")
    word.para(d, "培养层级：中级技能")
    word.para(d, "课程代码：0201-03")
    word.para(d, "参考学时：90学时")
    word.para(d, "生效学期：2026-2027学年第一学期")
    word.para(d, "一、课程目标")
    word.para(d, "（1）能识读电气原理图和接线图。")
    word.para(d, "（2）能按规范完成低压电气线路的安装与检修。")
    word.para(d, "（3）能执行电气安全操作规程。")
    word.para(d, "二、学习内容")
    word.para(d, "常用低压电器的选用；照明与动力线路安装；电动机控制线路；安全用电。")
    word.para(d, "三、工作内容分析")
    word.para(d, "工作对象：电气图纸、低压电器元件、导线与线槽。")
    word.para(d, "工具、材料、设备与资料：万用表、兆欧表、剥线钳、电工手册。")
    word.para(d, "工作方法：看图分析、分段检测、通电试验。")
    word.para(d, "劳动组织方式：两人一组协作完成，班组长验收。")
    word.para(d, "工作要求：执行停送电制度，线路整齐美观，绝缘合格。")
    word.para(d, "四、参考性学习任务")
    word.table(d, [["代码", "学习任务", "课时", "任务描述"], *[[c, n, str(h), t] for c, n, h, t in LTS]])
    word.para(d, "五、教学实施建议")
    word.para(d, "（一）教学组织")
    word.para(d, "采用小组合作学习，每组2人，轮换担任组长。")
    word.para(d, "（二）教学过程")
    word.para(d, "1.获取信息：阅读工作任务单，勘察现场，明确安装要求。")
    word.para(d, "2.制定计划与决策：绘制布线图、列出材料清单，经教师审核后确定施工方案。")
    word.para(d, "3.实施计划：按工艺要求安装元件、敷设导线并接线。")
    word.para(d, "4.检查控制：用万用表和兆欧表检测线路，通电试验。")
    word.para(d, "5.评价反馈：展示作品，自评互评，整理工位。")
    word.para(d, "六、考核评价")
    word.para(d, "过程性考核占60%：学习任务完成质量、安全规范与职业素养。")
    word.para(d, "终结性考核占40%：综合线路安装与故障排除实操考核。")
    return word.save(d)


STEPS = {
    "获取信息": "阅读工作任务单，勘察现场，明确安装要求。",
    "制定计划": "绘制布线图、列出材料清单，经教师审核后确定施工方案。",
    "做出决策": "绘制布线图、列出材料清单，经教师审核后确定施工方案。",
    "实施计划": "按工艺要求安装元件、敷设导线并接线。",
    "检查控制": "用万用表和兆欧表检测线路，通电试验。",
    "评价反馈": "展示作品，自评互评，整理工位。",
}
EXPECTED = {
    "title": "电气线路安装与维修课程标准",
    "major_code": "0201",
    "major_name": "电气自动化设备安装与维修",
    "level": "intermediate",
    "effective_term": "2026-2027学年第一学期",
    "courses.0.code": "0201-03",
    "courses.0.name": "电气线路安装与维修",
    "courses.0.baseline_hours": 90,
    "courses.0.course_goals": "（1）能识读电气原理图和接线图。\n（2）能按规范完成低压电气线路的安装与检修。\n（3）能执行电气安全操作规程。",
    "courses.0.learning_content": "常用低压电器的选用；照明与动力线路安装；电动机控制线路；安全用电。",
    "courses.0.work_objects": "电气图纸、低压电器元件、导线与线槽。",
    "courses.0.tools_materials": "万用表、兆欧表、剥线钳、电工手册。",
    "courses.0.work_methods": "看图分析、分段检测、通电试验。",
    "courses.0.labour_organisation": "两人一组协作完成，班组长验收。",
    "courses.0.work_requirements": "执行停送电制度，线路整齐美观，绝缘合格。",
    "courses.0.teaching_advice": "（一）教学组织\n采用小组合作学习，每组2人，轮换担任组长。",
    "courses.0.process_assessment_weight": 60,
    "courses.0.final_assessment_weight": 40,
    "courses.0.process_assessment": "学习任务完成质量、安全规范与职业素养。",
    "courses.0.final_assessment": "综合线路安装与故障排除实操考核。",
    **{
        f"courses.0.learning_tasks.{i}.{key}": value
        for i, (code, name, hours, desc) in enumerate(LTS)
        for key, value in (("code", code), ("name", name), ("hours", hours), ("description", desc), ("steps", STEPS))
    },
}
MAPPING = {}
