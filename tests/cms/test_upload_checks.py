"""Upload checks by content (cms.upload_checks): per-field allowlists, size limits, the OOXML
gate; Chinese messages naming the problem and the limit."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from cms import upload_checks
from cms.upload_checks import ATTACHMENT, CATALOGUE_IMPORT, MANUSCRIPT, check_upload
from tests.review import hostile_files as hf

SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/admin/users/")</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>document.cookie</script></body></html>"
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x0f" + b"\x00" * 64


def upload(name, data):
    return SimpleUploadedFile(name, data)


def refusal(name, data, policy):
    with pytest.raises(ValidationError) as caught:
        check_upload(upload(name, data), policy)
    message = caught.value.messages[0]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message)
    return caught.value.code, message


def zip_of(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_manuscripts_are_docx_or_pdf_by_content():
    assert check_upload(upload("数控车床编程与操作（第一版）.docx", hf.minimal_docx()), MANUSCRIPT).name == "docx"
    assert check_upload(upload("终稿.pdf", hf.PDF_FILE), MANUSCRIPT).name == "pdf"
    assert refusal("终稿.docx", HTML, MANUSCRIPT)[0] == "forbidden_kind"
    code, message = refusal("终稿.docx", hf.PDF_FILE, MANUSCRIPT)
    assert code == "extension_mismatch" and "PDF" in message
    code, message = refusal("实训图片.jpg", hf.make_jpeg_with_metadata(), MANUSCRIPT)
    assert code == "wrong_kind" and "Word 文档（.docx）、PDF 文件" in message


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("图示.svg", SVG, "forbidden_kind"),
        ("图示.png", SVG, "forbidden_kind"),
        ("说明.html", HTML, "forbidden_kind"),
        ("说明.txt", HTML, "forbidden_kind"),
        ("宏.docm", hf.docm_with_vba(), "forbidden_kind"),
        ("宏.docx", hf.docm_with_vba(), "macro"),
        ("炸弹.docx", hf.zip_bomb_docx(100), "part_too_large"),
        ("实体.docx", hf.docx_with_document_xml(hf.BILLION_LAUGHS), "xml_dtd"),
        ("旧版.doc", hf.CFB_FILE, "legacy_office"),
        ("空.pdf", b"", "empty"),
        ("网页包.zip", zip_of({"index.html": HTML}), "forbidden_kind"),
        ("伪装包.zip", zip_of({"图片.jpg": SVG}), "forbidden_kind"),
        ("穿越包.zip", zip_of({"../../etc/passwd.txt": b"x"}), "bad_zip"),
        ("程序.bin", b"MZ\x90\x00" + b"\x00" * 200, "unknown_kind"),
        ("坏图.jpg", hf.truncated_jpeg(), "bad_image"),
    ],
)
def test_hostile_attachments_are_refused_naming_the_problem(name, data, code):
    assert refusal(name, data, ATTACHMENT)[0] == code


def test_attachments_a_textbook_ships_with_are_accepted():
    workbook = io.BytesIO()
    from openpyxl import Workbook

    Workbook().save(workbook)
    accepted = {
        "实训图片.jpg": hf.make_jpeg_with_metadata(),
        "电路图.png": hf.make_png_with_text(),
        "操作演示.mp4": MP4,
        "讲解音频.mp3": MP3,
        "习题答案.docx": hf.minimal_docx(),
        "评分表.xlsx": workbook.getvalue(),
        "课件素材.zip": zip_of({"图1.jpg": hf.make_jpeg_with_metadata(), "说明.pdf": hf.PDF_FILE}),
    }
    for name, data in accepted.items():
        check_upload(upload(name, data), ATTACHMENT)


def test_size_limits_come_from_settings_and_are_named(settings):
    settings.UPLOAD_LIMITS = {**settings.UPLOAD_LIMITS, "manuscript": 1024}
    code, message = refusal("终稿.pdf", hf.PDF_FILE + b" " * 2048, MANUSCRIPT)
    assert code == "too_large" and "1 KB" in message


def test_catalogue_import_takes_workbooks_only():
    code, message = refusal("目录.xlsx", hf.minimal_docx(), CATALOGUE_IMPORT)
    assert code == "wrong_kind" and "Excel" in message


def test_the_field_validator_checks_new_uploads_only():
    from django.db.models.fields.files import FieldFile

    from textbooks.models import TextbookVersion

    field = TextbookVersion._meta.get_field("manuscript")
    stored = FieldFile(TextbookVersion(), field, "textbooks/manuscripts/0123456789abcdef0123456789abcdef.docx")
    upload_checks.manuscript_upload(stored)  # committed: not re-read (it may be 1 GB)
    fresh = FieldFile(TextbookVersion(), field, "伪装.docx")
    fresh.file, fresh._committed = upload("伪装.docx", HTML), False
    with pytest.raises(ValidationError):
        upload_checks.manuscript_upload(fresh)
