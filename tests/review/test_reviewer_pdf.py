"""The reviewer's copy is a PDF rendered by LibreOffice from the cleaned DOCX, stamped per assignment
with a visible code and an invisible mark (R3, Art. 21): it names nobody, it traces back to the
assignment it was issued to, the DOCX reaches reviewers only where the organiser allows it, and a
failed conversion stops the organiser with a Chinese message instead of falling back to the DOCX.

Needs Debian's LibreOffice (soffice): skipped on a developer's machine without it, a failure in CI
(REQUIRE_SERVICES=1), like the browser journeys."""

import io
import stat

import pypdf
import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from review import reviewer_copy, rules, services
from review.anonymise.pdf import page_texts
from review.models import AssignmentStatus, IssuedCopy
from tests.review import hostile_files as hf
from tests.review.conftest import mask_everything, planted_strings

pytestmark = pytest.mark.libreoffice
START = "/review-workspace/"


@pytest.fixture
def released(review_world):
    world = review_world
    for n, expert in enumerate(world.small_pool()):
        if expert.person.user is None:  # every pool expert signs in, as the demo reviewer does
            expert.person.user = get_user_model().objects.create_user(f"pdf_reviewer_{n}")
            expert.person.save(update_fields=["user"])
    submission = world.into_review(world.textbook_version())
    assignments = list(submission.current_round.assignments.exclude(status__in=[AssignmentStatus.CONFLICT]))
    for assignment in assignments:
        services.declare(assignment, assignment.expert.person.user, True)
    return world, submission, assignments


def _manuscript(submission):
    return submission.current_round.copies.get(index=1)


def _download(client, assignment, copy, suffix=""):
    client.force_login(assignment.expert.person.user)
    response = client.get(f"{START}a/{assignment.pk}/files/{copy.pk}/{suffix}")
    return response, b"".join(response.streaming_content) if response.status_code == 200 else b""


def test_the_reviewer_receives_a_pdf_that_names_nobody_and_carries_their_code(client, nothing_rendered_yet, released):
    _, submission, assignments = released
    copy = _manuscript(submission)
    response, data = _download(client, assignments[0], copy)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert data.startswith(b"%PDF")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert dict(reader.metadata or {}) == {"/Producer": "审核稿"}
    assert "/Metadata" not in reader.trailer["/Root"]
    texts = page_texts(data)
    whole = "".join(texts)
    assert len(whole) > 200  # the manuscript's body was rendered, not an empty page
    for planted in planted_strings():
        assert planted not in whole, planted
        assert planted.encode() not in data
    issued = IssuedCopy.objects.get(assignment=assignments[0], copy=copy)
    assert all(f"审-{issued.visible_code}" in text for text in texts)  # on every page
    assert all(f"REVIEW COPY {submission.code.split('-', 1)[1]} R1" in text for text in texts)
    # The same reviewer downloading again gets the same copy, not a new mark.
    _, again = _download(client, assignments[0], copy)
    assert again == data
    assert IssuedCopy.objects.filter(assignment=assignments[0]).count() == 1


def test_a_leaked_copy_names_its_assignment_even_with_its_id_rewritten(client, released, tmp_path):
    _, submission, assignments = released
    copy = _manuscript(submission)
    first, second = assignments[:2]
    _, one = _download(client, first, copy)
    _, two = _download(client, second, copy)
    assert one != two
    assert list(services.trace_leaked_copy(one)) == [IssuedCopy.objects.get(assignment=first)]
    assert list(services.trace_leaked_copy(two)) == [IssuedCopy.objects.get(assignment=second)]
    # Re-saved by another tool: new /ID, new bytes; the invisible text and the visible code remain.
    rewritten = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(two)))
    rewritten._ID = None
    out = io.BytesIO()
    rewritten.write(out)
    evidence = services.trace_leaked_copy(out.getvalue())
    assert list(evidence) == [IssuedCopy.objects.get(assignment=second)]
    assert "页面隐藏标记" in evidence[IssuedCopy.objects.get(assignment=second)]
    assert "文件完全一致" not in evidence[IssuedCopy.objects.get(assignment=second)]
    found = tmp_path / "网上发现的审核稿.pdf"
    found.write_bytes(out.getvalue())
    printed = io.StringIO()
    call_command("trace_reviewer_copy", str(found), stdout=printed)
    assert second.expert.person.name in printed.getvalue()
    assert first.expert.person.name not in printed.getvalue()
    # A PDF the platform never issued traces to nobody.
    with pytest.raises(CommandError, match="无法对应到评审任务"):
        unrelated = tmp_path / "other.pdf"
        unrelated.write_bytes(copy.reviewer_pdf.open("rb").read())
        call_command("trace_reviewer_copy", str(unrelated))


def test_a_political_reviewers_copy_is_watermarked_and_traces_back_to_them_art_18(client, released, tmp_path):
    _, submission, assignments = released
    # An ideologically strong national item: the national political review reads it too (Art. 18).
    type(submission).objects.filter(pk=submission.pk).update(ideologically_strong=True, planning_level=rules.PlanningLevel.NATIONAL)
    political = get_user_model().objects.get(username="political")
    copy = _manuscript(submission)
    _, expert_copy = _download(client, assignments[0], copy)
    client.force_login(political)
    response = client.get(f"{START}political/{submission.pk}/files/{copy.pk}/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    data = b"".join(response.streaming_content)
    issued = IssuedCopy.objects.get(political_reviewer=political, copy=copy)
    assert issued.assignment is None
    assert data != expert_copy and issued.visible_code in "".join(page_texts(data))
    again = b"".join(client.get(f"{START}political/{submission.pk}/files/{copy.pk}/").streaming_content)
    assert again == data and IssuedCopy.objects.filter(political_reviewer=political).count() == 1
    assert list(services.trace_leaked_copy(data)) == [issued]
    found = tmp_path / "外泄的政治把关稿.pdf"
    found.write_bytes(data)
    printed = io.StringIO()
    call_command("trace_reviewer_copy", str(found), stdout=printed)
    assert f"政治把关：{political.person.name}" in printed.getvalue()
    assert issued.visible_code in printed.getvalue()


def test_the_docx_reaches_reviewers_only_where_the_organiser_allows_it(client, released):
    world, submission, assignments = released
    copy = _manuscript(submission)
    assignment = assignments[0]
    client.force_login(assignment.expert.person.user)
    page = client.get(f"{START}a/{assignment.pk}/")
    assert copy.pdf_name in page.content.decode() and "docx/" not in page.content.decode()
    response, _ = _download(client, assignment, copy, "docx/")
    assert response.status_code == 404
    # Only the organiser decides; a reviewer's forged post changes nothing.
    client.post(f"/admin/review/{submission.pk}/docx/", {"allowed": "on"})
    submission.current_round.refresh_from_db()
    assert submission.current_round.docx_allowed is False
    client.force_login(world.organiser)
    client.post(f"/admin/review/{submission.pk}/docx/", {"allowed": "on"})
    submission.current_round.refresh_from_db()
    assert submission.current_round.docx_allowed is True
    response, data = _download(client, assignment, copy, "docx/")
    assert response.status_code == 200 and data.startswith(b"PK")
    client.force_login(assignment.expert.person.user)
    assert "docx/" in client.get(f"{START}a/{assignment.pk}/").content.decode()


def _pending_manuscript(world):
    world.small_pool()
    item = world.textbook_version()
    world.gates(item)
    submission = services.submit(item, world.author_user)
    copy = _manuscript(submission)
    services.resolve_findings(copy, world.organiser, mask_everything(copy), [hf.NAME_LATIN])
    copy.refresh_from_db()
    return copy


@pytest.fixture
def nothing_rendered_yet(monkeypatch):
    """LibreOffice really runs: no earlier rendering of the same DOCX is reused."""
    monkeypatch.setattr(reviewer_copy, "_RENDERED", type(reviewer_copy._RENDERED)())


def test_without_libreoffice_the_organiser_is_told_and_nothing_is_released(review_world, monkeypatch, nothing_rendered_yet):
    copy = _pending_manuscript(review_world)
    monkeypatch.setattr(reviewer_copy, "soffice_binary", lambda: None)
    with pytest.raises(ValidationError, match="未安装 LibreOffice"):
        services.confirm_copy(copy, review_world.organiser)
    copy.refresh_from_db()
    assert copy.cleared_at is None and not copy.reviewer_pdf


def test_a_conversion_that_hangs_is_stopped_and_reported(review_world, monkeypatch, tmp_path, nothing_rendered_yet):
    copy = _pending_manuscript(review_world)
    hanging = tmp_path / "soffice"
    hanging.write_text("#!/bin/sh\nsleep 60\n")
    hanging.chmod(hanging.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(reviewer_copy, "soffice_binary", lambda: str(hanging))
    monkeypatch.setattr(reviewer_copy, "CONVERSION_TIMEOUT_SECONDS", 1)
    with pytest.raises(ValidationError, match="超时"):
        services.confirm_copy(copy, review_world.organiser)
    copy.refresh_from_db()
    assert copy.cleared_at is None


def test_a_pdf_still_naming_the_unit_is_refused(review_world):
    """The leak check runs on the rendered PDF too: a masked string that reappears in the rendering
    (text LibreOffice computes, such as fields) is caught in the PDF's text, and the copy is not
    confirmed."""
    world = review_world
    world.small_pool()
    item = world.textbook_version()
    world.gates(item)
    submission = services.submit(item, world.author_user)
    copy = _manuscript(submission)
    decisions = mask_everything(copy)
    services.resolve_findings(copy, world.organiser, decisions, [hf.NAME_LATIN])
    copy.refresh_from_db()
    copy.extra_masked = [*copy.extra_masked, "数控"]  # stands for such a string: the body certainly renders it
    copy.save(update_fields=["extra_masked"])
    with pytest.raises(ValidationError, match="仍含编写人员或单位的身份信息"):
        services.confirm_copy(copy, world.organiser)
    copy.refresh_from_db()
    assert copy.cleared_at is None
