"""review.rules without a database: each rule's allowed and refused case."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from review import rules

PEOPLE = rules.ManuscriptPeople(
    author_ids=frozenset({1, 2}),
    chief_editor_id=1,
    compiling_unit_id=100,
    author_employer_ids=frozenset({100, 101}),
    publisher_id=200,
    other_edition_people_ids=frozenset({7}),
    coauthor_ids=frozenset({8}),
    declared_conflict_expert_ids=frozenset({59}),
)


def candidate(expert_id=50, person_id=50, employer_id=300, category="subject", senior=True, approved=True, active=True):
    return rules.Candidate(expert_id, person_id, employer_id, category, senior, approved, active)


def reasons(c):
    return [e.rule for e in rules.exclusions(c, PEOPLE)]


def test_an_unrelated_qualified_expert_is_eligible():
    assert rules.exclusions(candidate(), PEOPLE) == []
    assert rules.is_eligible(candidate(), PEOPLE)


@pytest.mark.parametrize("c", [candidate(person_id=1), candidate(person_id=2), candidate(employer_id=100)])
def test_r1_authors_chief_editor_and_compiling_unit_staff_are_excluded_for_good(c):
    """R1 (Art. 19, 编审分离)."""
    found = rules.exclusions(c, PEOPLE)
    assert found and found[0].rule.startswith("R1")
    assert not rules.is_eligible(c, PEOPLE, overridden=True)


@pytest.mark.parametrize(
    "c",
    [
        candidate(employer_id=101),  # an author's employer
        candidate(person_id=7),  # chief editor / author of another edition of the same course
        candidate(employer_id=200),  # the publisher's staff
        candidate(person_id=8),  # co-author on the platform in the last five years
    ],
)
def test_r2_recusal_grounds_exclude_but_can_be_overridden_with_a_reason(c):
    """R2 (Art. 19, 回避)."""
    assert reasons(c) == ["R2（第十九条）"]
    assert not rules.is_eligible(c, PEOPLE)
    assert rules.is_eligible(c, PEOPLE, overridden=True)
    assert rules.override_problems(rules.exclusions(c, PEOPLE), "该专家已调离原单位三年") == []
    assert rules.override_problems(rules.exclusions(c, PEOPLE), "  ") == ["R2（第十九条）：例外处理回避须填写理由。"]


def test_r2_a_declared_conflict_cannot_be_overridden():
    c = candidate(expert_id=59)
    assert reasons(c) == ["R2（第十九条）"]
    assert rules.override_problems(rules.exclusions(c, PEOPLE), "理由")
    assert not rules.is_eligible(c, PEOPLE, overridden=True)


def test_r4_qualification_senior_title_as_a_rule_and_party_approval_always():
    """R4 (Art. 19, 13, 14)."""
    junior = candidate(senior=False)
    assert reasons(junior) == ["R4（第十九条、第十四条）"]
    assert rules.is_eligible(junior, PEOPLE, overridden=True)
    unapproved = candidate(approved=False)
    assert reasons(unapproved) == ["R4（第十九条）"]
    assert not rules.is_eligible(unapproved, PEOPLE, overridden=True)


def test_r4_a_panel_mixes_categories():
    route = rules.STANDARD_ROUTE
    assert rules.panel_category_problems(["subject", "teacher", "subject"], route) == []
    assert rules.panel_category_problems(["subject", "subject", "subject"], route)


POOL = [candidate(expert_id=i, person_id=i, category=cat) for i, cat in enumerate(
    ["subject"] * 6 + ["research"] * 3 + ["teacher"] * 4 + ["industry"] * 3, start=10
)]


def test_r5_same_seed_same_panel_and_the_panel_is_mixed():
    route = rules.STANDARD_ROUTE
    first = rules.draw_panel(POOL, "seed-2026", route)
    assert first.drawn == rules.draw_panel(list(reversed(POOL)), "seed-2026", route).drawn
    assert len(first.drawn) == 3
    categories = {c.category for c in POOL if c.expert_id in first.drawn}
    assert len(categories) >= 2
    panels = {tuple(rules.draw_panel(POOL, f"seed-{n}", route).drawn) for n in range(20)}
    assert len(panels) > 5  # random, not a fixed order


def test_r5_the_draw_refuses_a_pool_too_small_or_too_uniform():
    with pytest.raises(ValidationError, match="R5"):
        rules.draw_panel(POOL[:2], "s", rules.STANDARD_ROUTE)
    with pytest.raises(ValidationError, match="R4"):
        rules.draw_panel(POOL[:6], "s", rules.STANDARD_ROUTE)  # all subject experts


def test_r5_a_redraw_keeps_the_remaining_panel():
    route = rules.STANDARD_ROUTE
    first = rules.draw_panel(POOL, "seed", route).drawn
    redraw = rules.draw_panel([c for c in POOL if c.expert_id != first[0]], "seed-2", route, keep=first[1:])
    assert set(first[1:]) <= set(redraw.drawn) and first[0] not in redraw.drawn


def test_r6_a_political_error_fails_and_replacements_block_a_pass():
    """R6 (Art. 21)."""
    assert rules.decision_problems("fail", True, False) == []
    assert rules.decision_problems("pass", True, False)
    assert rules.decision_problems("revise", True, False)
    assert rules.decision_problems("pass", False, True)
    assert rules.decision_problems("revise", False, True) == []
    assert rules.decision_problems("pass", False, False) == []
    assert rules.opinion_problems({"思想性": 80}, True, "pass")
    assert rules.opinion_problems({"思想性": 80}, True, "fail") == []
    assert rules.opinion_problems({"思想性": 120}, False, "pass")


FACTS = dict(unapproved_authors=0, has_authors=True, authors_announced=True, filing_required=True,
             filing_done=True, has_publisher=True, self_check_done=True)


def test_r9_major_topic_filing_before_review_where_required():
    """R9 (Art. 21)."""
    assert rules.gate_problems(rules.GateFacts(**FACTS)) == []
    assert rules.gate_problems(rules.GateFacts(**{**FACTS, "filing_done": False})) == [
        "R9（第二十一条）：该选题属于重大选题，须完成重大选题备案后才能开始审核。"
    ]
    assert rules.gate_problems(rules.GateFacts(**{**FACTS, "filing_done": False, "filing_required": False})) == []
    assert rules.major_topic_filing_required(True) and not rules.major_topic_filing_required(False)


@pytest.mark.parametrize("change, article", [
    ({"authors_announced": False}, "第十三条"),
    ({"unapproved_authors": 1}, "第十三条"),
    ({"self_check_done": False}, "第十八条"),
    ({"unit_blacklisted": True}, "S11（第三十五条）"),
    ({"listed_authors": ("张某",)}, "S11（第三十五条）、R6（第二十一条）"),
])
def test_unit_gates_announcement_party_approval_and_publisher_self_check(change, article):
    problems = rules.gate_problems(rules.GateFacts(**{**FACTS, **change}))
    assert len(problems) == 1 and problems[0].startswith(article)


def test_routing_by_planning_level_art_18():
    assert rules.organiser_lookup("national", "", "重庆市") == {"kind": "department", "is_national": True}
    assert rules.organiser_lookup("provincial", "广东省", "重庆市")["province"] == "广东省"
    assert rules.organiser_lookup("non_planned", "", "重庆市")["province"] == "重庆市"
    with pytest.raises(ValidationError):
        rules.organiser_lookup("provincial", "", "重庆市")


def test_practical_skills_take_the_shorter_route_art_22():
    assert rules.route_for(True).panel_size < rules.route_for(False).panel_size
    assert rules.route_for(True).review_days < rules.route_for(False).review_days


def test_the_state_machine_refuses_illegal_moves_in_chinese():
    assert rules.next_stage("preparing", "release") == "in_review"
    with pytest.raises(ValidationError, match="不能批准入库"):
        rules.next_stage("in_review", "approve", "盲审中")
    with pytest.raises(ValidationError):
        rules.next_stage("passed", "forged_action")
    assert set(rules.allowed_actions("round_closed")) >= {"decide_pass", "decide_revise", "decide_fail"}


def test_codes_are_pseudonymous_and_not_sequential():
    codes = {rules.make_code(2026) for _ in range(50)}
    assert len(codes) > 45
    assert all(c.startswith("审-2026-") and len(c) == 11 for c in codes)


def test_reminders_near_the_deadline_once_a_day():
    today = datetime.date(2026, 11, 23)
    assert rules.needs_reminder(today + datetime.timedelta(days=2), today, None)
    assert not rules.needs_reminder(today + datetime.timedelta(days=10), today, None)
    assert not rules.needs_reminder(today, today, today)


def test_reviewer_mail_rules():
    assert rules.reviewer_mail_problems(["r@x.cn"], "r@x.cn", [], [], [], []) == []
    assert len(rules.reviewer_mail_problems(["r@x.cn", "a@x.cn"], "r@x.cn", ["a@x.cn"], [], ["o@x.cn"], ["hit"])) == 4


def test_approval_needs_the_content_the_experts_reviewed():
    """Art. 18, 23: an item changed after (re)submission is not approved."""
    assert rules.content_changed_refusal("abc", "abc") is None
    assert rules.content_changed_refusal("", "abc") is None  # submitted before fingerprints were kept
    assert "送审后稿件内容已被更改" in rules.content_changed_refusal("abc", "abd")
