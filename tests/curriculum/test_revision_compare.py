"""Comparing two revisions of a course standard reads in Chinese: each structured row is shown by
its field labels (制定计划, 学时), never by its data keys (plan, hours), and an empty value as —
rather than None (the admin-in-Chinese walker reads the same page over the demo data)."""

from wagtail.admin.compare import StreamBlockComparison

from curriculum.models import CourseStandard
from tests.english_text import english_left, readable_text


def _task(**changes):
    task = {
        "code": "1", "name": "阶梯轴的数控车削加工", "hours": 24, "description": "按图样完成阶梯轴的加工与检测。",
        "get_information": "阅读零件图和工艺卡，明确加工要求。", "plan": "制定加工工艺路线，选择刀具和切削用量。",
        "decide": "与指导教师讨论确定加工方案。", "implement": "", "check": "用千分尺检测外圆尺寸。", "evaluate": "",
    }
    task.update(changes)
    return task


def _courses(*tasks, baseline_hours=None):
    block = CourseStandard._meta.get_field("courses").stream_block
    return block.to_python([{
        "type": "course", "id": "c1c1c1c1-0000-4000-8000-000000000001",
        "value": {
            "code": "KC01", "name": "数控车削加工", "baseline_hours": baseline_hours, "typical_work_task_codes": ["DX01"],
            "course_goals": "能按照零件图完成轴类零件的数控车削加工。", "process_assessment_weight": 60,
            "final_assessment_weight": 40, "learning_tasks": list(tasks),
        },
    }]), block


def test_a_changed_learning_task_is_compared_by_its_chinese_labels():
    before, block = _courses(_task())
    after, _ = _courses(_task(plan="先编写加工程序，再仿真校验刀具路径。", hours=28), baseline_hours=72)
    comparison = StreamBlockComparison(block, True, True, before, after)
    for html in (comparison.htmldiff(), comparison.htmlvalue(after)):
        text = readable_text(str(html))
        assert "制定计划" in text and "学时" in text and "评价反馈" in text
        assert english_left(text) == [], english_left(text)
    assert "72" in readable_text(str(comparison.htmldiff()))  # the hours filled in since, beside —


def test_an_empty_value_reads_as_a_dash_not_none():
    value, block = _courses(_task())
    text = readable_text(str(StreamBlockComparison(block, True, True, value, value).htmlvalue(value)))
    assert "None" not in text and "基准学时 —" in " ".join(text.split())
