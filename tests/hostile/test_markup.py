"""XSS, generated: script tags, event-handler attributes, javascript: URLs, attribute break-outs and
unicode tricks, in names and free text, saved through the real forms and services, then read
back on every page that shows them - the public notice, catalogue, textbook and search pages,
the committee's and the organiser's admin pages, the reviewer workspace.

Each page is parsed (lxml) and must contain the payload only as text: no script or style whose
text holds it, no on* or style attribute, no javascript:/data: URL, no frame or meta element
made from it - and the raw payload never appears unescaped. The payload must be shown at all
(else the check would pass on a page that simply drops it).
"""

import json
import re

import lxml.html
import pytest
from django.db import transaction
from hypothesis import example, given
from hypothesis import strategies as st

from tests.hostile.conftest import assert_chinese, client_for, examples, flash_errors, panel_logins, refusal_messages
from tests.hostile.test_documents import course_standard_docx
from tests.selection.test_public import notice_page, published  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

MARK = "xss7q"
PAYLOADS = [
    "<script>alert('xss7q')</script>",
    "<ScRiPt>alert('xss7q')</sCrIpT>",
    "<img src=x onerror=alert('xss7q')>",
    '"><svg onload=alert("xss7q")>',
    "'><iframe src=javascript:alert('xss7q')>",
    '<a href="javascript:alert(\'xss7q\')">点我</a>',
    '<a href="&#106;avascript:alert(\'xss7q\')">点我</a>',
    '" onmouseover="alert(\'xss7q\')" x="',
    "' onfocus='alert(`xss7q`)' autofocus='",
    "</textarea><script>alert('xss7q')</script>",
    "</title><script>alert('xss7q')</script>",
    "<style>@import 'javascript:alert(\"xss7q\")';</style>",
    "<scr<script>ipt>alert('xss7q')</scr</script>ipt>",
    "<<script>alert('xss7q')//<</script>",
    "<details open ontoggle=alert('xss7q')>",
    "<input autofocus onfocus=alert('xss7q')>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(\'xss7q\')">',
    '<object data="data:text/html,<script>alert(\'xss7q\')</script>">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss7q')>",
    "{{ xss7q }}{% debug %}<!--xss7q-->",
    "javascript:alert('xss7q')",
]
# Around the payload: nothing, zero-width and direction marks, a BOM, full-width brackets.
TRICKS = ["", "\u200b", "\u202e", "\ufeff", "\u00a0", "＜script＞", "\u3000"]
FORM_TRICKS = TRICKS + ["\x00"]  # a NUL, which forms refuse (PostgreSQL could not store it)
CHINESE = st.text(st.sampled_from(list("数控车床编程与操作教材审核意见张王李家长老师学院")), max_size=6)


@st.composite
def payload(draw, max_size=None, tricks=TRICKS):
    choices = [p for p in PAYLOADS if max_size is None or len(p) + 2 <= max_size]
    text = draw(CHINESE) + draw(st.sampled_from(tricks)) + draw(st.sampled_from(choices)) + draw(CHINESE)
    return text[:max_size] if max_size else text


URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "background", "poster", "srcset", "ping"}
FRAMING = {"iframe", "frame", "object", "embed", "base", "meta", "link", "svg", "math"}
LIVE_SCHEME = re.compile(r"^(javascript|vbscript|data):", re.IGNORECASE)


def live_markup(html):
    """Where the payload marker became markup rather than text."""
    found = []
    for element in lxml.html.document_fromstring(html).iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions are not rendered
        tag = element.tag.lower()
        if tag in ("script", "style") and MARK in element.text_content():
            found.append(f"<{tag}> holding the payload")
        for name, value in element.items():
            name = name.lower()
            if MARK not in value and MARK not in name:
                continue
            if name.startswith("on") or name in ("style", "srcdoc"):
                found.append(f"{tag}[{name}]")
            elif name in URL_ATTRIBUTES and LIVE_SCHEME.match(re.sub(r"[\s\x00-\x1f]", "", value)):
                found.append(f"{tag}[{name}] = {value[:40]}")
            elif tag in FRAMING:
                found.append(f"<{tag} {name}>")
    return found


def shown(html):
    doc = lxml.html.document_fromstring(html)
    return MARK in doc.text_content() or any(MARK in v for el in doc.iter() if isinstance(el.tag, str) for v in el.values())


def assert_inert(response, value, *, must_show=True):
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    assert not live_markup(html), (value, live_markup(html))
    if any(c in value for c in "<>\"'"):
        assert value not in html, value  # never unescaped
    if must_show:
        assert shown(html), value


# --------------------------------------------------------------------------- public objection


class NoticeWorld:
    """A selection on public notice; the public objects, the committee reads the objections."""

    def __init__(self, sworld, textbooks, notice_page):
        from django.urls import reverse

        from cms import roles

        self.round = published(sworld, textbooks)
        self.url = f"{notice_page.url}{self.round.pk}/objection/"
        self.line = self.round.lines.order_by("pk").first()
        sworld.user.groups.add(roles.role_group(roles.SELECTION_COMMITTEE))
        self.committee = client_for(sworld.user)
        self.workspace = reverse("selection_rounds:workspace", args=[self.round.pk])


@pytest.fixture
def notice_world(sworld, textbooks, notice_page):
    return NoticeWorld(sworld, textbooks, notice_page)


@examples(20)
@example(content="异议\x00<script>alert('xss7q')</script>", raised_by="家长<b>xss7q</b>", contact="")
@given(content=payload(tricks=FORM_TRICKS), raised_by=payload(max_size=40), contact=payload(max_size=60))
def test_objections_are_shown_escaped_to_the_public_and_the_committee(hostile, client, notice_world, content, raised_by, contact):
    from django.core.cache import cache

    from selection.models import Objection

    cache.clear()  # each example is a new visitor: the objection rate limit (S2) is tested on its own
    with transaction.atomic():
        response = client.post(notice_world.url, {
            "kind": "general", "line": notice_world.line.pk, "content": content, "raised_by": raised_by, "contact": contact,
        })
        objection = Objection.objects.first()
        # The confirmation, or the form shown again with the values typed.
        assert_inert(response, content, must_show=objection is None)
        if objection is not None:
            assert (objection.content, objection.raised_by) == (content.strip(), raised_by.strip())
            page = notice_world.committee.get(notice_world.workspace)
            assert_inert(page, content)
            assert_inert(page, raised_by)
        else:
            errors = response.context["form"].errors
            assert errors and all(assert_chinese(m) for ms in errors.values() for m in ms)
        transaction.set_rollback(True)
    hostile("XSS: objection on the public notice → committee admin", refused=objection is None, n=3)


# ----------------------------------------------------------------------------- a textbook


class CatalogueXss:
    """A textbook approved with a hostile title, subtitle, description and chief editor's name."""

    def __init__(self, world, catalogue_page, client, settings, django_user_model):
        from cms import roles
        from tests.search.conftest import use_engine

        use_engine(settings, "database")
        self.world, self.client, self.catalogue_url = world, client, catalogue_page.url
        user = django_user_model.objects.create_user("hrss_markup", password="x")
        user.groups.add(roles.role_group(roles.HRSS_ADMIN))
        self.hrss = client_for(user)

    def approve(self, title, subtitle, description, chief_name):
        from directory.models import TitleLevel
        from tests.textbooks.conftest import make_cover
        from textbooks import services
        from textbooks.models import TextbookVersion

        chief = self.world.person(chief_name, self.world.unit, TitleLevel.SENIOR)
        version = self.world.version(self.world.textbook(title, subtitle=subtitle), chief=chief, description=description)
        version.cover = make_cover(title)
        version.save()
        services.approve_version(version, None, "人社部审核通过〔2024〕1号")
        return TextbookVersion.objects.get(pk=version.pk)


@pytest.fixture
def catalogue_xss(world, catalogue_page, client, settings, django_user_model):
    return CatalogueXss(world, catalogue_page, client, settings, django_user_model)


@examples(10)
@given(title=payload(max_size=120), subtitle=payload(max_size=120), description=payload(), chief=payload(max_size=40))
def test_textbook_metadata_is_escaped_in_the_catalogue_search_and_admin(hostile, catalogue_xss, title, subtitle, description, chief):
    from search import service

    world = catalogue_xss
    with transaction.atomic():
        version = world.approve(title, subtitle, description, chief)
        service.reindex()
        listing = world.client.get(world.catalogue_url)
        assert_inert(listing, title)
        assert_inert(listing, subtitle)
        detail = world.client.get(f"{world.catalogue_url}textbook/{version.textbook_id}/")
        for value in (title, subtitle, description, chief):
            assert_inert(detail, value)
        lxml_detail = lxml.html.document_fromstring(detail.content.decode())
        assert [img.get("alt") for img in lxml_detail.iter("img")] == [title]  # the cover's alt text, as text
        assert_inert(world.client.get("/search/", {"q": MARK}), title)  # highlighted hit
        assert_inert(world.hrss.get("/admin/textbooks/textbooks/"), title)
        transaction.set_rollback(True)
    hostile("XSS: textbook title/subtitle/description/chief editor → public + admin pages", refused=False, n=4)


# ------------------------------------------------------------------------------ reflected


@examples(25)
@given(value=payload(), name=st.sampled_from(["q", "sort", "page", "kind", "major", "year", "catalogue", "batch", "level"]))
def test_query_parameters_are_reflected_escaped(hostile, client, catalogue_page, settings, value, name):
    from tests.search.conftest import use_engine

    use_engine(settings, "database")
    for url in ("/search/", catalogue_page.url):
        response = client.get(url, {name: value, "q": value} if name != "q" else {"q": value})
        assert_inert(response, value, must_show=False)
    assert shown(client.get("/search/", {"q": value}).content.decode())  # the query box shows it back
    hostile("XSS: query parameters reflected on search and catalogue pages", refused=False, n=2)


@examples(12)
@given(name=payload().map(lambda p: p.replace("/", "∕").replace("\\", "") + ".docx"))
def test_an_uploaded_file_name_is_shown_escaped(hostile, demo_world, client, login, name):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from curriculum.models import CourseStandard
    from directory.models import Organisation

    login("author")
    unit = Organisation.objects.get(name="重庆市工业技师学院")
    response = client.post("/admin/curriculum/standards/import/", {
        "file": SimpleUploadedFile(name, course_standard_docx()), "compiling_unit": unit.pk,
    })
    assert "保存为草稿" in response.content.decode()  # the preview names the file
    shown_name = response.context["filename"]  # as Django parsed it from the multipart header
    assert_inert(response, shown_name, must_show=MARK in shown_name)
    assert not CourseStandard.objects.exists()
    hostile("XSS: uploaded file name on the import report", refused=False)


# --------------------------------------------------------------------------------- rich text


def edit_form(client, page):
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    form = next(f for f in lxml.html.document_fromstring(html).forms if f.get("id") == "page-edit-form")
    return dict(form.form_values())


def contentstate(text, url):
    """What Draftail posts: one paragraph whose first character links to ``url``."""
    return json.dumps({
        "blocks": [{"key": "a1b2c", "text": text, "type": "unstyled", "depth": 0, "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 1, "key": 0}] if text else []}],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
    })


@examples(15)
@given(text=payload(), url=st.sampled_from(["javascript:alert('xss7q')", " JaVaScRiPt:alert('xss7q')", "data:text/html,xss7q",
                                          "vbscript:msgbox('xss7q')", "https://example.cn/?q=xss7q"]),
       forged=st.booleans())
def test_rich_text_is_whitelisted_or_kept_as_text(hostile, admin_client, client, catalogue_page, text, url, forged):
    """Draftail's JSON goes through Wagtail's whitelist; a forged post of raw HTML (or broken JSON)
    is kept as escaped text, not a 500."""
    data = edit_form(admin_client, catalogue_page)
    data["intro"] = f"<p>{text}</p><a href=\"{url}\">x</a>" if forged else contentstate(text, url)
    data["action-publish"] = "action-publish"
    with transaction.atomic():
        response = admin_client.post(f"/admin/pages/{catalogue_page.pk}/edit/", data)
        assert response.status_code == 302, flash_errors(response)
        page = client.get(catalogue_page.url)
        assert_inert(page, text)
        transaction.set_rollback(True)
    hostile("XSS: rich text (page intro) via the page editor, forged posts included", refused=False)


# ---------------------------------------------------------------------------- blind review


OPINION_TEXTS = ("ideology_comment", "science_comment", "adaptability_comment", "texts_to_replace", "authors_to_replace")


class ReviewXss:
    """A round in review of a textbook with a hostile title; two of three opinions are in."""

    TITLE = "数控车床<script>alert('xss7q')</script>编程"

    def __init__(self, world):
        from review import services
        from tests.review.conftest import opinion_data

        self.world = world
        world.small_pool()
        self.submission = world.into_review(world.textbook_version(self.TITLE))
        logins = panel_logins(self.submission)
        self.mine = next(a for a in logins if a.expert_id == world.reviewer_expert.pk)
        self.other = next(a for a in logins if a != self.mine)
        for assignment, user in logins.items():
            services.declare(assignment, user, True)
            if assignment != self.mine:
                services.submit_opinion(assignment, user, **opinion_data())
        self.reviewer, self.other_reviewer = client_for(world.reviewer), client_for(logins[self.other])
        self.organiser, self.author = client_for(world.organiser), client_for(world.author_user)


@pytest.fixture
def review_xss(review_world):
    return ReviewXss(review_world)


@examples(15)
@example(texts={name: f"意见\x00<img src=x onerror=alert('xss7q')>{name}" for name in OPINION_TEXTS})
@given(texts=st.fixed_dictionaries({name: payload(tricks=FORM_TRICKS) for name in OPINION_TEXTS}))
def test_opinions_are_shown_escaped_to_organiser_other_reviewers_and_author(hostile, review_xss, texts):
    from review import services
    from review.models import Opinion
    from tests.review.conftest import opinion_data

    world = review_xss
    with transaction.atomic():
        mine = f"/review-workspace/a/{world.mine.pk}/"
        assert_inert(world.reviewer.get(mine), world.TITLE)  # the masked title, escaped
        posted = world.reviewer.post(f"{mine}opinion/", opinion_data(recommendation="revise", **texts))
        opinion = Opinion.objects.filter(assignment=world.mine).first()
        if opinion is None:  # refused (e.g. R3: the text looks like a signature or contact)
            errors = refusal_messages(posted)
            assert not live_markup(posted.content.decode())  # the input comes back, escaped
            assert errors and all(assert_chinese(e) for e in errors)
            hostile("XSS: review opinion → organiser, reviewers, author", n=len(texts))
        else:
            services.close_round(world.submission, world.world.organiser)
            services.decide(world.submission, world.world.organiser, "revise", texts["science_comment"])
            pages = [
                world.organiser.get(f"/admin/review/{world.submission.pk}/"),
                world.other_reviewer.get(f"/review-workspace/a/{world.other.pk}/"),
                world.author.get(f"/admin/review/{world.submission.pk}/"),
            ]
            for page in pages:
                for value in texts.values():
                    if value.strip():
                        assert_inert(page, value)
            hostile("XSS: review opinion → organiser, reviewers, author", refused=False, n=len(texts))
        transaction.set_rollback(True)
