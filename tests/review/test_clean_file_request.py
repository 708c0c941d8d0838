"""R3 (Art. 21): identities on a PDF's pages cannot be removed reliably, so the organiser asks the
compiling unit for a clean file from the clearing page, naming the exact pages and strings. Only
the submission's own side answers, with a replacement that passes the same upload checks and is
anonymised again; reviewers never see the request."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import ModelLogEntry

from cms import roles
from review import services
from review.models import CleanFileRequest
from tests.review import hostile_files as hf
from tests.review.test_pdf import _planted_pdf
from textbooks.models import VersionAttachment

ADMIN = "/admin/review/"


@pytest.fixture
def pdf_copy(review_world):
    world = review_world
    world.small_pool()
    version = world.textbook_version()
    VersionAttachment.objects.create(
        version=version, title="实训指导书",
        file=ContentFile(_planted_pdf(f"Editor {hf.NAME_LATIN}, mail {hf.EMAIL}"), name="实训指导书.pdf"),
    )
    world.gates(version)
    submission = services.submit(version, world.author_user)
    copy = submission.current_round.copies.get(content_type_header="application/pdf")
    return world, submission, copy


def _clean_pdf_upload():
    return SimpleUploadedFile("实训指导书（修改）.pdf", _planted_pdf("Chapter 1 CNC lathe basics"), "application/pdf")


def test_the_unit_sees_the_pages_and_strings_and_its_clean_file_is_anonymised_again(client, pdf_copy):
    world, submission, copy = pdf_copy
    assert any(f["part"] == "第1页" and f["matched"] == hf.EMAIL for f in copy.pending_findings)
    client.force_login(world.organiser)
    client.post(f"{ADMIN}{submission.pk}/request_clean/", {"copy": copy.pk, "note": "请删除第1页的编者署名后重新导出。"})
    request_ = CleanFileRequest.objects.get(copy=copy)
    assert {"part": "第1页", "string": hf.EMAIL} in request_.locations
    # The unit's side sees the request on its item, with the exact page and string.
    client.force_login(world.author_user)
    page = client.get(f"{ADMIN}{submission.pk}/").content.decode()
    assert "第1页" in page and hf.EMAIL in page and "请删除第1页的编者署名后重新导出。" in page
    response = client.post(f"{ADMIN}{submission.pk}/replace/", {"request": request_.pk, "file": _clean_pdf_upload()})
    assert response.status_code == 302
    request_.refresh_from_db()
    copy.refresh_from_db()
    assert request_.answered_by == world.author_user and request_.replacement
    # Anonymised again: metadata stripped, no identity left on the page, clearing starts afresh.
    assert not any(f["part"] == "第1页" for f in copy.findings)
    assert copy.resolved_at is None and copy.cleared_at is None
    with pytest.raises(ValidationError, match="无须编写单位更换文件"):
        services.request_clean_file(copy, world.organiser)
    assert services.copy_preview(copy) is not None
    actions = set(ModelLogEntry.objects.filter(object_id=str(submission.pk)).values_list("action", flat=True))
    assert {"review.copy.request_clean", "review.copy.replaced"} <= actions


def test_only_the_owning_side_answers_and_bad_files_change_nothing(client, pdf_copy):
    world, submission, copy = pdf_copy
    request_ = services.request_clean_file(copy, world.organiser, "")
    with pytest.raises(ValidationError, match="已向编写单位提出要求"):
        services.request_clean_file(copy, world.organiser, "")
    # A user of another unit, and the reviewer, cannot answer, neither through the service nor the page.
    stranger = get_user_model().objects.create_user("other_unit_author")
    stranger.groups.add(roles.role_group(roles.AUTHOR))
    with pytest.raises(ValidationError, match="只有送审单位"):
        services.answer_clean_file_request(request_, stranger, _clean_pdf_upload())
    for outsider in (stranger, world.reviewer):
        client.force_login(outsider)
        response = client.post(f"{ADMIN}{submission.pk}/replace/", {"request": request_.pk, "file": _clean_pdf_upload()})
        assert response.status_code in (302, 403, 404)
        assert "实训指导书" not in client.get(f"{ADMIN}{submission.pk}/").content.decode()
    # A hostile file fails the same upload checks as the field it replaces: nothing changes.
    findings = list(copy.findings)
    with pytest.raises(ValidationError):
        services.answer_clean_file_request(
            request_, world.author_user, SimpleUploadedFile("干净文件.pdf", b"MZ\x90\x00" + b"\x00" * 512, "application/pdf")
        )
    request_.refresh_from_db()
    copy.refresh_from_db()
    assert request_.answered_at is None and copy.findings == findings


def test_a_reviewer_never_sees_the_request(client, pdf_copy):
    world, submission, copy = pdf_copy
    services.request_clean_file(copy, world.organiser, "请删除第1页的编者署名。")
    client.force_login(world.reviewer)
    assert client.get(f"{ADMIN}{submission.pk}/").status_code in (302, 403, 404)
    for url in ("/review-workspace/",):
        body = client.get(url).content.decode()
        assert "请删除第1页的编者署名。" not in body and "干净文件" not in body

