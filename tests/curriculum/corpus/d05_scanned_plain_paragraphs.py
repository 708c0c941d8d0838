"""A standard re-typed from a scanned paper copy: no styles, no tables, only plain paragraphs,
full-width colons and spaces, learning tasks as lines “学习任务一：名称（学时）”."""

from tests.curriculum.corpus import word


def build():
    d = word.new_document()
    for line in [
        "汽车维护课程标准",
        "专业代码：0401　专业名称：汽车维修　培养层级：中级技能",
        "课程名称：汽车维护　　基准学时：80",
        "一、课程目标",
        "能按维护手册完成汽车定期维护作业。",
        "能正确使用举升机、扭力扳手等常用设备和工具。",
        "二、学习内容",
        "汽车维护制度；发动机舱检查；底盘与车身检查；维护质量检验。",
        "三、参考性学习任务",
        "学习任务一：汽车首次保养（30学时）",
        "学习任务二：汽车常规保养（30学时）",
        "学习任务三：汽车维护质量检验（20学时）",
        "四、教学实施建议",
        "在汽车维修一体化教室开展教学，每4名学生配一辆教学车辆。",
        "五、考核评价",
        "过程性考核：70%，包括工单填写、操作规范与6S。",
        "终结性考核：30%，采用综合维护实操考核。",
    ]:
        word.para(d, line)
    return word.save(d)


EXPECTED = {
    "title": "汽车维护课程标准",
    "major_code": "0401",
    "major_name": "汽车维修",
    "level": "intermediate",
    "courses.0.name": "汽车维护",
    "courses.0.baseline_hours": 80,
    "courses.0.course_goals": "能按维护手册完成汽车定期维护作业。\n能正确使用举升机、扭力扳手等常用设备和工具。",
    "courses.0.learning_content": "汽车维护制度；发动机舱检查；底盘与车身检查；维护质量检验。",
    "courses.0.learning_tasks.0.name": "汽车首次保养",
    "courses.0.learning_tasks.0.hours": 30,
    "courses.0.learning_tasks.1.name": "汽车常规保养",
    "courses.0.learning_tasks.1.hours": 30,
    "courses.0.learning_tasks.2.name": "汽车维护质量检验",
    "courses.0.learning_tasks.2.hours": 20,
    "courses.0.teaching_advice": "在汽车维修一体化教室开展教学，每4名学生配一辆教学车辆。",
    "courses.0.process_assessment_weight": 70,
    "courses.0.final_assessment_weight": 30,
    "courses.0.process_assessment": "包括工单填写、操作规范与6S。",
    "courses.0.final_assessment": "采用综合维护实操考核。",
}
MAPPING = {}
