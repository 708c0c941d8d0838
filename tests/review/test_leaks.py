"""THE LEAK SUITE (R3, Art. 21; SPEC §8).

A textbook whose makers carry unique planted names, units, e-mails and phone numbers (in the
database, in the manuscript's metadata, comments, revisions, headers, images' EXIF, in its file
names and description) goes through two review rounds. At every stage the assigned reviewer
crawls every page and download reachable from the workspace start page; every e-mail sent to the
reviewer is read, every DOCX opened part by part, every image's metadata read. No planted string
may appear anywhere. The last test breaks the projection on purpose and shows the suite notices.
"""

import datetime
import html
import io
import re
import zipfile
from urllib.parse import quote, urljoin, urlsplit

import pypdf
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from lxml import etree
from PIL import Image

from review import projection as projection_module
from review import services
from review.models import AssignmentStatus
from tests.review.conftest import all_review, clear_and_confirm, opinion_data, planted_strings

START = "/review-workspace/"
LINK = re.compile(r'(?:href|src)="([^"]+)"')


def _body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def crawl(client, start=START):
    """Every page and file reachable from ``start`` (links inside the workspace are followed;
    links leaving it are fetched once, so what they show is checked too)."""
    surfaces, seen, queue = [], set(), [start]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code in (301, 302):
            queue.append(response["Location"])
            continue
        body = _body(response)
        surfaces.append((f"headers {url}", "\n".join(f"{k}: {v}" for k, v in response.items()).encode()))
        surfaces.append((url, body))
        if "html" not in response.get("Content-Type", "") or not url.startswith(START):
            continue
        for href in LINK.findall(body.decode("utf-8", "replace")):
            target = urljoin(url, html.unescape(href))
            parts = urlsplit(target)
            if parts.netloc or not parts.path.startswith("/") or parts.path.startswith("/static/"):
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return surfaces


def reviewer_mail(reviewer_email):
    surfaces = []
    for message in mail.outbox:
        if reviewer_email not in message.recipients():
            continue
        assert message.to == [reviewer_email], "a reviewer mail goes to that reviewer alone"
        assert not message.reply_to and not message.cc and not message.bcc
        raw = message.message().as_bytes()
        surfaces.append((f"mail {message.subject}", raw))
        surfaces.append((f"mail body {message.subject}", (message.subject + message.body).encode()))
        for attachment in message.attachments:
            surfaces.append((f"mail attachment {attachment[0]}", attachment[1]))
    return surfaces


def _variants(text):
    return {text, text.replace(" ", "")}


def _texts_of(where, data):
    """Readable forms of one surface: raw bytes, decoded text, DOCX parts and their text, image metadata."""
    out = [(where, data.decode("utf-8", "replace")), (f"{where} (utf-16)", data.decode("utf-16-le", "replace"))]
    if data[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for name in archive.namelist():
                out.append((f"{where} :: part name", name))
                out += _texts_of(f"{where} :: {name}", archive.read(name))
                if name.endswith((".xml", ".rels")):
                    root = etree.fromstring(archive.read(name))
                    out.append((f"{where} :: {name} text", "".join(root.itertext())))
    elif data[:5] == b"%PDF-":  # the reviewer's watermarked PDF: its info, XMP and every page's text
        from review.anonymise.pdf import page_texts

        reader = pypdf.PdfReader(io.BytesIO(data))
        out.append((f"{where} pdf info", repr(dict(reader.metadata or {}))))
        out += [(f"{where} page {n}", text) for n, text in enumerate(page_texts(data), start=1)]
    elif data[:3] == b"\xff\xd8\xff" or data[:8] == b"\x89PNG\r\n\x1a\n":
        image = Image.open(io.BytesIO(data))
        out.append((f"{where} image info", repr(image.info)))
        out.append((f"{where} image exif", repr(dict(image.getexif()))))
    else:
        out.append((f"{where} unescaped", html.unescape(data.decode("utf-8", "replace"))))
    return out


def leaks(surfaces, planted):
    found = []
    for where, data in surfaces:
        for label, text in _texts_of(where, data):
            for needle in planted:
                if any(v in text for v in _variants(needle)):
                    found.append((label, needle))
    return found


def annotated_copy(world):
    """An annotated copy as a reviewer's Word saves it: the reviewer as the document's author."""
    from docx import Document

    document = Document()
    document.add_paragraph("第五章：G71 指令退刀量单位有误，已批注。")
    document.core_properties.author = world.reviewer_expert.person.name
    buffer = io.BytesIO()
    document.save(buffer)
    return SimpleUploadedFile("批注稿.docx", buffer.getvalue())


def reviewer_lifecycle(client, world, submission):
    """Walk the reviewer through two rounds, crawling at every stage; returns all surfaces."""
    reviewer, organiser = world.reviewer, world.organiser
    client.force_login(reviewer)
    assignment = submission.current_round.assignments.get(expert=world.reviewer_expert)
    surfaces = crawl(client)  # before the declaration: nothing but the code
    client.post(f"{START}a/{assignment.pk}/declare/", {"no_conflict": "1"})
    surfaces += crawl(client)  # declared: projection and anonymised copies
    # The reviewer's own work on the new workspace pages: a draft, an annotated copy, more time.
    client.post(f"{START}a/{assignment.pk}/draft/", {"science_comment": "参数需核对"})
    client.post(f"{START}a/{assignment.pk}/annotated/", {"file": annotated_copy(world)})
    client.post(f"{START}a/{assignment.pk}/extension/", {
        "requested_until": (assignment.round.deadline + datetime.timedelta(days=7)).isoformat(), "reason": "教学任务重",
    })
    surfaces += crawl(client)  # the draft, the annotated copy's download, the extension page
    client.post(f"{START}a/{assignment.pk}/opinion/", opinion_data(recommendation="revise"))
    for other in submission.current_round.assignments.exclude(pk=assignment.pk):
        services.declare(other, None, True)
        services.submit_opinion(other, None, **opinion_data(recommendation="revise"))
    surfaces += crawl(client)
    services.close_round(submission, organiser)
    surfaces += crawl(client)  # round closed: the other opinions, anonymised
    services.decide(submission, organiser, "revise", "请按专家意见修改后再审。")
    services.resubmit(submission, world.author_user, "已按专家一意见核对全部参数，已补充安全操作内容。")
    submission.refresh_from_db()
    for copy in submission.current_round.copies.filter(cleared_at=None):
        clear_and_confirm(copy, organiser, ["Zhang Sanfeng"])
    services.release(submission, organiser)
    surfaces += crawl(client)  # a new round: the response letter and new copies
    new = submission.current_round.assignments.get(expert=world.reviewer_expert)
    client.post(f"{START}a/{new.pk}/declare/", {"no_conflict": "1"})
    surfaces += crawl(client)
    # Search results (the query itself is echoed back, so it is never a planted string).
    surfaces += [(f"search {q}", _body(client.get("/search/", {"q": q}))) for q in ("数控车床编程与操作", "主编", "教材")]
    surfaces += [
        (f"api {q}", _body(client.get("/api/catalogue/versions/", {"q": q}))) for q in ("数控车床编程与操作", "数控")
    ] + [("api schema", _body(client.get("/api/catalogue/openapi.json")))]
    surfaces += reviewer_mail(world.reviewer_expert.person.email or reviewer.email)
    return surfaces


@pytest.fixture
def reviewed(review_world, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://testserver"
    world = review_world
    world.reviewer_expert.person.email = "reviewer.leaktest@experts.example.cn"
    world.reviewer_expert.person.save(update_fields=["email"])
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    return world, submission


def _assert_clean(client, world, submission):
    surfaces = reviewer_lifecycle(client, world, submission)
    urls = [where for where, _ in surfaces]
    assert any("/files/" in u for u in urls), "the crawl reached the anonymised downloads"
    assert any("/annotated/file/" in u for u in urls), "the crawl reached the reviewer's annotated copy"
    assert any("/extension/" in u for u in urls) and any("/guidelines/" in u for u in urls)
    assert any(where.startswith("mail") for where in urls), "the reviewer received mail"
    assert leaks(surfaces, planted_strings()) == []


def test_no_planted_identity_reaches_the_reviewer(client, reviewed):
    world, submission = reviewed
    _assert_clean(client, world, submission)


@pytest.mark.postgres
def test_no_planted_identity_reaches_the_reviewer_on_postgresql(client, reviewed):
    world, submission = reviewed
    _assert_clean(client, world, submission)


def test_the_reviewer_downloads_neutral_names_only(client, reviewed):
    world, submission = reviewed
    client.force_login(world.reviewer)
    assignment = submission.current_round.assignments.get(expert=world.reviewer_expert)
    copy = submission.current_round.copies.first()
    assert client.get(f"{START}a/{assignment.pk}/files/{copy.pk}/").status_code == 404  # not declared yet
    client.post(f"{START}a/{assignment.pk}/declare/", {"no_conflict": "1"})
    response = client.get(f"{START}a/{assignment.pk}/files/{copy.pk}/")
    assert response.status_code == 200
    assert copy.pdf_name.startswith(submission.code)  # the manuscript reaches reviewers as PDF (R3)
    assert quote(copy.pdf_name) in response["Content-Disposition"]


def test_a_broken_projection_is_caught(client, reviewed, monkeypatch):
    """Prove the suite can fail: a projection that shows the chief editor's name leaks."""
    world, submission = reviewed
    original = projection_module.build_projection

    def leaky(sub, round_):
        projected = original(sub, round_)
        chief = sub.item.review_people().chief_editor
        return projection_module.Projection(**{**projected.__dict__, "title": f"{projected.title}（主编：{chief.name}）"})

    monkeypatch.setattr("review.workspace.build_projection", leaky)
    found = leaks(reviewer_lifecycle(client, world, submission), planted_strings())
    assert any(needle == world.chief.name for _where, needle in found)


def test_a_reviewer_mail_to_the_author_would_be_refused(reviewed, monkeypatch):
    """The per-audience check stops a reviewer mail that carries the author's identity."""
    from django.core.exceptions import ImproperlyConfigured

    from review import notifications

    world, submission = reviewed
    assignment = submission.current_round.assignments.get(expert=world.reviewer_expert)
    real_render = notifications._render
    monkeypatch.setattr(
        notifications, "_render", lambda t, c: (lambda s, b: (s, b + world.chief.email))(*real_render(t, c))
    )
    sent = len(mail.outbox)
    with pytest.raises(ImproperlyConfigured):
        notifications.reviewer_assigned(assignment)
    assert len(mail.outbox) == sent


def test_another_reviewers_assignment_is_404(client, reviewed, django_user_model):
    world, submission = reviewed
    other = submission.current_round.assignments.exclude(expert=world.reviewer_expert).first()
    client.force_login(world.reviewer)
    assert client.get(f"{START}a/{other.pk}/").status_code == 404
    assert client.get(f"{START}a/{other.pk}/files/{submission.current_round.copies.first().pk}/").status_code == 404
    assert client.get("/admin/").status_code in (302, 403)  # reviewers have no admin access


def test_content_stays_locked_until_the_declaration(client, reviewed):
    world, submission = reviewed
    client.force_login(world.reviewer)
    assignment = submission.current_round.assignments.get(expert=world.reviewer_expert)
    page = client.get(f"{START}a/{assignment.pk}/").content.decode()
    assert submission.code in page
    assert submission.safe_title not in page and "/files/" not in page
    client.post(f"{START}a/{assignment.pk}/declare/", {"no_conflict": "1"})
    page = client.get(f"{START}a/{assignment.pk}/").content.decode()
    assert submission.safe_title in page
    assert AssignmentStatus.DECLARED == submission.current_round.assignments.get(pk=assignment.pk).status


def test_reviewers_do_not_see_each_others_opinions_before_the_round_closes(client, reviewed):
    world, submission = reviewed
    client.force_login(world.reviewer)
    mine = submission.current_round.assignments.get(expert=world.reviewer_expert)
    client.post(f"{START}a/{mine.pk}/declare/", {"no_conflict": "1"})
    other = submission.current_round.assignments.exclude(pk=mine.pk).first()
    services.declare(other, None, True)
    services.submit_opinion(other, None, **opinion_data(science_comment="独有的另一位专家意见XYZ"))
    assert "独有的另一位专家意见XYZ" not in client.get(f"{START}a/{mine.pk}/").content.decode()
    all_review(submission)
    services.close_round(submission, world.organiser)
    assert "独有的另一位专家意见XYZ" in client.get(f"{START}a/{mine.pk}/").content.decode()
