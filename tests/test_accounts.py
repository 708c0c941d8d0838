"""One sign-in for every role, sign-out from every page header, sign-out after idling (SPEC §8)."""

import pytest

from cms import accounts, rules

PASSWORD = "Jigong@2026"


def _sign_in(client, username, next_url=None):
    data = {"username": username, "password": PASSWORD}
    url = "/admin/login/" + (f"?next={next_url}" if next_url else "")
    return client.post(url, data)


@pytest.mark.parametrize(
    ("username", "place"),
    [
        ("reviewer", "/review-workspace/"),
        ("political", "/review-workspace/political/"),
        ("author", "/admin/"),
        ("committee", "/admin/"),
        ("hrss", "/admin/"),
    ],
)
def test_one_sign_in_sends_each_role_to_its_place(client, demo_world, username, place):
    response = _sign_in(client, username)
    assert response.status_code == 302
    assert response["Location"] == place


def test_a_reviewer_sent_to_the_admin_lands_in_the_workspace_without_an_admin_refusal(client, demo_world):
    response = _sign_in(client, "reviewer", next_url="/admin/")
    assert response["Location"] == "/review-workspace/"
    # A bookmark to the admin: Wagtail refuses, the login page sends the reviewer home instead.
    refused = client.get("/admin/")
    assert refused.status_code == 302
    followed = client.get(refused["Location"], follow=True)
    assert followed.redirect_chain[-1][0] == "/review-workspace/"
    page = followed.content.decode()
    assert "审核工作台" in page and "没有权限" not in page


def test_a_next_page_inside_the_users_reach_is_kept(client, demo_world):
    assert _sign_in(client, "reviewer", next_url="/review-workspace/guidelines/")["Location"] == "/review-workspace/guidelines/"


@pytest.mark.parametrize("path", ["/", "/review-workspace/"])
def test_every_page_header_offers_sign_out_and_it_signs_out(client, demo_world, login, path):
    login("reviewer")
    page = client.get(path, follow=True).content.decode()
    assert 'action="/sign-out/"' in page and "退出登录" in page
    assert client.get("/sign-out/").status_code == 405  # a link or an image cannot sign anybody out
    response = client.post("/sign-out/")
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/review-workspace/").status_code == 302  # back to the login
    assert "登录" in client.get("/").content.decode()


def test_an_idle_session_ends(client, demo_world, login, settings, monkeypatch):
    settings.SESSION_IDLE_SECONDS = 1800
    login("reviewer")
    clock = [1_800_000_000.0]
    monkeypatch.setattr(accounts, "_now", lambda: clock[0])
    assert client.get("/review-workspace/").status_code == 200
    clock[0] += 1799
    assert client.get("/review-workspace/").status_code == 200  # activity keeps it alive
    clock[0] += 1801
    response = client.get("/review-workspace/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert "长时间未操作" in client.get(response["Location"], follow=True).content.decode()


def test_home_rules():
    assert rules.home_for(uses_admin=True, political_reviewer=False, reviewer=True) == rules.ADMIN
    assert rules.home_for(uses_admin=False, political_reviewer=True, reviewer=False) == rules.POLITICAL_REVIEW
    assert rules.home_for(uses_admin=False, political_reviewer=False, reviewer=True) == rules.REVIEW_WORKSPACE
    assert rules.home_for(uses_admin=False, political_reviewer=False, reviewer=False) == rules.PUBLIC_SITE
    assert not rules.session_is_idle(None, 10_000, 1800)
    assert not rules.session_is_idle(1000, 2800, 1800)
    assert rules.session_is_idle(1000, 2801, 1800)
    assert not rules.session_is_idle(1000, 99_999, 0)  # 0 turns idle expiry off
