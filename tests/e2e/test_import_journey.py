"""A teacher imports a single-course standard typed in Word, maps the chapter the importer did
not recognise, saves the draft, fixes what C7/C8 ask for in the admin and submits it (issue 16)."""

import io
import re

import docx
import pytest
from playwright.sync_api import expect

from directory.models import Person

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
RESOURCES = "配备数控车床12台、仿真软件和《数控车削加工》工作页。"


def teachers_file():
    """Typed the way a teacher types it: a bold title, one line of labels, Heading 1 chapters,
    goals numbered by Word, six-step advice once for the course, a 教学资源 chapter."""
    word = docx.Document()
    title = word.add_paragraph()
    title.add_run("数控车削编程与加工课程标准").bold = True
    word.add_paragraph("适用专业：数控加工（0103）　适用层级：中级技能　基准学时：60　版本：2026版")
    word.add_heading("一、典型工作任务", 1)
    table = word.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["代码", "典型工作任务名称", "描述"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["T01", "轴类零件的数控车削加工", "按图样完成轴类零件的编程与车削。"]):
        cell.text = text
    word.add_heading("二、课程目标", 1)
    for goal in ("能识读轴类零件图。", "能编制数控车削程序并完成加工。"):
        word.add_paragraph(goal, style="List Number")
    word.add_heading("三、参考性学习任务", 1)
    tasks = word.add_table(rows=3, cols=3)
    for row, values in zip(tasks.rows, [["学习任务名称", "学时", "学习任务描述"], ["阶梯轴加工", "30", "完成阶梯轴的车削。"], ["螺纹轴加工", "30", "完成螺纹轴的车削。"]]):
        for cell, text in zip(row.cells, values):
            cell.text = text
    word.add_heading("四、教学实施建议", 1)
    steps = word.add_table(rows=5, cols=2)
    for row, values in zip(steps.rows, [["获取信息", "阅读任务单与图样。"], ["计划与决策", "拟定并确定加工方案。"], ["实施计划", "编程并加工零件。"], ["检查控制", "自检与互检。"], ["评价反馈", "展示与评价。"]]):
        for cell, text in zip(row.cells, values):
            cell.text = text
    word.add_heading("五、考核", 1)
    weights = word.add_table(rows=3, cols=2)
    for row, values in zip(weights.rows, [["考核类型", "权重"], ["过程性考核", "60%"], ["终结性考核", "40%"]]):
        for cell, text in zip(row.cells, values):
            cell.text = text
    word.add_heading("六、教学资源", 1)
    word.add_paragraph(RESOURCES)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def test_a_teacher_imports_a_single_course_standard_maps_it_fixes_it_and_submits_it(demo_world, people):
    from curriculum.models import CourseStandard, VersionStatus

    teacher = people("teacher-import").login("author")
    teacher_person = Person.objects.get(user__username="author")
    page = teacher.visit("/admin/curriculum/standards/import/")
    page.set_input_files("input[name=file]", files=[{"name": "数控车削编程与加工课程标准.docx", "mimeType": DOCX_TYPE, "buffer": teachers_file()}])
    teacher.click("上传并预览")
    expect(page.get_by_text("未识别的内容：请选择去向")).to_be_visible()
    expect(page.get_by_text("生效学期（文档开头或“专业信息”）：未找到，已留空；提交审核前须在编辑页填写（C8）")).to_be_visible()
    teacher.shot("1-preview-and-mapping")
    assert not CourseStandard.objects.exists()

    page.get_by_label("课程“数控车削编程与加工”的课程代码").fill("0103-21")
    page.get_by_label("“六、教学资源”的去向").select_option(label="课程“数控车削编程与加工”的教学实施建议")
    teacher.click("保存为草稿")
    standard = CourseStandard.objects.get()
    assert re.search(rf"/edit/{standard.pk}/$", page.url)
    course = standard.latest_revision.as_object().to_document().courses[0]
    assert course.teaching_advice == RESOURCES and course.course_goals == "1.能识读轴类零件图。\n2.能编制数控车削程序并完成加工。"

    # Before fixing: the checklist names C7 and C8, and submission is refused.
    teacher.visit(f"/admin/curriculum/standards/versions/{standard.pk}/")
    expect(page.get_by_text("C8（版本管理）：提交审核的版本须写明版本号和生效学期。")).to_be_visible()
    teacher.shot("2-checklist")
    teacher.click("将最新修订提交审核（凡编必审）")
    expect(page.locator(".messages").get_by_text("C7（第十四条）")).to_be_visible()
    assert not standard.versions.exists()

    # The teacher fixes them in the admin: the effective term (C8) and the chief editor (C7).
    teacher.visit(f"/admin/curriculum/standards/edit/{standard.pk}/")
    page.fill("#id_effective_term", "2026-2027学年第一学期")
    page.click("#id_authorships-ADD")
    person_option = page.locator("#id_authorships-0-person option", has_text=teacher_person.name)
    page.select_option("#id_authorships-0-person", value=person_option.get_attribute("value"))
    page.select_option("#id_authorships-0-role", label="主编")
    page.click("button.action-save")
    page.wait_for_load_state()
    teacher.shot("3-fixed")

    teacher.visit(f"/admin/curriculum/standards/versions/{standard.pk}/")
    teacher.click("将最新修订提交审核（凡编必审）")
    expect(page.get_by_text("已提交审核：2026版")).to_be_visible()
    teacher.shot("4-submitted")
    assert standard.versions.get().status == VersionStatus.IN_REVIEW
