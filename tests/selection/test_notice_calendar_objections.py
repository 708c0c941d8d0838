"""S1 announcement from the admin; S2 on the State Council calendar, objections with name and
contact (kept from the public), rate-limited, ruled invalid or duplicate with a reason; the public
notice marks stopped textbooks (Art. 27(1), 27(2), 36)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from directory.models import Person, TitleLevel
from selection import services
from selection.models import CommitteeMember, MemberType, ObjectionOutcome, RoundStatus, WorkingDayOverride

from .test_flow import chosen_round
from .test_public import notice_page, published  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


# ------------------------------------------------------------------------------ S1


def test_s1_the_committee_announces_its_members_from_the_admin_and_the_date_is_not_typed(committee_client, sworld):
    committee = sworld.committee
    url = reverse("committees:announce", args=[committee.pk])
    assert "公示成员（S1）" in committee_client.get(reverse("committees:index")).content.decode()
    form = committee_client.get(reverse("committees:edit", args=[committee.pk])).content.decode()
    assert 'name="announced_on"' not in form
    CommitteeMember.objects.filter(committee=committee, member_type=MemberType.choices[1][0]).delete()
    response = committee_client.post(url, follow=True)
    assert "S1（第二十七条第（一）项）：教材选用委员会缺少" in response.content.decode()
    committee.refresh_from_db()
    assert committee.announced_on == datetime.date(2026, 3, 2)  # unchanged

    person = Person.objects.create(name="行业专家 罗建军", employer=sworld.school, title_level=TitleLevel.SENIOR)
    CommitteeMember.objects.create(committee=committee, person=person, member_type=MemberType.choices[1][0])
    response = committee_client.post(url, follow=True)
    assert "委员会成员已公示。" in response.content.decode()
    committee.refresh_from_db()
    assert committee.announced_on == timezone.localdate()


def test_s1_another_schools_committee_cannot_be_announced(committee_client, sworld):
    other = sworld.other_school.selection_committee
    assert committee_client.post(reverse("committees:announce", args=[other.pk])).status_code == 404


# ------------------------------------------------------------------------------ S2 calendar


def test_s2_a_notice_cannot_start_on_national_day_and_skips_the_holiday(sworld, textbooks):
    r = chosen_round(sworld, textbooks)
    for holiday in (datetime.date(2026, 10, 1), datetime.date(2026, 9, 25)):  # National Day, Mid-Autumn
        with pytest.raises(ValidationError, match=f"S2（第二十七条第（二）项）：{holiday.isoformat()}不是工作日"):
            services.publish_notice(r, sworld.user, start=holiday)
    r.refresh_from_db()
    assert r.status == RoundStatus.DRAFT
    services.publish_notice(r, sworld.user, start=datetime.date(2026, 9, 24))
    r.refresh_from_db()
    assert r.notice_ends_on == datetime.date(2026, 10, 8)


def test_s2_hrss_calendar_entries_count_for_a_year_the_package_does_not_cover(sworld, textbooks):
    for day in (26, 27, 28):
        WorkingDayOverride.objects.create(date=datetime.date(2099, 1, day), is_working_day=False, note="2099年春节放假安排")
    r = chosen_round(sworld, textbooks)
    services.publish_notice(r, sworld.user, start=datetime.date(2099, 1, 23), working_days=2)
    r.refresh_from_db()
    assert r.notice_ends_on == datetime.date(2099, 1, 29)


# ------------------------------------------------------------------------------ S2 objections


def test_s2_an_objection_needs_a_name_and_a_contact_kept_from_the_public(client, notice_page, sworld, textbooks):
    r = published(sworld, textbooks)
    url = f"{notice_page.url}{r.pk}/objection/"
    response = client.post(url, {"kind": "general", "content": "选用教材版本过旧", "raised_by": "", "contact": ""})
    assert "异议已提交" not in response.content.decode() and not r.objections.exists()
    with pytest.raises(ValidationError, match="须填写真实姓名和联系方式"):
        services.raise_objection(r, kind="general", content="选用教材版本过旧", raised_by="匿名", contact=" ")
    client.post(url, {"kind": "general", "content": "选用教材版本过旧", "raised_by": "数控教研室 陈卫东", "contact": "13712345678"})
    assert r.objections.get().contact == "13712345678"
    page = client.get(notice_page.url).content.decode()
    assert "陈卫东" not in page and "13712345678" not in page


def test_s2_objections_are_rate_limited_per_client(client, notice_page, sworld, textbooks):
    r = published(sworld, textbooks)
    url = f"{notice_page.url}{r.pk}/objection/"
    for n in range(5):
        response = client.post(url, {"kind": "general", "content": f"第{n + 1}条意见", "raised_by": "家长张先生", "contact": "13600001111"})
        assert "异议已提交" in response.content.decode()
    response = client.post(url, {"kind": "general", "content": "第6条意见", "raised_by": "家长张先生", "contact": "13600001111"})
    assert response.status_code == 429 and "提交异议过于频繁" in response.content.decode()
    assert r.objections.count() == 5


def test_s2_the_committee_rules_objections_invalid_or_duplicate_with_a_reason_and_they_stop_blocking(sworld, textbooks):
    r = chosen_round(sworld, textbooks)
    services.publish_notice(r, sworld.user, start=datetime.date(2026, 8, 31))
    first = services.raise_objection(r, kind="general", content="教材太贵", raised_by="家长李女士", contact="13800000000", today=datetime.date(2026, 9, 1))
    again = services.raise_objection(r, kind="general", content="教材太贵！", raised_by="家长李女士", contact="13800000000", today=datetime.date(2026, 9, 1))
    with pytest.raises(ValidationError, match="须写明理由"):
        services.resolve_objection(again, sworld.user, "  ", ObjectionOutcome.DUPLICATE)
    with pytest.raises(ValidationError, match="尚有 2 条公示异议未处理"):
        services.close_notice(r, sworld.user, today=datetime.date(2026, 9, 7))
    services.resolve_objection(again, sworld.user, "与同日提出的第一条异议内容相同。", ObjectionOutcome.DUPLICATE)
    services.resolve_objection(first, sworld.user, "定价由出版单位依法确定，不属于选用异议范围。", ObjectionOutcome.INVALID)
    services.close_notice(r, sworld.user, today=datetime.date(2026, 9, 7))
    services.finalise(r, sworld.user)
    r.refresh_from_db()
    assert r.status == RoundStatus.FINAL
    assert set(r.objections.values_list("outcome", flat=True)) == {"invalid", "duplicate"}


def test_s12_the_public_notice_marks_a_stopped_textbook(client, notice_page, sworld, textbooks):
    r = published(sworld, textbooks)
    services.issue_stop_use(textbooks["maths_national"], "scientific", "第三章例题答案错误", None)
    page = client.get(notice_page.url).content.decode()
    assert "数学（第七版）" in page and "已停止使用" in page
