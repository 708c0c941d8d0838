"""The product's main journeys, as its users take them, in a real browser (issue 8).

1. A teacher imports a course standard from DOCX and submits it for review (凡编必审, Art. 18).
2.–4. A textbook in review: the organiser clears the anonymised copies and draws the panel (R5);
   the reviewer declares and reviews blind (R2, R3: the DOM never shows who wrote it); the
   organiser closes the round, decides and approves; the textbook is then in the public catalogue
   and in search (Art. 23, SPEC §6).
5. A school committee selects it, publishes the notice (S2), answers an objection, finalises,
   files (S9) and downloads the DOCX filing form.
6. A stop-use order (S12) reaches that school.
"""

import datetime
import io
import re

import docx
import pytest
from django.urls import reverse
from playwright.sync_api import expect

from curriculum.docx_io import export_standard
from directory.models import Person
from review import services as review_services
from review.models import Stage, Submission
from selection.models import RoundStatus, SelectionRound
from tests.review import hostile_files as hf
from tests.review.conftest import ReviewWorld, all_review, planted_strings
from tests.review.test_leaks import leaks

# serialized_rollback: the flush after each test must not take the rows the migrations created
# (training levels, the Wagtail site and home page).
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_a_teacher_imports_a_course_standard_from_docx_and_submits_it(demo_world, people, cnc_doc):
    from curriculum.models import CourseStandard, VersionStatus

    teacher = people("teacher").login("author")
    teacher_person = Person.objects.get(user__username="author")
    page = teacher.visit("/admin/curriculum/standards/import/")
    page.set_input_files("input[name=file]", files=[{
        "name": "数控加工专业（中级技能）课程标准.docx", "mimeType": DOCX_TYPE, "buffer": export_standard(cnc_doc),
    }])
    teacher.click("上传并预览")
    expect(page.get_by_text("各部分识别情况")).to_be_visible()
    teacher.shot("1-import-report")
    assert not CourseStandard.objects.exists(), "nothing is saved before the teacher confirms"

    teacher.click("保存为草稿")
    standard = CourseStandard.objects.get()
    assert re.search(rf"/edit/{standard.pk}/$", page.url)
    assert standard.latest_revision.as_object().to_document() == cnc_doc

    # C7 (Art. 14): the teacher names the chief editor (themselves) before submitting.
    page.click("#id_authorships-ADD")
    person_option = page.locator("#id_authorships-0-person option", has_text=teacher_person.name)
    page.select_option("#id_authorships-0-person", value=person_option.get_attribute("value"))
    page.select_option("#id_authorships-0-role", label="主编")
    page.click("button.action-save")
    page.wait_for_load_state()
    teacher.shot("1-chief-editor")

    teacher.visit(f"/admin/curriculum/standards/versions/{standard.pk}/")
    teacher.click("将最新修订提交审核（凡编必审）")
    expect(page.get_by_text(f"已提交审核：{cnc_doc.version_label}")).to_be_visible()
    version = standard.versions.get()
    assert version.status == VersionStatus.IN_REVIEW

    teacher.visit("/admin/review/submit/")
    section = page.locator("section", has_text=standard.title)
    section.get_by_label("编写人员公示日期（第十三条）").fill("2026-09-01")
    section.get_by_role("button", name="保存核查信息").click()
    expect(page.get_by_text("送审前核查信息已保存。")).to_be_visible()
    page.locator("section", has_text=standard.title).get_by_role("button", name="送审").click()
    expect(page.get_by_text(re.compile(r"已送审，审核编号 审-\d{4}-\w{4}"))).to_be_visible()
    teacher.shot("1-submitted")
    submission = Submission.objects.get()
    assert submission.item == version and submission.stage == Stage.PREPARING


def _docx_text(data):
    document = docx.Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _download(person, link_name):
    with person.page.expect_download() as download:
        person.page.get_by_role("link", name=link_name).click()
    download = download.value
    with open(download.path(), "rb") as f:
        return download.suggested_filename, f.read()


def _reload_until(page, condition, attempts=10):
    """Search follows a change after the commit (and Elasticsearch's one-second refresh)."""
    for _ in range(attempts):
        if condition():
            return
        page.wait_for_timeout(500)
        page.reload()
    assert condition(), f"{page.url} did not follow the change"


def test_a_textbook_from_blind_review_to_the_catalogue_a_school_and_a_stop_use_order(demo_world, people):
    from selection.demo import seed_notice_page
    from textbooks.demo import seed_catalogue_page
    from textbooks.models import VersionStatus

    seed_catalogue_page()
    seed_notice_page()
    world = ReviewWorld()
    world.small_pool()
    world.course.majors.add(world.major)
    version = world.textbook_version()
    title = version.textbook.title
    world.gates(version)
    submission = review_services.submit(version, world.author_user)

    # 2. The organiser clears the anonymised copies' redaction lists and draws the panel (R5).
    organiser = people("organiser").login("organiser")
    page = organiser.visit(f"/admin/review/{submission.pk}/")
    expect(page.get_by_text("遮盖清单").first).to_be_visible()
    # R3: every finding masked, or dismissed with a reason; then the preview is confirmed.
    while page.get_by_role("button", name="处理并查看发放预览").count():
        form = page.locator("form", has=page.get_by_role("button", name="处理并查看发放预览")).first
        for row in form.locator("tbody tr").all():
            if row.locator("input[value=mask]").count():
                row.locator("input[value=mask]").check()
            elif row.locator("input[value=dismiss]").count():
                row.locator("input[value=dismiss]").check()
                row.locator("input[type=text]").fill("已人工核对，无身份信息")
        form.locator("textarea[name=extra]").fill(hf.NAME_LATIN)
        form.get_by_role("button", name="处理并查看发放预览").click()
        page.wait_for_load_state()
        expect(page.get_by_text("评审专家将看到的全部内容")).to_be_visible()
        page.get_by_role("button", name="确认：评审专家将收到以上内容").click()
        page.wait_for_load_state()
    # Intake: the organiser confirms the unit's content facts (R9, R10, Art. 22) before the draw.
    page.get_by_role("button", name="受理并确认").click()
    expect(page.get_by_text("已受理，内容属性已确认。")).to_be_visible()
    # R5: no seed to type; the draw is recorded with its candidate list's SHA-256.
    page.get_by_role("button", name=re.compile(r"随机抽取专家（符合条件 \d+ 名）")).click()
    expect(page.get_by_text("已抽取评审专家。")).to_be_visible()
    expect(page.get_by_text("候选名单 SHA-256")).to_be_visible()
    organiser.shot("2-panel-drawn")
    organiser.click("发放匿名稿并开始盲审")
    expect(page.get_by_text("匿名稿已发放，盲审开始。")).to_be_visible()
    submission.refresh_from_db()
    assert submission.stage == Stage.IN_REVIEW
    assert submission.current_round.assignments.filter(expert=world.reviewer_expert).exists()

    # 3. The reviewer declares no conflict (R2), then reviews blind (R3).
    reviewer = people("reviewer").login("reviewer", next_url="/review-workspace/")
    page = reviewer.visit("/review-workspace/")
    page.locator("tr", has_text=submission.code).get_by_role("link", name=re.compile("接受或谢绝邀请")).click()
    page.wait_for_load_state()
    reviewer.remember()
    page.get_by_label("本人与该送审稿不存在利益冲突，承诺客观公正评审").check()
    reviewer.click("提交声明")
    reviewer.remember()
    file_name, copy = _download(reviewer, re.compile(r"\.pdf"))  # the watermarked PDF (R3)
    for name, value in {
        "ideology_score": "91", "ideology_comment": "政治方向正确，职业素养融入学习任务。",
        "science_score": "86", "science_comment": "切削参数与现行国家标准一致，个别图示需更新。",
        "adaptability_score": "89", "adaptability_comment": "学习任务源于企业典型工作任务，适合中级技能层级。",
    }.items():
        page.fill(f"[name={name}]", value)
    page.check("[name=political_error][value=none]")
    page.select_option("[name=recommendation]", value="pass")
    reviewer.shot("3-blind-review")
    reviewer.click("提交评审意见")
    reviewer.shot("3-opinion-submitted")
    surfaces = [(f"DOM {url}", dom.encode()) for url, dom in reviewer.seen]
    surfaces += [("download name", file_name.encode()), (f"download {file_name}", copy)]
    assert not leaks(surfaces, planted_strings()), "the reviewer learns who wrote the manuscript"
    all_review(submission)  # the rest of the panel

    # 4. The organiser closes the round, decides and approves: catalogue and search have it.
    page = organiser.visit(f"/admin/review/{submission.pk}/")
    organiser.click("结束本轮评审")
    page.get_by_label("通过", exact=True).check()
    page.get_by_label("结论说明").fill("三位专家一致同意通过。")
    organiser.click("作出结论")
    organiser.click("批准入库")
    expect(page.get_by_text("已批准，版本已冻结并纳入目录或信息库。")).to_be_visible()
    organiser.shot("4-approved")
    version.refresh_from_db()
    assert version.status == VersionStatus.APPROVED and version.is_frozen

    public = people("public")
    page = public.visit("/catalogue/")
    expect(page.get_by_role("link", name=re.compile(title)).first).to_be_visible()
    page = public.visit("/search/?q=数控车床编程")
    _reload_until(page, lambda: page.get_by_role("link", name=re.compile(title)).count() > 0)
    public.shot("4-search")

    # 5. The school committee selects, publishes (S2), answers an objection, finalises and files (S9).
    committee = people("committee").login("committee")
    page = committee.visit(reverse("selection_rounds:add"))
    page.select_option("[name=school]", label="广州市工贸技师学院")
    page.fill("[name=school_year]", "2027")
    page.select_option("[name=semester]", value="1")
    page.select_option("[name=major]", value=str(world.major.pk))
    page.select_option("[name=level]", value=str(version.textbook.levels.get().pk))
    committee.click("创建")
    selection_round = SelectionRound.objects.get(school__name="广州市工贸技师学院", school_year=2027)
    page.wait_for_url(f"**{reverse('selection_rounds:workspace', args=[selection_round.pk])}")
    page.select_option("#course", value=str(world.course.pk))
    # The chooser lists the first matches of what is typed (issue 18), from the keyboard.
    page.locator("#version-search").press_sequentially(version.isbn)
    expect(page.locator("#version option")).to_have_count(1)
    expect(page.locator("#version-status")).to_have_text("共 1 个匹配的版本。")
    page.locator("#version-search").press("ArrowDown")
    expect(page.locator("#version")).to_be_focused()
    page.select_option("#version", value=str(version.pk))
    committee.click("保存并检查")
    expect(page.get_by_text("操作已完成。")).to_be_visible()
    expect(page.locator("td", has_text="S5").first).to_be_visible()
    committee.click("公示选用结果")
    selection_round.refresh_from_db()
    assert selection_round.status == RoundStatus.NOTICE

    page = public.visit("/selection-notice/")
    notice = page.locator("section.notice", has_text=selection_round.school.name)
    expect(notice.get_by_text(title)).to_be_visible()
    notice.get_by_role("link", name="提出异议").click()
    page.wait_for_load_state()
    page.select_option("[name=kind]", value="factual_error")
    page.fill("[name=content]", "公示的 ISBN 与学校所购教材版权页不一致，请核对。")
    page.fill("[name=raised_by]", "数控教研室 王老师")
    page.fill("[name=contact]", "020-87654321")
    public.click("提交异议")
    expect(page.get_by_text("异议已提交")).to_be_visible()

    page = committee.visit(reverse("selection_rounds:workspace", args=[selection_round.pk]))
    page.get_by_label("处理意见").fill("已核对版权页，ISBN 无误，维持选用结果。")
    committee.click("处理")
    # The notice period (five working days) has passed.
    SelectionRound.objects.filter(pk=selection_round.pk).update(notice_ends_on=datetime.date.today() - datetime.timedelta(days=1))
    for button in ("结束公示", "确定选用结果", "报人社部门备案"):
        committee.click(button)
        expect(page.get_by_text("操作已完成。")).to_be_visible()
    selection_round.refresh_from_db()
    assert selection_round.status == RoundStatus.FILED
    committee.shot("5-filed")
    committee.click("生成备案表（DOCX）", role="link")
    committee.click("生成备案表（DOCX）")  # the job's page follows: its bar, then the file's link
    expect(page.locator(".job-bar")).to_have_attribute("value", "100")
    file_name, form = _download(committee, re.compile("^下载："))
    assert file_name.endswith(".docx")
    text = _docx_text(form)
    assert selection_round.school.name in text and title in text and version.isbn in text

    # 6. A stop-use order (S12, Art. 36) reaches the school and takes the textbook off the catalogue.
    hrss = people("hrss").login("hrss")
    page = hrss.visit(reverse("selection_stop_use:add"))
    page.select_option("[name=version]", value=str(version.pk))
    page.select_option("[name=reason]", value="scientific")
    page.fill("[name=detail]", "第三章切削参数表存在严重科学性错误。")
    hrss.click("创建")
    hrss.shot("6-stop-use")
    page = committee.visit(reverse("selection_rounds:workspace", args=[selection_round.pk]))
    expect(page.get_by_text("停用通知与更换任务（第三十六条）")).to_be_visible()
    expect(page.get_by_text("须更换（停用通知）")).to_be_visible()
    committee.shot("6-school-flagged")
    page = public.visit("/catalogue/")
    expect(page.get_by_role("link", name=re.compile(title))).to_have_count(0)
    page = public.visit("/search/?q=数控车床编程")
    _reload_until(page, lambda: page.get_by_role("link", name=re.compile(title)).count() == 0)
