"""Each role's home in the admin (cms/dashboard.py), the platform's own guides and local avatars."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms import avatars, dashboard
from review.models import ReviewRound
from tests.review.conftest import ReviewWorld, second_course



@pytest.fixture
def world(demo_world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    world = ReviewWorld()
    world.small_pool()
    return world


def test_an_author_sees_their_manuscripts_stage_and_next_step(client, world):
    submission = world.into_review(world.textbook_version())
    client.force_login(world.author_user)
    page = client.get("/admin/").content.decode()
    assert "我的送审稿" in page and submission.code in page and "专家盲审中，请等待结论" in page
    assert "/guide/author/" in page


def test_an_organiser_sees_overdue_reviewers_and_the_counts(client, world):
    submission = world.into_review(world.textbook_version())
    ReviewRound.objects.filter(pk=submission.current_round.pk).update(deadline=datetime.date(2020, 1, 10))
    client.force_login(world.organiser)
    page = client.get("/admin/").content.decode()
    assert "待组织审核的送审稿" in page and submission.code in page
    assert "<strong>3</strong> 逾期未提交意见的专家" in page
    assert "催促逾期专家或改抽" in page


def test_panel_queries_do_not_grow_with_the_queue(world):
    world.into_review(world.textbook_version())
    ReviewRound.objects.update(deadline=datetime.date(2020, 1, 10))
    organiser = type(world.organiser).objects.get(pk=world.organiser.pk)  # no cached permissions
    with CaptureQueriesContext(connection) as one:
        dashboard.organiser_panel(organiser)
    world.into_review(world.textbook_version(title="数控铣床编程与操作", course=second_course()))
    ReviewRound.objects.update(deadline=datetime.date(2020, 1, 10))
    organiser = type(world.organiser).objects.get(pk=world.organiser.pk)
    with CaptureQueriesContext(connection) as two:
        panel = dashboard.organiser_panel(organiser)
    assert len(panel.items) == 2
    assert len(two.captured_queries) == len(one.captured_queries) <= 12


def test_a_committee_and_hrss_have_their_own_panels(client, demo_world):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    assert [p.title for p in dashboard.panels_for(User.objects.get(username="committee"))] == ["本校教材选用"]
    assert [p.title for p in dashboard.panels_for(User.objects.get(username="hrss"))] == ["教材监管"]
    client.force_login(User.objects.get(username="hrss"))
    page = client.get("/admin/").content.decode()
    assert "修订逾期教材" in page and "gravatar" not in page.lower()
    assert "平台使用指南" in page and "/guide/hrss/" in page


def test_a_unit_admin_sees_the_units_textbooks_verification_and_what_waits_on_the_unit(client, world):
    """The unit's versions by stage, its Art. 12 verification by HRSS, a revision overdue (Art. 17)."""
    from django.contrib.auth import get_user_model

    from directory.services import grant_unit_admin
    from textbooks.models import CompilingUnitProfile, TextbookVersion, VersionStatus

    from cms import roles

    admin = get_user_model().objects.create_user("zhou_hy", first_name="周海燕")
    admin.groups.add(roles.role_group(roles.UNIT_ADMIN))
    grant_unit_admin(admin, world.unit)
    in_review = world.into_review(world.textbook_version())
    approved = world.textbook_version(title="数控铣床编程与操作", course=second_course())
    TextbookVersion.objects.filter(pk=approved.pk).update(
        status=VersionStatus.APPROVED, revision_due_on=datetime.date(2024, 8, 31)
    )
    panel = next(p for p in dashboard.panels_for(admin) if p.title == "本单位教材")
    counts = dict(panel.counts)
    assert counts["审核中"] == 1 and counts["审核通过"] == 1 and counts["修订逾期"] == 1
    overdue = next(item for item in panel.items if item["deadline"] == datetime.date(2024, 8, 31))
    assert "修订逾期" in overdue["action"] and overdue["overdue"]
    profile = CompilingUnitProfile.objects.get(organisation=world.unit)
    unit_line = next(item for item in panel.items if item["label"] == world.unit.name)
    assert ("经人社部门核验" in unit_line["detail"]) == (profile.is_verified and not profile.awaiting_verification)
    client.force_login(admin)
    page = client.get("/admin/").content.decode()
    assert "本单位教材" in page and world.unit.name in page and "修订逾期：提交修订版（第十七条）" in page
    assert in_review.stage == "in_review"


def test_hrss_counts_the_schools_filings(db):
    from selection.models import RoundStatus, SelectionRound
    from tests.selection.conftest import SelectionWorld

    schools = SelectionWorld()
    SelectionRound.objects.filter(pk=schools.round().pk).update(status=RoundStatus.FILED)
    SelectionRound.objects.filter(pk=schools.round(school=schools.other_school).pk).update(status=RoundStatus.FINAL)
    panel = dashboard.hrss_panel(schools.hrss)
    counts = dict(panel.counts)
    assert counts["已确定待备案的选用"] == 1 and counts["已备案的选用"] == 1


def test_guides_are_served_in_chinese(client, db):
    assert "审核专家使用指南" in client.get("/guide/reviewer/").content.decode()
    assert client.get("/guide/nobody/").status_code == 404


def test_avatars_are_initials_drawn_locally(client, demo_world):
    from django.contrib.auth import get_user_model

    assert avatars.initials("张三丰") == "张"
    assert avatars.initials("Li Ming") == "LM"
    assert avatars.initials("") == "?"
    hrss = get_user_model().objects.get(username="hrss")
    client.force_login(hrss)
    response = client.get(f"/admin/avatar/{hrss.pk}.svg")
    assert response["Content-Type"] == "image/svg+xml" and "雷" in response.content.decode()
    client.logout()
    assert client.get(f"/admin/avatar/{hrss.pk}.svg").status_code == 302  # admin users only


def test_no_photo_can_be_set_as_avatar_so_none_is_stored(client, demo_world, settings, tmp_path):
    """Issue 12: avatars would be one more private file; the admin shows initials only. The account
    page offers no picture upload, a forged post with a photo (carrying GPS and a name) stores
    nothing, and a photo stored before (strip_image_metadata deletes them) is never shown."""
    from django.contrib.auth import get_user_model
    from django.core.files.base import ContentFile
    from wagtail.users.models import UserProfile

    from tests.review import hostile_files as hf

    settings.MEDIA_ROOT = tmp_path / "media"
    hrss = get_user_model().objects.get(username="hrss")
    client.force_login(hrss)
    page = client.get("/admin/account/").content.decode()
    assert 'type="file"' not in page and "avatar-avatar" not in page
    assert "name_email-first_name" in page  # the rest of the account settings is still there
    photo = ContentFile(hf.make_jpeg_with_metadata(), name="我的照片.jpg")
    fields = {"name_email-first_name": "建国", "name_email-last_name": "雷", "name_email-email": "hrss@example.cn",
              "avatar-avatar": photo, "locale-preferred_language": "zh-hans", "locale-current_time_zone": "Asia/Shanghai",
              "theme-theme": "system", "theme-density": "default", "theme-contrast": "system", "theme-keyboard_shortcuts": "on"}
    client.post("/admin/account/", fields)
    assert not UserProfile.get_for_user(hrss).avatar
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]

    profile = UserProfile.get_for_user(hrss)
    profile.avatar.save("legacy.jpg", ContentFile(hf.make_jpeg_with_metadata()), save=True)
    home = client.get("/admin/").content.decode()
    assert f"/admin/avatar/{hrss.pk}.svg" in home and "legacy" not in home
