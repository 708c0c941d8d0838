"""Hostile files through the admin's file fields, posted with the rest of the form as a browser
would: a version's manuscript, its attachments (inline), a change request's manuscript and
Wagtail documents. Every hostile kind (zip and entity bombs, macros, forged sizes, XLSX bombs and
entity files, SVG/HTML with scripts, renamed files) is refused with a Chinese message naming the
problem, and nothing is saved: no row changes, no file appears in either store.
"""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.form_fields import FormFields
from tests.hostile.conftest import assert_chinese, counts, files_under
from tests.hostile.test_documents import HANDCRAFTED_DOCX, HANDCRAFTED_XLSX, handcrafted_samples

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="fetch(\'/admin/users/\')"><script>alert(document.cookie)</script></svg>'
HTML = b"<!doctype html><html><script>fetch('/admin/users/').then(r=>r.text())</script></html>"
# Valid packages, refused later or legitimately large: the upload keeps them intact.
VALID_PACKAGES = {"5000-deep nesting", "25 MB DOCX", "central directory claims fewer bytes"}


def zip_of(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


SCRIPTED = [
    ("SVG with script", "电路图.svg", SVG),
    ("SVG renamed .png", "电路图.png", SVG),
    ("HTML with script", "说明.html", HTML),
    ("HTML renamed .docx", "书稿.docx", HTML),
    ("HTML renamed .pdf", "书稿.pdf", HTML),
    ("HTML renamed .mp4", "演示.mp4", HTML),
    ("ZIP holding HTML", "素材.zip", zip_of({"index.html": HTML})),
    ("ZIP holding SVG as .jpg", "素材.zip", zip_of({"图1.jpg": SVG})),
    ("Windows program", "工具.exe", b"MZ\x90\x00" + b"\x00" * 300),
]
XLSX_MUST_REFUSE = {"200 MB of spaces, deflate bomb", "billion laughs in the sheet", "sheet XML cut in the middle", "DOCX instead of XLSX", "CSV renamed .xlsx", "empty file"}


def docx_samples():
    return [(s.how, "书稿.docx", s.data) for s in handcrafted_samples(HANDCRAFTED_DOCX) if s.how not in VALID_PACKAGES]


def xlsx_samples():
    return [(f"XLSX: {s.how}", "评分表.xlsx", s.data) for s in handcrafted_samples(HANDCRAFTED_XLSX) if s.how in XLSX_MUST_REFUSE]


class AdminForm:
    """One admin form with a file field, posted with the values the page shows. The page is read
    once: every refused post leaves the row as it was (asserted after each post), so the form a
    user would see next is the same one."""

    def __init__(self, client, url, file_field, root):
        self.client, self.url, self.file_field, self.root = client, url, file_field, root
        self._shown = None

    def shown_values(self):
        if self._shown is None:
            page = self.client.get(self.url)
            assert page.status_code == 200, self.url
            fields = FormFields(None)
            fields.feed(page.content.decode())
            self._shown = {}
            for key, value in fields.fields:
                self._shown.setdefault(key, value)
        return self._shown

    def __call__(self, state, label, name, data):
        post = {**self.shown_values(), self.file_field: SimpleUploadedFile(name, data)}
        before, files_before = state(), files_under(self.root)
        response = self.client.post(self.url, post)
        assert response.status_code == 200, f"{label}: {response.status_code} (saved?)"
        form = response.context["form"]
        if "-" in self.file_field:  # an inline panel's form
            prefix, index, field = self.file_field.split("-")
            form = form.formsets[prefix].forms[int(index)]
        else:
            field = self.file_field
        errors = form.errors.get(field)
        assert errors, f"{label}: no error on {self.file_field}"
        assert state() == before, label
        assert files_under(self.root) == files_before, label
        return assert_chinese(errors[0])


def version_state(version):
    from textbooks.models import TextbookVersion, VersionAttachment

    def state():
        version.refresh_from_db()
        return {**counts(TextbookVersion, VersionAttachment), "manuscript": version.manuscript.name,
                "attachments": sorted(version.attachments.values_list("file", flat=True))}

    return state


def test_hostile_manuscripts_and_attachments_in_the_version_form_save_nothing(hostile, review_world, client, settings):
    version = review_world.textbook_version()
    client.force_login(review_world.author_user)
    form = AdminForm(client, f"/admin/textbooks/versions/edit/{version.pk}/", "manuscript", settings.MEDIA_ROOT)
    for label, name, data in docx_samples() + SCRIPTED:
        message = form(version_state(version), label, name, data)
        hostile("admin: version manuscript upload")
        assert "书稿" in message or "文件" in message, (label, message)
    form = AdminForm(client, f"/admin/textbooks/versions/edit/{version.pk}/", "attachments-0-file", settings.MEDIA_ROOT)
    for label, name, data in SCRIPTED + xlsx_samples() + [(f"DOCX: {h}", n, d) for h, n, d in docx_samples()]:
        form(version_state(version), label, name, data)
        hostile("admin: version attachment upload")


def test_hostile_change_request_manuscripts_save_nothing(hostile, review_world, client, settings):
    from textbooks.models import ChangeRequest, TextbookVersion, VersionStatus

    version = review_world.textbook_version()
    TextbookVersion.objects.filter(pk=version.pk).update(status=VersionStatus.APPROVED, frozen_at="2025-10-01T00:00:00Z")
    client.force_login(review_world.author_user)
    page = client.get("/admin/textbooks/changes/new/")
    if page.status_code != 200:
        pytest.skip("the author's role cannot ask for changes in this build")
    form = AdminForm(client, "/admin/textbooks/changes/new/", "new_manuscript", settings.MEDIA_ROOT)
    for label, name, data in docx_samples() + SCRIPTED:
        form(lambda: counts(ChangeRequest), label, name, data)
        hostile("admin: change-request manuscript upload")


def test_hostile_wagtail_documents_save_nothing(hostile, demo_world, client, login, settings):
    from wagtail.documents import get_document_model

    login("admin")
    form = AdminForm(client, "/admin/documents/add/", "file", settings.MEDIA_ROOT)
    for label, name, data in SCRIPTED + xlsx_samples() + docx_samples():
        name = name if name.rsplit(".", 1)[-1] in settings.WAGTAILDOCS_EXTENSIONS else name + ".pdf"
        form(lambda: counts(get_document_model()), label, name, data)
        hostile("admin: Wagtail document upload")
