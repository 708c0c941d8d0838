"""A school standard for one course (烹饪（中式烹调） 1201, 中级技能) with an appendix listing the
training kitchen's consumables: a 3,000-row table, which must not be taken for a zip bomb.
The teacher discards the appendix in the mapping step."""

from tests.curriculum.corpus import word

INGREDIENTS = ["猪里脊", "鸡胸肉", "草鱼", "青椒", "土豆", "鸡蛋", "豆腐", "大白菜", "生姜", "大葱"]


def build():
    d = word.new_document()
    word.title(d, "中式烹调基本功训练课程标准")
    word.para(d, "适用专业：烹饪（中式烹调）（1201）  培养层级：中级技能  参考学时：72")
    word.heading(d, "一、课程目标", 1)
    word.para(d, "能规范完成刀工、勺工和火候控制等中式烹调基本功操作。")
    word.heading(d, "二、参考性学习任务", 1)
    word.table(
        d,
        [
            ["序号", "学习任务名称", "学时", "学习任务描述"],
            ["1", "刀工训练", "24", "完成丝、片、丁、条、块等基本刀法训练。"],
            ["2", "勺工训练", "24", "完成大翻勺、小翻勺与出勺装盘训练。"],
            ["3", "火候控制训练", "24", "掌握旺火速成、中火慢烧等火候运用。"],
        ],
    )
    word.heading(d, "三、考核评价", 1)
    word.table(d, [["考核类型", "权重", "说明"], ["过程性考核", "60", "日常训练记录"], ["终结性考核", "40", "基本功技能测试"]])
    word.heading(d, "附录：实训耗材台账", 1)
    rows = [["序号", "日期", "耗材名称", "数量（kg）"]]
    rows += [
        [str(i), f"2026-{(i % 12) + 1:02d}-{(i % 28) + 1:02d}", INGREDIENTS[i % len(INGREDIENTS)], f"{(i * 7) % 50 + 1}"]
        for i in range(1, 3001)
    ]
    word.table(d, rows)
    return word.save(d)


EXPECTED = {
    "title": "中式烹调基本功训练课程标准",
    "major_code": "1201",
    "major_name": "烹饪（中式烹调）",
    "level": "intermediate",
    "courses.0.name": "中式烹调基本功训练",
    "courses.0.baseline_hours": 72,
    "courses.0.course_goals": "能规范完成刀工、勺工和火候控制等中式烹调基本功操作。",
    "courses.0.learning_tasks.0.name": "刀工训练",
    "courses.0.learning_tasks.1.hours": 24,
    "courses.0.learning_tasks.2.description": "掌握旺火速成、中火慢烧等火候运用。",
    "courses.0.process_assessment_weight": 60,
    "courses.0.final_assessment_weight": 40,
    "courses.0.process_assessment": "日常训练记录",
}
MAPPING = {"附录：实训耗材台账": "discard"}
