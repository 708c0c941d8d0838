"""The public site and the admin speak Chinese."""

import pytest


@pytest.mark.django_db
def test_home_page_is_served_in_chinese(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="zh-hans">' in html
    assert "技工院校课程与教材管理平台" in html


@pytest.mark.django_db
def test_admin_login_page_is_chinese(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "登录" in response.content.decode()


def test_settings_are_chinese_and_shanghai(settings):
    assert settings.LANGUAGE_CODE == "zh-hans"
    assert settings.TIME_ZONE == "Asia/Shanghai"
    assert settings.ANONYMOUS_USER_NAME is None


@pytest.mark.django_db
def test_admin_is_branded_with_the_platform_name(client):
    html = client.get("/admin/login/").content.decode()
    assert "<title>" in html and "技工院校课程与教材管理平台</title>" in html


@pytest.mark.django_db
def test_every_public_section_and_search_are_in_the_main_menu(client):
    from wagtail.models import Page, Site

    home = Site.objects.get(is_default_site=True).root_page
    section = home.add_child(instance=Page(title="教材目录", slug="catalogue"))
    home.add_child(instance=Page(title="未发布栏目", slug="draft", live=False))
    html = client.get("/").content.decode()
    assert f'href="{section.url}">教材目录</a>' in html
    assert 'href="/search/">检索</a>' in html
    assert "未发布栏目" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("username, url, column", [
    ("organiser", "/admin/experts/", "在库"),
    ("hrss", "/admin/textbooks/publishers/", "符合第二十四条资质"),
])
def test_admin_lists_show_yes_and_no_as_icons_not_english_words(demo_world, client, login, username, url, column):
    import lxml.html

    from directory.models import Organisation
    from textbooks.models import PublisherProfile

    for publisher in Organisation.objects.filter(kind="publisher"):
        PublisherProfile.objects.get_or_create(organisation=publisher, defaults={"licence_number": "新出发京批字第001号"})
    login(username)
    html = client.get(url).content.decode()
    cells = [cell.text_content().split() for cell in lxml.html.fromstring(html).iter("td")]
    assert column in html and any(words and words[-1] in ("是", "否") for words in cells)
    assert "True" not in html and "False" not in html
