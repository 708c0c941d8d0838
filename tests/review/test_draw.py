"""R5: a draw nobody can steer. The seed is the system's (never typed, a forged one is ignored),
every draw and redraw is recorded with its candidate list, hash and reason, supervisors see it,
and ``replay_draws`` reproduces every recorded panel. S11: negative-listed experts are never
eligible and negative-listed publishers cannot submit."""

import inspect
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from wagtail.models import ModelLogEntry

from cms import roles
from review import rules, services
from review.forms import DrawForm
from review.models import AssignmentStatus, Expert, PanelDraw
from selection import services as selection_services

ADMIN = "/admin/review/"


def _submitted(world):
    version = world.textbook_version()
    world.gates(version)
    submission = services.submit(version, world.author_user)
    services.confirm_intake(submission, world.organiser, submission.proposed_flags)  # Art. 18 intake
    return submission


def _errors(response):
    return [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "error"]


def test_a_typed_seed_is_impossible(client, review_world):
    world = review_world
    submission = _submitted(world)
    # Neither the form nor the service has anywhere to put a seed.
    assert "seed" not in DrawForm().fields
    assert "seed" not in inspect.signature(services.draw_panel).parameters
    with pytest.raises(TypeError):
        services.draw_panel(submission, world.organiser, "my-chosen-seed")
    # A forged post carrying a seed is ignored: the recorded seed is the system's own.
    client.force_login(world.organiser)
    response = client.post(f"{ADMIN}{submission.pk}/draw/", {"seed": "forged-seed-42"})
    assert response.status_code == 302 and not _errors(response)
    record = PanelDraw.objects.get(round__submission=submission)
    assert record.seed != "forged-seed-42" and re.fullmatch(r"[0-9a-f]{32}", record.seed)
    assert record.kind == "draw" and record.by == world.organiser
    assert "forged-seed-42" not in str(ModelLogEntry.objects.get(action="review.draw", object_id=str(submission.pk)).data)
    assert "抽取种子" not in client.get(f"{ADMIN}{submission.pk}/").content.decode()


def test_two_draws_of_the_same_pool_take_different_seeds(review_world):
    world = review_world
    submission = _submitted(world)
    seeds = set()
    for _ in range(3):
        services.draw_panel(submission, world.organiser)
        seeds.add(PanelDraw.objects.filter(round__submission=submission).latest("pk").seed)
        submission.current_round.assignments.all().delete()
    assert len(seeds) == 3


def test_a_redraw_needs_a_gap_and_a_reason_and_is_recorded(review_world):
    world = review_world
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    # The panel is full: no redraw, with or without a reason.
    with pytest.raises(ValidationError, match="专家组已满"):
        services.draw_panel(submission, world.organiser, reason="想换一位专家")
    spare = Expert.objects.filter(category="research", person__title_level__in=["senior", "associate_senior"]).exclude(
        person__employer=world.unit
    )[:2]
    Expert.objects.filter(pk__in=[e.pk for e in spare]).update(active=True)
    mine = submission.current_round.assignments.get(expert=world.reviewer_expert)
    services.declare(mine, world.reviewer, False, "曾指导该书编写")
    for reason in ("", "   "):
        with pytest.raises(ValidationError, match="补抽专家须填写理由"):
            services.draw_panel(submission, world.organiser, reason=reason)
    assert PanelDraw.objects.filter(round__submission=submission).count() == 1  # refused: nothing recorded
    services.draw_panel(submission, world.organiser, reason="专家1声明曾指导该书编写，回避后补抽")
    redraw = PanelDraw.objects.filter(round__submission=submission).latest("pk")
    assert redraw.kind == "redraw" and redraw.reason == "专家1声明曾指导该书编写，回避后补抽"
    assert sorted(redraw.kept) == sorted(
        submission.current_round.assignments.exclude(status=AssignmentStatus.CONFLICT)
        .exclude(expert_id__in=redraw.drawn).values_list("expert_id", flat=True)
    )
    assert world.reviewer_expert.pk not in [c["expert"] for c in redraw.candidates]
    assert redraw.candidates_sha256 == rules.candidate_list_sha256(redraw.candidates)


def test_the_replay_command_reproduces_every_recorded_panel_and_catches_tampering(review_world):
    world = review_world
    world.small_pool()
    Expert.objects.filter(category="research").update(active=True)
    from curriculum.models import Course, CourseCategory

    other_course = Course.objects.create(code="ZYLEAK02", name="数控铣床零件加工", category=CourseCategory.PROFESSIONAL)
    submissions = [
        world.into_review(world.textbook_version()),
        world.into_review(world.textbook_version("数控铣床编程与操作", course=other_course)),
    ]
    first = submissions[0].current_round.assignments.order_by("position").first()
    services.declare(first, None, False, "曾指导该书编写")
    services.draw_panel(submissions[0], world.organiser, reason="回避后补抽")
    assert PanelDraw.objects.count() == 3
    out = io.StringIO()
    call_command("replay_draws", stdout=out)
    assert "3 条抽取记录均已复现" in out.getvalue()

    # A record whose candidate list was edited afterwards no longer matches its hash; a record
    # whose seed was swapped gives another panel: the command fails and says which.
    record = PanelDraw.objects.filter(kind="draw").first()
    record.candidates = record.candidates[:-1]
    record.save(update_fields=["candidates"])
    with pytest.raises(CommandError, match="1 条"):
        call_command("replay_draws", stdout=io.StringIO())
    assert "SHA-256" in " ".join(services.replay(record))


def test_replaying_with_another_seed_gives_another_panel():
    pool = [rules.Candidate(i, i, 0, cat, True, True) for i, cat in enumerate(["subject", "teacher", "industry", "research"] * 5)]
    candidates = rules.candidate_list(pool)
    first = rules.replay_draw(candidates, rules.make_seed(), rules.STANDARD_ROUTE)
    panels = {tuple(rules.replay_draw(candidates, rules.make_seed(), rules.STANDARD_ROUTE)) for _ in range(10)}
    assert len(panels) > 1 and len(first) == 3


def test_supervising_hrss_sees_every_draw_and_others_do_not(client, review_world):
    world = review_world
    submission = _submitted(world)
    services.draw_panel(submission, world.organiser)
    record = PanelDraw.objects.get(round__submission=submission)
    hrss = get_user_model().objects.create_user("hrss_supervisor")
    hrss.groups.add(roles.role_group(roles.HRSS_ADMIN))
    client.force_login(hrss)
    page = client.get(f"{ADMIN}draws/").content.decode()
    assert submission.code in page and record.candidates_sha256 in page
    detail = client.get(f"{ADMIN}draws/{record.pk}/").content.decode()
    assert record.seed in detail and "重放结果与记录一致" in detail
    for user in (world.author_user, world.reviewer):
        client.force_login(user)
        assert client.get(f"{ADMIN}draws/").status_code in (302, 403)


def test_s11_a_negative_listed_expert_is_never_eligible(review_world):
    world = review_world
    world.small_pool()
    selection_services.list_on_negative_list(None, "评审中存在违规行为（第三十五条）", person=world.reviewer_expert.person)
    submission = _submitted(world)
    row = next(r for r in services.exclusion_table(submission) if r["expert"] == world.reviewer_expert)
    assert not row["eligible"] and "S11（第三十五条）：已列入负面清单，不得参与审核" in [e.message for e in row["exclusions"]]
    with pytest.raises(ValidationError, match="S11"):
        services.override_exclusion(submission, world.reviewer_expert, world.organiser, "急需该专业专家")
    with pytest.raises(ValidationError, match="R5"):  # the small pool has too few left without them
        services.draw_panel(submission, world.organiser)


def test_s11_a_negative_listed_publisher_cannot_submit(review_world):
    world = review_world
    version = world.textbook_version()
    world.gates(version)
    selection_services.list_on_negative_list(None, "出版盗版教材（第三十五条）", organisation=world.publisher)
    with pytest.raises(ValidationError, match="出版单位已列入负面清单"):
        services.submit(version, world.author_user)
    assert services.submission_for(version) is None
