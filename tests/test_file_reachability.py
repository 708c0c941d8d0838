"""Every stored file of the demo world and the test fixtures, fetched through every address that
could reach it, anonymously and as every role: only public files, and the private files a page
the user can open links to, answer 200 (SPEC §8; R3: reviewers reach only their released,
anonymised copies).

The oracle is independent of the download views: for each user the pages that link to files
(the version and change-request edit pages, the review admin page, the reviewer's and political
reviewer's workspace pages) are fetched and their links collected; a private file must answer 200
exactly for the users one of those pages showed it to.  Wagtail documents follow their
collection's view restriction.  The last test removes the download views' checks and shows that
the same test then finds the leaks.
"""

import html
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from cms import private_files, roles
from cms.demo import DEMO_LOGINS
from tests.review import hostile_files as hf
from tests.test_permission_matrix import world  # noqa: F401  (fixture: the shared seed_demo world)

pytestmark = [pytest.mark.django_db(transaction=False), pytest.mark.timeout(1500), pytest.mark.libreoffice, pytest.mark.walk]

HREF_RE = re.compile(r'href="([^"]+)"')


@pytest.fixture
def reachability_world(world, settings, tmp_path):
    """The seed_demo world the permission matrix's modules share (seeded once per session), and in
    this test's own savepoint an attachment, a change request, two Wagtail documents
    (public and restricted) and an avatar posted."""
    settings.MEDIA_ROOT = tmp_path / "media"
    from textbooks.models import ChangeRequest, TextbookVersion, VersionAttachment, VersionStatus

    # The shared world has drafts with manuscripts and a submission in political review with its
    # copies (tests/test_permission_matrix.py: World); a draft gets an attachment here.
    draft = TextbookVersion.objects.filter(status=VersionStatus.DRAFT).exclude(manuscript="").order_by("pk").first()
    VersionAttachment.objects.create(
        version=draft, title="实训图片", file=ContentFile(hf.make_jpeg_with_metadata(), name="实训图册_原图.jpg")
    )
    frozen = TextbookVersion.objects.filter(status=VersionStatus.APPROVED, frozen_at__isnull=False).first()
    ChangeRequest.objects.create(
        version=frozen,
        reason="更正第三章图3-2的尺寸标注",
        new_manuscript=ContentFile(hf.minimal_docx(["修订稿"]), name="数控车削（第二版）修订稿.docx"),
    )
    Document = get_document_model()
    root = Collection.get_first_root_node()
    public = root.add_child(name="公开文件")
    private = root.add_child(name="内部文件")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.HRSS_ADMIN.name))
    Document.objects.create(title="教材管理办法解读", collection=public, file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="解读.pdf"))
    Document.objects.create(title="内部评审细则", collection=private, file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="细则.pdf"))
    # A photo posted as avatar (the account page offers none: initials only) must be stored nowhere.
    client_for(get_user_model().objects.get(username="hrss")).post(
        "/admin/account/", {"avatar-avatar": ContentFile(hf.make_jpeg_with_metadata(), name="我的照片.jpg")}
    )
    return {"restriction": restriction}


def users():
    User = get_user_model()
    names = [login.username for login in DEMO_LOGINS] + ["leak_author", "publisher_gatekeeper"]
    return [None] + list(User.objects.filter(username__in=names).order_by("username"))


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def linking_pages():
    from review.models import Assignment, Submission
    from textbooks.models import ChangeRequest, TextbookVersion

    pages = [reverse("textbook_versions:edit", args=[pk]) for pk in TextbookVersion.objects.exclude(manuscript="").values_list("pk", flat=True)]
    pages += [
        reverse("textbook_versions:edit", args=[pk])
        for pk in TextbookVersion.objects.filter(attachments__isnull=False).distinct().values_list("pk", flat=True)
    ]
    pages += [reverse("textbook_changes:edit", args=[pk]) for pk in ChangeRequest.objects.exclude(new_manuscript="").values_list("pk", flat=True)]
    submissions = Submission.objects.filter(rounds__copies__isnull=False).distinct().values_list("pk", flat=True)
    pages += [reverse("review_admin:detail", args=[pk]) for pk in submissions]
    pages += [reverse("review_workspace:political_detail", args=[pk]) for pk in submissions]
    pages += [
        reverse("review_workspace:assignment", args=[pk])
        for pk in Assignment.objects.filter(round__copies__isnull=False).distinct().values_list("pk", flat=True)
    ]
    return sorted(set(pages))


def private_file_urls():
    """(url, description) of every download-view address of every private file row."""
    from review.models import AnonymisedCopy, Assignment

    urls = []
    Document = get_document_model()
    for model, name in private_files.private_file_fields():
        for row in model._default_manager.exclude(**{name: ""}):
            if model is Document:
                continue
            urls.append((getattr(row, name).url, f"{model._meta.label}.{name} #{row.pk}"))
    for copy in AnonymisedCopy.objects.select_related("round"):
        for assignment in Assignment.objects.filter(round__submission=copy.round.submission_id):
            urls.append((reverse("review_workspace:download", args=[assignment.pk, copy.pk]), f"copy {copy.pk} via assignment {assignment.pk}"))
        urls.append((reverse("review_workspace:political_download", args=[copy.round.submission_id, copy.pk]), f"copy {copy.pk} political"))
    return urls


def address_guesses(settings):
    """Addresses an attacker would try for every stored private file: /media/<name>, the internal
    nginx prefix, and the private store's folder name."""
    guesses = []
    for name in sorted(private_files.referenced_names()):
        guesses += [f"/media/{name}", f"{settings.SENDFILE_URL}/{name}", f"/private_media/{name}"]
    return guesses


def reachability_violations(settings, restriction, shown, only_users=None):
    """Every violation for every user (or ``only_users``). ``shown`` maps a user to the file links
    the linking pages showed them: filled in on the first walk and reused on the second (what a
    page shows does not depend on the download views' checks, which the second walk removes)."""
    violations = [f"头像照片被保存：{p}" for p in Path(settings.MEDIA_ROOT).rglob("avatar_images/*") if p.is_file()]
    pages = linking_pages()
    file_urls = private_file_urls()
    guesses = address_guesses(settings) if only_users is None else []
    assert file_urls and pages
    Document = get_document_model()
    for user in users():
        if only_users is not None and (user is None or user.username not in only_users):
            continue
        client = client_for(user)
        who = user.username if user else "匿名"
        if who not in shown:
            shown[who] = set()
            for page in pages:
                response = client.get(page)
                if response.status_code == 200:
                    shown[who].update(html.unescape(href) for href in HREF_RE.findall(response.content.decode()))
        linked = shown[who]
        for url, what in file_urls:
            response = client.get(url)
            reachable = response.status_code == 200
            if reachable != (url in linked):
                violations.append(f"{who}: {what} {url} → {response.status_code}（页面{'有' if url in linked else '无'}链接）")
            if reachable:
                assert response["Content-Disposition"].startswith("attachment"), url
                assert response["X-Content-Type-Options"] == "nosniff", url
                assert response["Content-Security-Policy"] == "sandbox", url
                b"".join(response.streaming_content)
        # No address outside the download views may serve a private file to anyone. Permission
        # checks only ever widen with privilege, so a guess that the superuser cannot fetch is
        # closed to every signed-in role; the anonymous visitor is tried for the public side.
        for url in guesses if user is None or user.is_superuser else ():
            response = client.get(url)
            if response.status_code == 200:
                violations.append(f"{who}: 私有文件可经 {url} 访问")
        for document in Document.objects.all():
            response = client.get(document.url)
            allowed = restriction.collection_id != document.collection_id or (
                user is not None
                and (user.is_superuser or user.groups.filter(pk__in=restriction.groups.all()).exists())
            )
            if (response.status_code == 200) != allowed:
                violations.append(f"{who}: 文档“{document.title}”→ {response.status_code}")
    return violations


def test_files_reach_only_those_a_page_shows_them_to_and_a_skipped_check_is_caught(reachability_world, settings, monkeypatch):
    shown = {}
    violations = reachability_violations(settings, reachability_world["restriction"], shown)
    assert not violations, "\n".join(violations)

    # The same check with the download views' permission checks removed finds the leaks (one
    # seeding of the demo world serves both halves; two roles without access suffice here).
    for key, rule in list(private_files._DOWNLOAD_RULES.items()):
        monkeypatch.setitem(private_files._DOWNLOAD_RULES, key, private_files.DownloadRule(lambda user, instance: True, rule.file_name))
    violations = reachability_violations(settings, reachability_world["restriction"], shown, only_users={"committee", "political"})
    assert any("textbooks.TextbookVersion.manuscript" in v for v in violations)
    assert any("review.AnonymisedCopy.file" in v for v in violations)
