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


PO_FIELD = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) ((?:".*"\n?)+)', re.MULTILINE)


def _po_msgids(text):
    """The msgids of a .po file (multi-line strings joined; messages in a context left out, as
    they are looked up with pgettext)."""
    msgids, in_context = set(), False
    for field, value in PO_FIELD.findall(text):
        joined = "".join(re.findall(r'"(.*)"', value)).replace('\\"', '"').replace("\\n", "\n")
        if field == "msgctxt":
            in_context = True
        elif field == "msgid":
            if joined and not in_context:
                msgids.add(joined)
            in_context = False
    return msgids


MARKUP = re.compile(r"%\(\w+\)[sd]|\{\w+\}|<[^>]+>")


def _english_in(translate, msgid):
    """English words left in ``msgid``'s translation (placeholders and markup are not words); a
    plural message is looked up by its singular, as ngettext does."""
    from tests.english_text import english_left

    text = translate.gettext(msgid)
    if text == msgid:
        text = translate.ngettext(msgid, msgid, 1)
    return english_left(MARKUP.sub(" ", text))


def _wagtail_msgids(domain):
    """Every English message the installed Wagtail apps ship in ``domain``: their en catalogues
    hold all the msgids."""
    from django.apps import apps

    msgids = set()
    for config in apps.get_app_configs():
        if config.name.startswith("wagtail"):
            po = Path(config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            msgids |= _po_msgids(po.read_text()) if po.exists() else set()
    return msgids


def test_no_wagtail_message_is_left_in_english():
    """Each of Wagtail's server-side messages reads as Chinese: Wagtail's own zh_Hans catalogues,
    completed by the project's (names such as "Wagtail API v3" may stay)."""
    msgids = _wagtail_msgids("django")
    assert len(msgids) > 1500
    with translation.override("zh-hans"):
        left = sorted(msgid for msgid in msgids if _english_in(translation, msgid))
    assert left == [], "\n".join(left)


def test_no_wagtail_admin_script_message_is_left_in_english():
    """The admin's scripts take their strings from Wagtail's JavaScript catalogue, into which Django
    merges the project's djangojs.po (autosave, block insertion, error counts)."""
    import wagtail.admin
    from django.utils.translation.trans_real import DjangoTranslation

    catalogue = DjangoTranslation(
        "zh-hans", domain="djangojs", localedirs=[str(Path(wagtail.admin.__file__).parent / "locale")]
    )
    msgids = _wagtail_msgids("djangojs")
    assert len(msgids) > 80
    left = sorted(msgid for msgid in msgids if _english_in(catalogue, msgid))
    assert left == [], "\n".join(left)
