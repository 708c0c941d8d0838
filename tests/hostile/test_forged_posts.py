"""Forged posts: missing or wrong CSRF tokens on every state-changing form covered, and actions
posted out of order or by the wrong person.

CSRF: a logged-in user's browser posting without the token (what a hostile page makes it do)
gets 403 with Django's Chinese message and changes nothing; the same post with the real token
goes through (so the 403 is the token's doing).

Out of order: the review pipeline (SPEC §4) and a school's selection (S2, S9) are driven by
generated sequences of posts from every actor. Each post either moves the item along a legal
edge - written out here from the specification, not read from the product - with an audit
entry, or is refused with a Chinese message and changes nothing at all, audit log included.
"""

import datetime

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from tests.hostile.conftest import assert_chinese, audit_entries, client_for, examples, panel_logins, refusal_messages
from tests.review.conftest import opinion_data
from tests.selection.test_flow import chosen_round
from tests.selection.test_public import notice_page, published  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

CSRF_MESSAGE = "CSRF验证失败"
ADMIN = "/admin/review/"
WORKSPACE = "/review-workspace/"


def csrf_refused(client, url, data=None, **extra):
    response = client.post(url, data or {}, **extra)
    assert response.status_code == 403 and CSRF_MESSAGE in response.content.decode(), (url, response.status_code)
    return response


def token_of(client, page):
    """The CSRF token a real form on ``page`` carries (Django sets it as a cookie on rendering)."""
    assert client.get(page).status_code == 200
    return client.cookies["csrftoken"].value


# ------------------------------------------------------------------------------ review world


class ReviewForgery:
    """A textbook in blind review, every panel member with a login, and everyone else who posts."""

    def __init__(self, world, django_user_model):
        from review.models import Expert

        self.world = world
        world.small_pool()
        self.submission = world.into_review(world.textbook_version())
        self.panel = panel_logins(self.submission)
        self.mine = next(a for a in self.panel if a.expert_id == world.reviewer_expert.pk)
        # An expert of the pool who is not on this panel, with a login of their own.
        stranger = Expert.objects.exclude(pk__in=[a.expert_id for a in self.panel]).select_related("person").first()
        stranger.person.user = django_user_model.objects.create_user("stranger_expert")
        stranger.person.save(update_fields=["user"])
        self.stranger = stranger.person.user
        self.second = world.textbook_version("数控铣床编程与操作", course=self._other_course())
        world.gates(self.second)

    @staticmethod
    def _other_course():
        from curriculum.models import Course, CourseCategory

        return Course.objects.create(code="ZYLEAK02", name="数控铣床零件加工", category=CourseCategory.PROFESSIONAL)

    def fingerprint(self):
        from review.models import Opinion, ReviewRound, Submission

        submission = Submission.objects.get(pk=self.submission.pk)
        return {
            "submissions": Submission.objects.count(),
            "stage": (submission.stage, submission.round_number, submission.decision),
            "assignments": sorted(submission.current_round.assignments.values_list("pk", "status")),
            "opinions": Opinion.objects.count(),
            "rounds": ReviewRound.objects.count(),
            "audit": audit_entries(),
        }

    def submit_url(self, item, action="submit"):
        from django.contrib.contenttypes.models import ContentType

        return f"{ADMIN}submit/{ContentType.objects.get_for_model(item).pk}/{item.pk}/{action}/"


@pytest.fixture
def forgery(review_world, django_user_model):
    return ReviewForgery(review_world, django_user_model)


def review_posts(f):
    """(who, url, data) for every state-changing review form."""
    s, a = f.submission.pk, f.mine.pk
    organiser, reviewer, author = f.world.organiser, f.world.reviewer, f.world.author_user
    copy = f.submission.current_round.copies.first()
    return [
        (reviewer, f"{WORKSPACE}a/{a}/declare/", {"no_conflict": "1"}),
        (reviewer, f"{WORKSPACE}a/{a}/opinion/", opinion_data()),
        (organiser, f"{ADMIN}{s}/release/", {}),
        (organiser, f"{ADMIN}{s}/close_round/", {}),
        (organiser, f"{ADMIN}{s}/decide/", {"decision": "pass", "comment": "同意通过。"}),
        (organiser, f"{ADMIN}{s}/approve/", {}),
        (organiser, f"{ADMIN}{s}/draw/", {"seed": "csrf"}),
        (organiser, f"{ADMIN}{s}/clear/", {"copy": copy.pk, "extra": "张三丰"}),
        (organiser, f"{ADMIN}{s}/override/", {"expert": f.mine.expert_id, "reason": "急需"}),
        (author, f"{ADMIN}{s}/resubmit/", {"letter": "已按意见修改。"}),
        (author, f.submit_url(f.second, "checks"), {"authors_announced_on": "2025-09-01"}),
        (author, f.submit_url(f.second), {}),
        (f.stranger, f"{WORKSPACE}political/{s}/", {"passed": "1", "comment": "通过"}),
    ]


def test_review_forms_without_the_csrf_token_are_refused_and_change_nothing(hostile, forgery):
    before = forgery.fingerprint()
    for user, url, data in review_posts(forgery):
        csrf_refused(client_for(user, enforce_csrf_checks=True), url, data)
        hostile("CSRF: review forms (workspace, organiser, author)")
    assert forgery.fingerprint() == before
    # The same declaration with the form's own token goes through.
    reviewer = client_for(forgery.world.reviewer, enforce_csrf_checks=True)
    page = f"{WORKSPACE}a/{forgery.mine.pk}/"
    response = reviewer.post(f"{page}declare/", {"no_conflict": "1", "csrfmiddlewaretoken": token_of(reviewer, page)})
    assert response.status_code == 302 and forgery.fingerprint() != before


def forged_tokens(real):
    """Tokens a forger can make: empty, random, the right length, the real one with a change."""
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    changed = st.tuples(st.integers(0, len(real) - 1), st.sampled_from(alphabet)).filter(lambda c: real[c[0]] != c[1]).map(
        lambda c: real[: c[0]] + c[1] + real[c[0] + 1 :]
    )
    return st.one_of(
        st.just(""), st.text(alphabet, min_size=32, max_size=32), st.text(alphabet, min_size=64, max_size=64),
        st.text(max_size=80), changed, st.just(real.upper() if real.upper() != real else real + "x"),
    )


@examples(40)
@given(data=st.data())
def test_forged_csrf_tokens_are_refused(hostile, forgery, data):
    reviewer = client_for(forgery.world.reviewer, enforce_csrf_checks=True)
    page = f"{WORKSPACE}a/{forgery.mine.pk}/"
    token = data.draw(forged_tokens(token_of(reviewer, page)))
    before = forgery.fingerprint()
    if data.draw(st.booleans()):
        csrf_refused(reviewer, f"{page}declare/", {"no_conflict": "0", "csrfmiddlewaretoken": token})
    else:
        csrf_refused(reviewer, f"{page}declare/", {"no_conflict": "0"}, headers={"X-CSRFToken": token})
    assert forgery.fingerprint() == before
    hostile("CSRF: forged tokens (form field and header)")


def test_uploads_and_login_without_the_csrf_token_are_refused(hostile, demo_world, django_user_model):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images import get_image_model

    from curriculum.models import CourseStandard
    from textbooks.models import TextbookVersion

    before = (CourseStandard.objects.count(), TextbookVersion.objects.count(), get_image_model().objects.count(), audit_entries())
    users = {name: django_user_model.objects.get(username=name) for name in ("author", "hrss")}
    admin = django_user_model.objects.create_superuser("csrf_admin", "csrf@example.cn", "x")
    posts = [
        (users["author"], "/admin/curriculum/standards/import/", {"file": SimpleUploadedFile("课程标准.docx", b"PK")}),
        (users["hrss"], "/admin/textbooks/catalogues/import/", {"file": SimpleUploadedFile("目录.xlsx", b"PK")}),
        (admin, "/admin/images/add/", {"title": "封面", "file": SimpleUploadedFile("封面.png", b"\x89PNG")}),
    ]
    for user, url, data in posts:
        csrf_refused(client_for(user, enforce_csrf_checks=True), url, data)
        hostile("CSRF: uploads (course standard, catalogue, image) and login")
    csrf_refused(Client(enforce_csrf_checks=True), "/admin/login/", {"username": "author", "password": "Jigong@2026"})
    hostile("CSRF: uploads (course standard, catalogue, image) and login")
    assert before == (CourseStandard.objects.count(), TextbookVersion.objects.count(), get_image_model().objects.count(), audit_entries())


# ------------------------------------------------------------------------ review, out of order

# SPEC §4, written out independently of review.rules.TRANSITIONS.
REVIEW_EDGES = {
    ("preparing", "in_review"), ("in_review", "round_closed"), ("round_closed", "passed"),
    ("round_closed", "revision"), ("round_closed", "failed"), ("round_closed", "political_review"),
    ("political_review", "passed"), ("political_review", "failed"), ("revision", "preparing"),
    ("passed", "approved"),
}


DENIED = "denied"  # 404, 403, or Wagtail's redirect to the admin home for a permission refused


def denied(response):
    return response.status_code in (403, 404) or response.get("Location") == "/admin/"


def post(client, url, data=None):
    """Post; the error messages of this request only (earlier ones are never shown to it)."""
    client.cookies.pop("messages", None)
    response = client.post(url, data or {})
    return response, refusal_messages(response)


def assert_refused(forgery, client, url, data, expected):
    before = forgery.fingerprint()
    response, errors = post(client, url, data)
    if expected == DENIED:
        assert denied(response), (url, response.status_code)
    else:
        assert any(expected in e for e in errors), (url, errors)
        assert all(assert_chinese(e) for e in errors)
    assert forgery.fingerprint() == before, url


def test_review_actions_out_of_order_are_refused_with_the_rule(hostile, forgery):
    from review import services

    f, s = forgery, forgery.submission.pk
    organiser, author = client_for(f.world.organiser), client_for(f.world.author_user)
    reviewer = client_for(f.world.reviewer)
    mine = f"{WORKSPACE}a/{f.mine.pk}/"
    in_review = "第十八条（凡编必审）：送审稿当前处于“盲审中”阶段，不能"
    cases = [
        (organiser, f"{ADMIN}{s}/decide/", {"decision": "pass"}, in_review + "作出“通过”结论"),  # before the opinions
        (organiser, f"{ADMIN}{s}/decide/", {"decision": "批准"}, "请选择审核结论。"),
        (organiser, f"{ADMIN}{s}/approve/", {}, in_review + "批准入库"),
        (organiser, f"{ADMIN}{s}/release/", {}, in_review + "发放匿名稿并开始盲审"),  # twice
        (organiser, f"{ADMIN}{s}/close_round/", {}, "尚有评审专家未提交意见，不能结束本轮评审。"),
        (organiser, f"{ADMIN}{s}/no_such_action/", {}, DENIED),
        (author, f"{ADMIN}{s}/resubmit/", {"letter": "已修改"}, "不能提交修改稿"),
        (author, f"{ADMIN}{s}/approve/", {}, DENIED),  # an author forging the organiser's action
        (reviewer, f"{mine}opinion/", opinion_data(), "R2（第十九条）：须先声明无利益冲突"),  # before declaring
        (client_for(f.stranger), f"{mine}opinion/", opinion_data(), DENIED),  # not on the panel
        (client_for(f.stranger), f"{mine}declare/", {"no_conflict": "1"}, DENIED),
        (author, f.submit_url(f.submission.item), {}, DENIED),  # submitted twice
    ]
    for client, url, data, expected in cases:
        assert_refused(f, client, url, data, expected)
        hostile("out of order: review actions")

    services.declare(f.mine, f.world.reviewer, True)
    # Declaring again after the content unlocked - recusing now - is refused (R2, Art. 19).
    assert_refused(f, reviewer, f"{mine}declare/", {"no_conflict": "0", "note": "看过书稿后想回避"}, "R2（第十九条）：已作出声明，不能重复声明。")
    assert post(reviewer, f"{mine}opinion/", opinion_data())[1] == []
    assert_refused(f, reviewer, f"{mine}opinion/", opinion_data(), "每位专家只提交一次意见")  # the second click
    hostile("out of order: review actions", n=2)

    # A failed manuscript is never approved, nor decided again.
    for assignment, user in f.panel.items():
        if assignment != f.mine:
            services.declare(assignment, user, True)
            services.submit_opinion(assignment, user, **opinion_data(political_error="found", recommendation="fail"))
    services.close_round(f.submission, f.world.organiser)
    services.decide(f.submission, f.world.organiser, "fail", "存在政治性错误")
    failed = "第十八条（凡编必审）：送审稿当前处于“审核未通过”阶段，不能"
    for url, data, expected in [
        (f"{ADMIN}{s}/approve/", {}, failed + "批准入库"),
        (f"{ADMIN}{s}/decide/", {"decision": "pass"}, "R6"),
        (f"{ADMIN}{s}/decide/", {"decision": "fail"}, failed + "作出“不通过”结论"),
        (f"{ADMIN}{s}/release/", {}, failed + "发放匿名稿并开始盲审"),
    ]:
        assert_refused(f, organiser, url, data, expected)
        hostile("out of order: review actions")


REVIEW_ACTIONS = st.one_of(
    st.tuples(st.just("organiser"), st.sampled_from(["release", "close_round", "approve", "draw"]), st.just({})),
    st.tuples(st.just("organiser"), st.just("decide"), st.fixed_dictionaries({"decision": st.sampled_from(["pass", "revise", "fail", "", "通过", "PASS"])})),
    st.tuples(st.sampled_from(["reviewer 0", "reviewer 1", "reviewer 2", "stranger"]), st.just("declare"),
              st.fixed_dictionaries({"no_conflict": st.sampled_from(["1", "0", "", "yes"])})),
    st.tuples(st.sampled_from(["reviewer 0", "reviewer 1", "reviewer 2", "stranger"]), st.just("opinion"),
              st.sampled_from([opinion_data(), opinion_data(recommendation="revise", texts_to_replace="第三章选文"),
                               opinion_data(political_error="found", recommendation="fail"), opinion_data(ideology_score=900)])),
    st.tuples(st.just("author"), st.sampled_from(["resubmit", "approve", "decide"]), st.just({"letter": "已按专家意见逐条修改。", "decision": "pass"})),
)


def reach(forgery, stage):
    """Bring the submission to ``stage`` through the services, from 盲审中."""
    from review import services
    from tests.review.conftest import all_review

    if stage == "in_review":
        return
    submission, organiser = forgery.submission, forgery.world.organiser
    recommendation = {"passed": "pass", "revision": "revise", "failed": "fail"}[stage]
    all_review(submission, recommendation=recommendation, political_error="found" if stage == "failed" else "none")
    services.close_round(submission, organiser)
    services.decide(submission, organiser, recommendation)


def next_by_the_rules(forgery, panel):
    """The post that follows the specification from where the submission is (None: no such post)."""
    from review.models import Submission

    submission = Submission.objects.get(pk=forgery.submission.pk)
    if submission.stage == "in_review":
        for i, assignment in enumerate(panel):
            status = type(assignment).objects.get(pk=assignment.pk).status
            if status == "awaiting":
                return f"reviewer {i}", "declare", {"no_conflict": "1"}
            if status == "declared":
                return f"reviewer {i}", "opinion", opinion_data()
        return "organiser", "close_round", {}
    return {
        "round_closed": ("organiser", "decide", {"decision": "revise"}),
        "revision": ("author", "resubmit", {"letter": "已按专家意见逐条修改。"}),
        "passed": ("organiser", "approve", {}),
    }.get(submission.stage)


@examples(15)
@given(start=st.sampled_from(["in_review", "passed", "revision", "failed"]),
       steps=st.lists(st.one_of(st.just("by the rules"), REVIEW_ACTIONS), min_size=1, max_size=12))
def test_any_sequence_of_review_posts_moves_only_along_legal_edges(hostile, forgery, start, steps):
    f, s = forgery, forgery.submission.pk
    panel = sorted(f.panel, key=lambda a: a.position)
    clients = {"organiser": client_for(f.world.organiser), "author": client_for(f.world.author_user),
               "stranger": client_for(f.stranger)}
    clients.update({f"reviewer {i}": client_for(f.panel[a]) for i, a in enumerate(panel)})
    with transaction.atomic():
        reach(f, start)
        for step in steps:
            step = next_by_the_rules(f, panel) if step == "by the rules" else step
            if step is None:
                continue
            who, action, data = step
            target = panel[int(who[-1])] if who.startswith("reviewer") else panel[0]
            url = f"{WORKSPACE}a/{target.pk}/{action}/" if action in ("declare", "opinion") else f"{ADMIN}{s}/{action}/"
            before = f.fingerprint()
            response, errors = post(clients[who], url, data)
            after = f.fingerprint()
            refused = bool(errors) or denied(response)
            if refused:
                assert after == before, (who, action, data, errors)
                assert all(assert_chinese(e) for e in errors)
            else:
                assert response.status_code == 302 and after["audit"] > before["audit"], (who, action, data)
                if after["stage"][0] != before["stage"][0]:
                    assert (before["stage"][0], after["stage"][0]) in REVIEW_EDGES, (who, action, before, after)
            hostile("out of order: generated review post sequences", refused=refused)
        transaction.set_rollback(True)


# -------------------------------------------------------------------------- selection world


class SelectionForgery:
    """A school's selection with three lines, the committee's login and an HRSS supervisor."""

    def __init__(self, sworld, textbooks):
        from cms import roles

        self.world, self.textbooks = sworld, textbooks
        for user in (sworld.user, sworld.other_user):
            user.groups.add(roles.role_group(roles.SELECTION_COMMITTEE))
        sworld.hrss.groups.add(roles.role_group(roles.HRSS_ADMIN))
        self.round = chosen_round(sworld, textbooks)
        self.url = reverse("selection_rounds:workspace", args=[self.round.pk])

    def fingerprint(self):
        from selection.models import Objection, SchoolFiling, SelectionLine, SelectionRound, StopUseOrder

        r = SelectionRound.objects.get(pk=self.round.pk)
        return {
            "round": (r.status, r.notice_ends_on, r.finalised_at),
            "lines": sorted(SelectionLine.objects.values_list("round_id", "course_id", "version_id", "isbn")),
            "objections": sorted(Objection.objects.values_list("pk", "resolved_at")),
            "filings": SchoolFiling.objects.count(),
            "stop use": StopUseOrder.objects.count(),
            "audit": audit_entries(),
        }


@pytest.fixture
def selection_forgery(sworld, textbooks):
    return SelectionForgery(sworld, textbooks)


WORKSPACE_ACTIONS = ["select", "remove", "reselect", "publish", "resolve", "close", "finalise", "file", "replace"]


def test_selection_forms_without_the_csrf_token_are_refused_and_change_nothing(hostile, selection_forgery, notice_page):
    f = selection_forgery
    published_round = published(f.world, f.textbooks, school=f.world.other_school)
    committee = client_for(f.world.user, enforce_csrf_checks=True)
    before = f.fingerprint()
    for action in WORKSPACE_ACTIONS:
        csrf_refused(committee, f.url, {"action": action, "course": f.world.maths.pk, "version": f.textbooks["maths_national"].pk})
        hostile("CSRF: selection workspace, stop-use order, public objection")
    hrss = client_for(f.world.hrss, enforce_csrf_checks=True)
    csrf_refused(hrss, reverse("selection_stop_use:add"), {
        "version": f.textbooks["maths_national"].pk, "reason": "quality", "detail": "内容存在错误",
    })
    csrf_refused(Client(enforce_csrf_checks=True), f"{notice_page.url}{published_round.pk}/objection/", {
        "kind": "general", "content": "异议", "raised_by": "家长", "contact": "13800001234",
    })
    hostile("CSRF: selection workspace, stop-use order, public objection", n=2)
    assert f.fingerprint() == before
    response = committee.post(f.url, {"action": "publish", "csrfmiddlewaretoken": token_of(committee, f.url)})
    assert response.status_code == 302 and f.fingerprint()["round"][0] == "notice"  # with the token: published


def refused_selection(f, client, data, expected):
    before = f.fingerprint()
    response, errors = post(client, f.url, data)
    if expected == DENIED:
        assert denied(response), (data, response.status_code)
    else:
        assert any(expected in e for e in errors), (data, errors)
    assert f.fingerprint() == before, data


def test_selection_actions_out_of_order_are_refused_with_the_rule(hostile, selection_forgery, notice_page, client):
    from selection import services

    f = selection_forgery
    committee, other = client_for(f.world.user), client_for(f.world.other_user)
    draft = "当前状态为“选用中”，不能"
    for data, expected in [
        ({"action": "finalise"}, draft + "确定选用结果（须先完成公示并处理全部异议）"),
        ({"action": "close"}, draft + "结束公示"),
        ({"action": "file"}, draft + "备案（须先确定选用结果）"),
        ({"action": "approve"}, DENIED),
        ({"action": "publish", "working_days": "五"}, "S2（第二十七条第（二）项）：公示期应填写工作日数（正整数）。"),
        ({"action": "publish", "working_days": "０"}, "公示期应填写工作日数"),
        ({"action": "publish", "working_days": "0"}, "公示期至少为 1 个工作日。"),
        ({"action": "publish", "working_days": "999999999"}, "公示期最长为 60 个工作日。"),  # was an endless count
    ]:
        refused_selection(f, committee, data, expected)
        hostile("out of order: selection actions")
    refused_selection(f, other, {"action": "publish"}, DENIED)  # another school's committee

    services.publish_notice(f.round, f.world.user)
    on_notice = "当前状态为“公示中”，不能"
    objection = services.raise_objection(f.round, kind="general", content="难度偏高", raised_by="家长", contact="13800001234")
    for data, expected in [
        ({"action": "finalise"}, on_notice + "确定选用结果"),  # before the notice ends
        ({"action": "close"}, "S2（第二十七条第（二）项）：公示期至"),
        ({"action": "publish"}, on_notice + "公示"),  # twice
        ({"action": "select", "course": f.world.maths.pk, "version": f.textbooks["maths_national"].pk}, on_notice + "修改选用教材"),
        ({"action": "resolve", "objection": objection.pk, "resolution": " "}, "S2（第二十七条第（二）项）：处理异议（答复、认定无效或重复）须写明理由。"),
    ]:
        refused_selection(f, committee, data, expected)
        hostile("out of order: selection actions")
    services.resolve_objection(objection, f.world.user, "已复议，维持选用。")
    refused_selection(f, committee, {"action": "resolve", "objection": objection.pk, "resolution": "再处理一次"}, "该异议已处理。")
    f.round.notice_ends_on = datetime.date(2026, 1, 2)
    f.round.save(update_fields=["notice_ends_on"])
    # The notice is over: an objection now is refused (S2), and the result may be closed and finalised.
    before = f.fingerprint()
    page = client.post(f"{notice_page.url}{f.round.pk}/objection/", {"kind": "general", "content": "迟到的异议", "raised_by": "家长", "contact": "13800001234"})
    assert page.status_code == 404 and f.fingerprint() == before  # no longer on the public notice
    with pytest.raises(Exception, match="S2（第二十七条第（二）项）：只能在公示期内"):
        services.raise_objection(f.round, kind="general", content="迟到的异议", raised_by="家长", contact="13800001234")
    hostile("out of order: selection actions", n=3)


SELECTION_ACTIONS = st.one_of(
    st.sampled_from([("committee", {"action": a}) for a in ("publish", "close", "finalise", "file", "reselect", "approve")]),
    st.just(("committee", {"action": "select", "course": "maths", "version": "maths_national"})),
    st.just(("committee", {"action": "select", "course": "maths", "version": "maths_library"})),  # S4 refuses it
    st.just(("committee", {"action": "remove", "line": "first"})),
    st.just(("committee", {"action": "resolve", "objection": "first", "resolution": "已复议，维持选用。"})),
    st.just(("other school", {"action": "finalise"})),
    st.just(("public", "object")),
    st.just(("time", "the notice period ends")),
)


@examples(20)
@given(steps=st.lists(SELECTION_ACTIONS, min_size=1, max_size=10))
def test_any_sequence_of_selection_posts_moves_only_along_legal_edges(hostile, selection_forgery, steps):
    from selection import services
    from selection.models import Objection

    f = selection_forgery
    edges = {("draft", "notice"), ("notice", "resolved"), ("resolved", "final"), ("final", "filed")}
    clients = {"committee": client_for(f.world.user), "other school": client_for(f.world.other_user)}
    values = {"maths": f.world.maths.pk, **{k: v.pk for k, v in f.textbooks.items()}}
    with transaction.atomic():
        for who, data in steps:
            before = f.fingerprint()
            if who == "time":
                f.round.refresh_from_db()
                if f.round.notice_ends_on:
                    f.round.notice_ends_on = datetime.date(2026, 1, 2)
                    f.round.save(update_fields=["notice_ends_on"])
                continue
            if who == "public":
                try:
                    services.raise_objection(f.round, kind="general", content="请说明选用理由", raised_by="家长", contact="13800001234")
                    refused = False
                except Exception as error:
                    assert "S2" in str(error)
                    refused = True
                    assert f.fingerprint() == before
                hostile("out of order: generated selection sequences", refused=refused)
                continue
            resolved = {k: (values.get(v) if v not in ("first",) else None) for k, v in data.items()}
            resolved["action"] = data["action"]
            if data.get("line") == "first":
                resolved["line"] = f.round.lines.values_list("pk", flat=True).first() or 0
            if data.get("objection") == "first":
                resolved["objection"] = Objection.objects.filter(round=f.round).values_list("pk", flat=True).first() or 0
            if "resolution" in data:
                resolved["resolution"] = data["resolution"]
            response, errors = post(clients[who], f.url, resolved)
            after = f.fingerprint()
            refused = bool(errors) or denied(response)
            if refused:
                assert after == before, (who, data, errors)
                assert all(assert_chinese(e) for e in errors)
            else:
                assert after["audit"] > before["audit"], (who, data)
                if after["round"][0] != before["round"][0]:
                    assert (before["round"][0], after["round"][0]) in edges, (data, before, after)
            hostile("out of order: generated selection sequences", refused=refused)
        transaction.set_rollback(True)
