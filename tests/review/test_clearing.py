"""R3 (Art. 21): each finding of an anonymised copy is masked or dismissed with a reason by the
organiser; release is refused while any is unresolved; the organiser confirms a preview of exactly
what reviewers receive, even for a copy with no findings."""

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError

from review import services
from tests.review import hostile_files as hf
from tests.review.conftest import clear_and_confirm, mask_everything

ADMIN = "/admin/review/"


def _submitted(world):
    version = world.textbook_version()
    world.gates(version)
    submission = services.submit(version, world.author_user)
    services.confirm_intake(submission, world.organiser, submission.proposed_flags)  # Art. 18 intake
    services.draw_panel(submission, world.organiser)
    return submission


def _manuscript_copy(submission):
    return next(c for c in submission.current_round.copies.all() if any(not f["cleaned"] for f in c.findings))


def test_release_is_refused_until_every_copy_is_resolved_and_confirmed(review_world):
    world = review_world
    world.small_pool()
    submission = _submitted(world)
    copies = list(submission.current_round.copies.all())
    # Even the copy without any pending finding (the re-encoded image) waits for confirmation.
    assert all(c.cleared_at is None for c in copies)
    with pytest.raises(ValidationError, match="确认发放预览"):
        services.release(submission, world.organiser)
    copy = _manuscript_copy(submission)
    # Silence releases nothing: an undecided finding, and a dismissal without a reason, are refused.
    decisions = mask_everything(copy)
    first = next(iter(decisions))
    undecided = {i: d for i, d in decisions.items() if i != first}
    with pytest.raises(ValidationError, match="尚未处理"):
        services.resolve_findings(copy, world.organiser, undecided, [hf.NAME_LATIN])
    with pytest.raises(ValidationError, match="须填写理由"):
        services.resolve_findings(copy, world.organiser, {**decisions, first: ("dismiss", " ")}, [hf.NAME_LATIN])
    copy.refresh_from_db()
    assert copy.resolved_at is None and all(not f.get("resolution") for f in copy.findings)
    with pytest.raises(ValidationError, match="仍有未处理的项目"):
        services.confirm_copy(copy, world.organiser)
    image_copy = next(c for c in copies if c.pk != copy.pk)
    with pytest.raises(ValidationError, match="查看发放预览"):  # nothing to resolve, still not seen
        services.confirm_copy(image_copy, world.organiser)
    for c in copies:
        clear_and_confirm(c, world.organiser, [hf.NAME_LATIN])
    services.release(submission, world.organiser)


def test_the_preview_shows_what_the_reviewer_receives_and_needs_confirming(client, review_world):
    world = review_world
    submission = _submitted(world)
    copy = _manuscript_copy(submission)
    decisions = mask_everything(copy)
    client.force_login(world.organiser)
    data = {"copy": copy.pk, "extra": hf.NAME_LATIN}
    data.update({f"decision-{i}": a for i, (a, _) in decisions.items()})
    data.update({f"reason-{i}": r for i, (_, r) in decisions.items()})
    response = client.post(f"{ADMIN}{submission.pk}/resolve/", data)
    assert not [m for m in get_messages(response.wsgi_request) if m.level_tag == "error"]
    assert response["Location"].endswith(f"/copies/{copy.pk}/preview/")
    preview = client.get(response["Location"]).content.decode()
    copy.refresh_from_db()
    text = "\n".join(t for _, t in services.copy_preview(copy))
    assert "■■■" in text and hf.NAME not in text and hf.NAME not in preview
    assert submission.safe_title in preview and "评审专家将收到以上内容" in preview
    copy.refresh_from_db()
    assert copy.cleared_at is None  # resolving is not confirming
    client.post(f"{ADMIN}{submission.pk}/confirm/", {"copy": copy.pk})
    copy.refresh_from_db()
    assert copy.cleared_at is not None
    with pytest.raises(ValidationError, match="已确认发放"):
        services.resolve_findings(copy, world.organiser, {}, ["再加一项"])
    # The author's forged confirm is refused and confirms nothing.
    client.force_login(world.author_user)
    other = next(c for c in submission.current_round.copies.all() if c.cleared_at is None)
    assert client.post(f"{ADMIN}{submission.pk}/confirm/", {"copy": other.pk}).status_code in (302, 403, 404)
    other.refresh_from_db()
    assert other.cleared_at is None
