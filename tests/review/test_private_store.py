"""The private store at work: random names, original names kept in the database, superseded
files deleted on commit (an uncleared review copy, a replaced manuscript), a rollback keeping
the old file, orphans listed and removed, and the decision letter's Chinese file name."""

import io
from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction

from review import services
from tests.review import hostile_files as hf
from tests.review.conftest import clear_and_confirm

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def separate_stores(settings, tmp_path, media_root):
    """The private store beside the public media root, as deployed (the review tests' fixture
    nests it inside, to see both stores at once)."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.SENDFILE_ROOT = str(settings.PRIVATE_MEDIA_ROOT)


def stored_files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_manuscripts_are_stored_privately_under_random_names(review_world, settings):
    version = review_world.textbook_version()
    name = version.manuscript.name
    assert name.startswith("textbooks/manuscripts/") and name.endswith(".docx")
    assert hf.NAME not in name and len(name.rsplit("/", 1)[1]) == 32 + len(".docx")
    assert version.manuscript_original_name == hf.ORIGINAL_FILE_NAME
    assert (settings.PRIVATE_MEDIA_ROOT / name).is_file()
    assert not list(settings.MEDIA_ROOT.rglob("*.docx"))  # nothing under the public media root
    assert version.manuscript.url == f"/files/textbooks.textbookversion/{version.pk}/manuscript/"


def test_a_replaced_manuscript_is_deleted_after_commit_and_kept_on_rollback(
    review_world, settings, django_capture_on_commit_callbacks
):
    version = review_world.textbook_version()
    old = settings.PRIVATE_MEDIA_ROOT / version.manuscript.name
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            version.manuscript = ContentFile(hf.minimal_docx(["第二稿"]), name="第二稿.docx")
            version.save()
            raise RuntimeError("the save is rolled back")
    assert old.is_file()
    version.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        version.manuscript = ContentFile(hf.minimal_docx(["第三稿"]), name="第三稿.docx")
        version.save()
    assert not old.is_file()
    assert (settings.PRIVATE_MEDIA_ROOT / version.manuscript.name).is_file()
    assert version.manuscript_original_name == "第三稿.docx"


def test_clearing_a_copy_deletes_the_uncleared_file(review_world, settings, django_capture_on_commit_callbacks):
    world = review_world
    world.gates(version := world.textbook_version())
    submission = services.submit(version, world.author_user)
    copy = next(c for c in submission.current_round.copies.all() if c.cleared_at is None)
    uncleared = settings.PRIVATE_MEDIA_ROOT / copy.file.name
    assert uncleared.is_file()
    with django_capture_on_commit_callbacks(execute=True):
        clear_and_confirm(copy, world.organiser, [hf.NAME_LATIN, hf.NAME, hf.UNIT, hf.PUBLISHER, hf.EMAIL, hf.PHONE])
    copy.refresh_from_db()
    assert not uncleared.is_file()
    assert (settings.PRIVATE_MEDIA_ROOT / copy.file.name).is_file()


def test_the_orphan_command_lists_and_removes_what_no_row_refers_to(review_world, settings):
    version = review_world.textbook_version()
    orphan = settings.PRIVATE_MEDIA_ROOT / "textbooks/manuscripts/0123456789abcdef0123456789abcdef.docx"
    orphan.write_bytes(b"x" * 3000)
    out = io.StringIO()
    call_command("private_file_orphans", stdout=out)
    assert "孤立文件 1 个" in out.getvalue() and "3 KB" in out.getvalue() and orphan.is_file()
    call_command("private_file_orphans", "--delete", stdout=(out := io.StringIO()))
    assert "已删除" in out.getvalue() and not orphan.is_file()
    assert (settings.PRIVATE_MEDIA_ROOT / version.manuscript.name).is_file()


def test_a_change_requests_manuscript_must_be_a_real_document(review_world):
    from django.core.exceptions import ValidationError

    from textbooks import services as textbook_services
    from textbooks.models import ChangeRequest, TextbookVersion, VersionStatus

    version = review_world.textbook_version()
    TextbookVersion.objects.filter(pk=version.pk).update(status=VersionStatus.APPROVED, frozen_at="2025-10-01T00:00:00Z")
    version.refresh_from_db()
    html = ContentFile(b"<html><script>alert(1)</script></html>", name="修订稿.docx")
    with pytest.raises(ValidationError) as caught:
        textbook_services.request_change(version, review_world.author_user, reason="更正错字", new_manuscript=html)
    assert "网页" in str(caught.value)
    assert not ChangeRequest.objects.exists()


def test_the_decision_letter_has_an_rfc6266_chinese_name(client, review_world):
    from review.letters import letter_file_name
    from review.models import Submission

    world = review_world
    world.gates(version := world.textbook_version())
    submission = services.submit(version, world.author_user)
    Submission.objects.filter(pk=submission.pk).update(decided_at="2025-11-01T00:00:00Z", decision="pass")
    client.force_login(world.author_user)
    response = client.get(f"/admin/review/{submission.pk}/letter/")
    assert response.status_code == 200
    submission.refresh_from_db()
    assert response["Content-Disposition"] == f"attachment; filename*=utf-8''{quote(letter_file_name(submission))}"
    assert response["X-Content-Type-Options"] == "nosniff" and response["Content-Security-Policy"] == "sandbox"
