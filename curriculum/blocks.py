"""StreamField blocks holding a course standard's structured content (SPEC §2).

The content lives in the standard's own fields so that a Wagtail revision is a complete snapshot
of one version, which maps 1:1 to ``curriculum.document.StandardDoc``.
"""

from django.utils.html import format_html, format_html_join
from wagtail import blocks
from wagtail.admin.compare import StructBlockComparison, diff_text, get_comparison_class_for_block
from wagtail.utils.text import text_from_html

from curriculum.document import MAX_HOURS, WORK_PROCESS_STEPS

# Block field name of each of the six steps, in WORK_PROCESS_STEPS order.
STEP_FIELDS = ("get_information", "plan", "decide", "implement", "check", "evaluate")
STEP_FIELD_BY_NAME = dict(zip(WORK_PROCESS_STEPS, STEP_FIELDS, strict=True))

COURSE_TEXT_FIELDS = (
    ("task_description", "典型工作任务描述"),
    ("work_objects", "工作对象"),
    ("tools_materials", "工具、材料、设备与资料"),
    ("work_methods", "工作方法"),
    ("labour_organisation", "劳动组织方式"),
    ("work_requirements", "工作要求"),
    ("course_goals", "课程目标"),
    ("learning_content", "学习内容"),
    ("teaching_advice", "教学实施建议"),
)


def _code(label="代码"):
    return blocks.CharBlock(label=label, max_length=40)


def _hours(label):
    return blocks.IntegerBlock(label=label, min_value=0, max_value=MAX_HOURS)


def _text(label):
    return blocks.TextBlock(label=label, required=False)


def _is_empty(value):
    return value is None or (not isinstance(value, (int, float)) and not value)


def _shown(block, value, context=None):
    return "—" if _is_empty(value) else block.render_basic(value, context=context)


def _definition_list(rows):
    return format_html("<dl>\n{}\n</dl>", format_html_join("\n", "    <dt>{}</dt>\n    <dd>{}</dd>", rows))


class LabelledStructComparison(StructBlockComparison):
    """Two revisions of a struct side by side: an empty value on either side reads —, not None."""

    def htmldiff(self):
        rows = []
        for name, child in self.block.child_blocks.items():
            before, after = self.val_a[name], self.val_b[name]
            if isinstance(child, (blocks.StructBlock, blocks.ListBlock)) or not (_is_empty(before) or _is_empty(after)):
                comparison = get_comparison_class_for_block(child)(child, self.exists_a, self.exists_b, before, after)
                rows.append((child.label, comparison.htmldiff()))
            else:
                rows.append((child.label, diff_text(text_from_html(_shown(child, before)), text_from_html(_shown(child, after))).to_html()))
        return _definition_list(rows)

    def htmlvalue(self, val):
        return self.block.render_basic(val)


class LabelledStructBlock(blocks.StructBlock):
    """Wagtail's basic rendering — what the revision comparison, the block preview and the revert
    page show — lists a struct by its child names (plan, decide, hours) and prints an empty value
    as None; readers see each child's Chinese label and — for an empty value instead."""

    def render_basic(self, value, context=None):
        return _definition_list(
            (child.label, _shown(child, value.get(name), context)) for name, child in self.child_blocks.items()
        )

    def get_comparison_class(self):
        return LabelledStructComparison


class TypicalWorkTaskBlock(LabelledStructBlock):
    code = _code()
    name = blocks.CharBlock(label="名称", max_length=120)
    description = _text("描述")

    class Meta:
        label = "典型工作任务"
        icon = "tasks"


class CoursePlanRowBlock(LabelledStructBlock):
    course_code = _code("课程代码")
    course_name = blocks.CharBlock(label="课程名称", max_length=120)
    hours_per_term = blocks.ListBlock(_hours("学时"), label="各学期学时（按学期顺序）")

    class Meta:
        label = "课程安排"
        icon = "table"


class LearningTaskBlock(LabelledStructBlock):
    code = _code()
    name = blocks.CharBlock(label="名称", max_length=120)
    hours = _hours("学时")
    description = _text("学习任务描述")
    get_information = _text("获取信息（明确任务）")
    plan = _text("制定计划")
    decide = _text("做出决策")
    implement = _text("实施计划")
    check = _text("检查控制")
    evaluate = _text("评价反馈")

    class Meta:
        label = "参考性学习任务"
        icon = "list-ol"


class CourseBlock(LabelledStructBlock):
    code = _code("课程代码")
    name = blocks.CharBlock(label="课程名称", max_length=120)
    baseline_hours = _hours("基准学时")
    typical_work_task_codes = blocks.ListBlock(_code("典型工作任务代码"), label="对应典型工作任务")
    task_description = _text("典型工作任务描述")
    work_objects = _text("工作对象")
    tools_materials = _text("工具、材料、设备与资料")
    work_methods = _text("工作方法")
    labour_organisation = _text("劳动组织方式")
    work_requirements = _text("工作要求")
    course_goals = _text("课程目标")
    learning_content = _text("学习内容")
    teaching_advice = _text("教学实施建议")
    process_assessment_weight = blocks.IntegerBlock(label="过程性考核权重（%）", min_value=0, max_value=100)
    process_assessment = _text("过程性考核")
    final_assessment_weight = blocks.IntegerBlock(label="终结性考核权重（%）", min_value=0, max_value=100)
    final_assessment = _text("终结性考核")
    learning_tasks = blocks.ListBlock(LearningTaskBlock(), label="参考性学习任务")

    class Meta:
        label = "一体化课程"
        icon = "doc-full"
