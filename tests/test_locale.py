"""The project's translations of Wagtail's and Django's English leftovers are compiled and in use."""

import re
from pathlib import Path

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

PO = Path(settings.BASE_DIR) / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"
ENTRY = re.compile(r'^msgid "(.+)"\nmsgstr "(.+)"$', re.MULTILINE)


def _entries():
    return [(m.group(1).replace('\\"', '"'), m.group(2).replace('\\"', '"')) for m in ENTRY.finditer(PO.read_text())]


def test_every_project_translation_is_compiled_and_wins():
    entries = _entries()
    assert len(entries) > 40
    with translation.override("zh-hans"):
        assert [(msgid, gettext(msgid)) for msgid, _ in entries] == entries


def test_the_admin_strings_users_met_in_english_are_chinese(client, db):
    with translation.override("zh-hans"):
        for english in ("Go to the first error", "Shortcuts", "Page types usage", "Search all pages…", "unknown number"):
            assert gettext(english) != english
    page = client.get("/admin/login/").content.decode()
    assert "登录技工院校课程与教材管理平台" in page and "登录Wagtail" not in page
    assert "Password" not in page and "密码" in page
