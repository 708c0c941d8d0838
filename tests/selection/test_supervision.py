"""S10–S12: stop-use orders reach every affected school; negative list; reproducible checks."""

import io

import pytest
from django.core.management import call_command
from django.core import mail
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry

from cms import draws
from selection import negative_list, services
from selection.models import StopUseNotice

from .test_flow import finished

pytestmark = pytest.mark.django_db


def test_stop_use_reaches_every_school_that_selected_the_textbook(sworld, textbooks):
    w, t = sworld, textbooks
    ours = finished(w, t)
    theirs = w.round(school=w.other_school)
    services.select_textbook(theirs, w.maths, t["maths_national"], w.other_user)
    unaffected = w.round(semester=2)
    services.select_textbook(unaffected, w.chinese, t["unified_chinese"], w.user)

    order = services.issue_stop_use(t["maths_national"], "scientific", "例题答案存在严重科学性错误", w.hrss)

    notices = StopUseNotice.objects.filter(order=order)
    assert {n.round for n in notices} == {ours, theirs}
    assert ours.lines.get(course=w.maths).needs_replacement and theirs.lines.get(course=w.maths).needs_replacement
    assert sorted(mail.outbox[0].to) == ["jwc@gzgm.example.cn", "jwc@sztc.example.cn"]
    for r in (ours, theirs):
        assert ModelLogEntry.objects.filter(action="selection.stop_use.notify", object_id=str(r.pk)).exists()
    # S12 blocks new selections of the stopped version (through S6).
    with pytest.raises(ValidationError, match="已被停止使用"):
        services.select_textbook(unaffected, w.maths, t["maths_national"], w.user)

    notice = notices.get(round=ours)
    with pytest.raises(ValidationError, match="S4"):
        services.replace_stopped_textbook(notice, w.maths, t["maths_library"], w.user, reason="原教材停用")
    other = w.approved("数学（第八版）", w.maths, category="public_basic")
    services.replace_stopped_textbook(notice, w.maths, other, w.user, reason="原教材停用，改用全国规划教材新版")
    notice.refresh_from_db()
    assert notice.replaced_at is not None and not ours.lines.filter(needs_replacement=True).exists()


def test_lifting_a_stop_use_order_is_a_logged_decision(sworld, textbooks):
    version = textbooks["maths_national"]
    order = services.issue_stop_use(version, "links", "二维码链接指向违规网站", sworld.hrss)
    with pytest.raises(ValidationError, match="写明理由"):
        services.lift_stop_use(order, sworld.hrss, " ")
    services.lift_stop_use(order, sworld.hrss, "出版单位已更换链接并经复核")
    version.refresh_from_db()
    assert version.stopped_at is None
    entry = ModelLogEntry.objects.get(action="selection.stop_use.lift")
    assert entry.user == sworld.hrss and entry.data["reason"] == "出版单位已更换链接并经复核"


def test_stop_use_needs_an_article_36_ground(sworld, textbooks):
    with pytest.raises(ValidationError, match="第三十六条"):
        services.issue_stop_use(textbooks["maths_national"], "dislike", "不喜欢", sworld.hrss)
    textbooks["maths_national"].refresh_from_db()
    assert textbooks["maths_national"].stopped_at is None


def test_listed_units_are_blacklisted_until_lifted(sworld):
    assert not negative_list.unit_is_blacklisted(sworld.unit)
    entry = services.list_on_negative_list(sworld.hrss, "违规编写出版公共基础课程教材", organisation=sworld.unit)
    assert negative_list.unit_is_blacklisted(sworld.unit)
    services.lift_negative_listing(entry, sworld.hrss, "整改完成")
    assert not negative_list.unit_is_blacklisted(sworld.unit)
    with pytest.raises(ValidationError, match="只能指定一个"):
        services.list_on_negative_list(sworld.hrss, "原因")


def test_listed_authors_are_flagged_for_replacement(sworld, textbooks):
    chief = textbooks["turning_national"].chief_editor
    services.list_on_negative_list(sworld.hrss, "学术不端", person=chief)
    flagged = services.versions_with_listed_authors()
    assert list(flagged) == [textbooks["turning_national"]]


def test_quality_checks_cover_the_target_ratio_with_a_reproducible_draw(sworld, textbooks):
    w, t = sworld, textbooks
    finished(w, t)
    r = w.round(school=w.other_school)
    for course, key in ((w.chinese, "unified_chinese"), (w.training, "training_book"), (w.milling, "milling_provincial")):
        services.select_textbook(r, course, t[key], w.other_user)
    services.publish_notice(r, w.other_user)
    # 5 versions in use: the national check draws 3 (≥ 50 %), the provincial one has nothing left to draw.
    national = services.draw_quality_check(2026, w.hrss)
    assert national.items.count() == 3
    with pytest.raises(ValidationError, match="S10（第三十三条）：本学年抽查已覆盖 3/5"):
        services.draw_quality_check(2026, w.hrss, province="广东省")
    # The seed came from the CSPRNG (128 bits), the five candidates and their hash are recorded,
    # and the replay draws exactly the recorded sample; a forged record does not replay.
    assert len(national.seed) == 32 and int(national.seed, 16) >= 0
    assert len(national.candidates) == 5 and national.candidates_sha256 == draws.candidate_list_sha256(national.candidates)
    assert services.replay_quality_check(national) == []
    call_command("replay_draws", stdout=io.StringIO())
    national.candidates = national.candidates[:-1]
    assert "候选名单与记录的 SHA-256 不符" in services.replay_quality_check(national)
