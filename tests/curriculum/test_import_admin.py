"""DOCX import through the admin: per-section report, preview, confirm; a bad file is refused whole."""

import copy

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from curriculum.docx_io import export_standard
from curriculum.impact import citations_for_codes
from curriculum.models import CourseStandard, Major, TrainingLevel
from directory.models import Organisation

pytestmark = pytest.mark.django_db
IMPORT_URL = "/admin/curriculum/standards/import/"
UNIT = "重庆市工业技师学院"


def upload(client, data, name="课程标准.docx", unit=UNIT):
    return client.post(
        IMPORT_URL,
        {"file": SimpleUploadedFile(name, data), "compiling_unit": Organisation.objects.get(name=unit).pk},
    )


@pytest.fixture
def author(demo_world, login):
    return login("author")


def test_a_valid_file_is_previewed_then_saved_as_a_draft(author, client, cnc_doc):
    response = upload(client, export_standard(cnc_doc))
    html = response.content.decode()
    assert response.status_code == 200
    assert "各部分识别情况" in html and "识别" in html and "确认导入" in html
    assert "数控车床零件加工" in html
    assert not CourseStandard.objects.exists()  # nothing is saved before confirmation

    token = response.context["token"]
    response = client.post(IMPORT_URL, {"token": token})
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
    client.post(IMPORT_URL, {"token": response.context["token"]})
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


def test_a_file_breaking_a_curriculum_rule_is_refused_whole(author, client, cnc_doc):
    bad = copy.deepcopy(cnc_doc)
    bad.courses[0].process_assessment_weight = 50
    bad.courses[0].final_assessment_weight = 30
    response = upload(client, export_standard(bad))
    html = response.content.decode()
    assert "C2（考核与评价）" in html and "确认导入" not in html
    assert not CourseStandard.objects.exists()


def test_a_level_the_major_does_not_offer_is_refused(author, client, cnc_doc):
    Major.objects.get(code="0103").levels.remove(TrainingLevel.objects.get(code="intermediate"))
    response = upload(client, export_standard(cnc_doc))
    assert "C6（专业目录）" in response.content.decode()
    assert not CourseStandard.objects.exists()


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
