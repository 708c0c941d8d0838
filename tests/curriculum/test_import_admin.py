"""DOCX import through the admin: per-section report, preview, confirm; a bad file is refused whole."""

import copy

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from curriculum.docx_io import export_standard
from curriculum.impact import citations_for_codes
from curriculum.models import CourseStandard, Major, TrainingLevel
from directory.models import Organisation
from tests.curriculum.corpus import d02_provincial_single_course, d10_unknown_major_code

pytestmark = pytest.mark.django_db
IMPORT_URL = "/admin/curriculum/standards/import/"
UNIT = "重庆市工业技师学院"


def upload(client, data, name="课程标准.docx", unit=UNIT):
    return client.post(
        IMPORT_URL,
        {"file": SimpleUploadedFile(name, data), "compiling_unit": Organisation.objects.get(name=unit).pk},
    )


def confirm(client, response, **choices):
    """Post the preview's form as the teacher leaves it, with ``choices`` changed (part key → field)."""
    form = response.context["mapping_form"]
    data = {"token": response.context["token"]}
    for name, field in form.fields.items():
        data[name] = form.initial.get(name, field.initial) or ""
    data.update(choices)
    return client.post(IMPORT_URL, {k: v for k, v in data.items() if v is not None})


@pytest.fixture
def author(demo_world, login):
    return login("author")


def test_a_valid_file_is_previewed_then_saved_as_a_draft(author, client, cnc_doc):
    response = upload(client, export_standard(cnc_doc))
    html = response.content.decode()
    assert response.status_code == 200
    assert "各部分识别情况" in html and "识别" in html and "保存为草稿" in html
    assert "数控车床零件加工" in html
    # integrated courses the catalogue does not list yet are flagged with the closest catalogue courses
    assert "课程目录中没有的课程代码" in html and f"{cnc_doc.courses[0].code} {cnc_doc.courses[0].name}：最接近的目录课程" in html
    assert not CourseStandard.objects.exists()  # nothing is saved before confirmation

    response = confirm(client, response)
    standard = CourseStandard.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/edit/{standard.pk}/")
    assert standard.live is False
    assert standard.compiling_unit.name == UNIT
    assert standard.latest_revision.as_object().to_document() == cnc_doc
    # the author may go on editing it: the unit's authors were granted the new standard
    assert client.get(response["Location"]).status_code == 200


def test_importing_an_existing_standard_adds_a_draft_version_and_shows_the_diff(curriculum_world, client, login):
    login("author")
    standard = CourseStandard.objects.get(major__code="0103", level__code="advanced")
    doc = standard.to_document()
    doc.courses[0].learning_tasks[0].hours += 20
    doc.courses[0].learning_tasks[1].hours -= 20
    response = upload(client, export_standard(doc))
    html = response.content.decode()
    assert "与当前最新版本的差异" in html
    # the impact list of the changed course is shown before the import is confirmed (SPEC §2)
    citations = citations_for_codes([doc.courses[0].code])[doc.courses[0].code]
    assert citations and "影响范围" in html
    assert all(citation.title in html for citation in citations)
    revisions = standard.revisions.count()
    confirm(client, response)
    standard.refresh_from_db()
    assert standard.revisions.count() == revisions + 1
    assert standard.latest_revision.as_object().to_document() == doc
    assert standard.to_document() != doc  # the published version is untouched until review


def test_a_corrupted_file_is_refused_whole(author, client, cnc_doc):
    data = export_standard(cnc_doc)
    response = upload(client, data[: len(data) // 2])
    html = response.content.decode()
    assert "文件被整体拒绝，未保存任何内容" in html
    assert "token" not in response.context or not response.context.get("token")
    assert not CourseStandard.objects.exists()


@pytest.mark.parametrize(
    "data, name",
    [(b"not a zip at all", "课程标准.docx"), (None, "课程标准.docm")],
)
def test_hostile_files_are_refused_with_a_message(author, client, cnc_doc, data, name):
    response = upload(client, data or export_standard(cnc_doc), name=name)
    assert "文件被整体拒绝" in response.content.decode()
    assert response.context["error"]
    assert not CourseStandard.objects.exists()


def test_a_file_breaking_a_curriculum_rule_comes_in_as_a_draft_and_is_refused_at_submission(author, client, cnc_doc):
    """Draft first (issue 16): C2 is shown in the checklist before saving, enforced at submission."""
    bad = copy.deepcopy(cnc_doc)
    bad.courses[0].process_assessment_weight = 50
    bad.courses[0].final_assessment_weight = 30
    response = upload(client, export_standard(bad))
    html = response.content.decode()
    assert "提交审核前的检查" in html and "C2（考核与评价）" in html and "保存为草稿" in html
    confirm(client, response)
    standard = CourseStandard.objects.get()
    assert standard.latest_revision.as_object().to_document() == bad
    response = client.post(f"/admin/curriculum/standards/submit/{standard.pk}/", follow=True)
    assert "C2（考核与评价）" in response.content.decode()
    assert not standard.versions.exists()


def test_a_level_the_major_does_not_offer_is_flagged_before_submission(author, client, cnc_doc):
    Major.objects.get(code="0103").levels.remove(TrainingLevel.objects.get(code="intermediate"))
    response = upload(client, export_standard(cnc_doc))
    assert "C6（专业目录）" in response.content.decode()
    confirm(client, response)
    standard = CourseStandard.objects.get()
    response = client.get(f"/admin/curriculum/standards/versions/{standard.pk}/")
    assert "C6（专业目录）" in response.content.decode()


def test_an_author_cannot_import_into_another_units_standard(curriculum_world, client, login):
    login("author")
    other = CourseStandard.objects.get(major__code="0401", level__code="intermediate")  # 江苏省常州技师学院
    revisions = other.revisions.count()
    response = upload(client, export_standard(other.to_document()))
    assert "由其他单位编写" in response.content.decode()
    assert other.revisions.count() == revisions


def test_an_author_imports_only_for_their_own_unit(author, client, cnc_doc):
    response = upload(client, export_standard(cnc_doc), unit="江苏省常州技师学院")
    assert response.status_code == 200 and "compiling_unit" in response.context["form"].errors
    assert not CourseStandard.objects.exists()


def test_an_expired_preview_cannot_be_confirmed(author, client):
    response = client.post(IMPORT_URL, {"token": "forged"})
    assert response.status_code == 302 and response["Location"].endswith(IMPORT_URL)
    assert not CourseStandard.objects.exists()


# ---------------------------------------------------------------------------------- teachers' files


def test_a_single_course_standard_is_mapped_and_saved_as_a_draft(author, client):
    """The teacher's file of issue 16: one line with 适用专业/适用层级/基准学时, course-level six steps,
    an unrecognised 教学资源 chapter the teacher assigns to 教学实施建议."""
    response = upload(client, d02_provincial_single_course.build(), name="数控车削加工课程标准.docx")
    html = response.content.decode()
    assert response.status_code == 200 and "未识别的内容：请选择去向" in html and "八、教学资源" in html
    form = response.context["mapping_form"]
    assert form.initial.get("major", form.fields["major"].initial) == "0103"
    # 版本 was found; 生效学期 was not: the issue names the field and where it was looked for
    assert "生效学期（文档开头或“专业信息”）：未找到，已留空；提交审核前须在编辑页填写（C8）" in html
    part = form.parts[0]

    # the destination of every unrecognised part must be chosen: nothing is dropped silently
    refused = confirm(client, response, **{f"part_{part.key}": ""})
    assert refused.status_code == 200 and not CourseStandard.objects.exists()
    assert "请选择“八、教学资源”（第 19 段“八、教学资源”）的去向，或选择不导入。" in refused.content.decode()

    response = confirm(client, response, course_code="0103-07", **{f"part_{part.key}": "courses.0.teaching_advice"})
    standard = CourseStandard.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/edit/{standard.pk}/")
    doc = standard.latest_revision.as_object().to_document()
    course = doc.courses[0]
    assert (doc.major_code, doc.level, doc.version_label, doc.effective_term) == ("0103", "advanced", "2026版", "")
    assert (course.code, course.name, course.baseline_hours) == ("0103-07", "数控车削加工", 120)
    assert course.teaching_advice.endswith("配备《数控车削加工技术》工作页、机床操作视频和仿真软件。")
    assert [task.code for task in course.learning_tasks] == ["0103-07-01", "0103-07-02", "0103-07-03"]
    assert course.learning_tasks[0].step_text("做出决策") == "各组汇报方案，师生共同比较并确定最优方案。"
    assert course.course_goals.splitlines()[1] == "1.能识读中等复杂程度的轴套类零件图，明确加工精度要求。"


def test_a_single_course_joins_the_existing_standard_of_its_major_and_level(curriculum_world, client, login):
    login("author")
    standard = CourseStandard.objects.get(major__code="0103", level__code="advanced")
    before = standard.latest_revision.as_object().to_document()
    response = upload(client, d02_provincial_single_course.build(), name="数控车削加工课程标准.docx")
    part = response.context["mapping_form"].parts[0]
    confirm(client, response, course_code="0103-99", **{f"part_{part.key}": "discard"})
    after = CourseStandard.objects.get(pk=standard.pk).latest_revision.as_object().to_document()
    assert after.courses[:-1] == before.courses
    assert after.courses[-1].code == "0103-99" and after.courses[-1].name == "数控车削加工"


def test_an_unknown_major_code_is_flagged_with_the_closest_catalogue_majors(author, client):
    response = upload(client, d10_unknown_major_code.build(), name="智能产线安装与调试课程标准.docx")
    html = response.content.decode()
    assert response.status_code == 200 and "不在专业目录中" in html and "最接近的专业" in html
    assert not CourseStandard.objects.exists()
    response = confirm(client, response, major="0118")
    standard = CourseStandard.objects.get()
    assert standard.major.code == "0118"
    assert standard.latest_revision.as_object().to_document().courses[0].code == "0199-02"
