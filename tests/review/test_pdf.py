"""R3 (Art. 21): PDF manuscripts and attachments go through blind review. Document info, XMP,
annotations and their authors, embedded files, JavaScript and form fields are removed; page text
is scanned with the same matcher, and what cannot be removed from the page is named page by page
for the organiser (the unit is asked for a clean file), never released silently."""

import io

import pypdf
import pytest
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from review import rules
from review.anonymise import AnonymiseError, IdentityProfile, anonymise_file, reviewer_view, verify_clean
from tests.review import hostile_files as hf

PROFILE = IdentityProfile(names=[hf.NAME, hf.NAME_LATIN], units=[hf.UNIT], emails=[hf.EMAIL], phones=[hf.PHONE])
XMP = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>{hf.NAME_LATIN}</dc:creator></x:xmpmeta>'.encode()


def _planted_pdf(page_text="Chapter 1 CNC lathe basics"):
    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    content = DecodedStreamObject()
    content.set_data(f"BT /F1 12 Tf 72 720 Td ({page_text}) Tj ET".encode())
    page[NameObject("/Contents")] = writer._add_object(content)
    annotation = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text"),
        NameObject("/Rect"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(10), NumberObject(10)]),
        NameObject("/T"): TextStringObject(hf.NAME), NameObject("/Contents"): TextStringObject(f"{hf.UNIT} 审读意见"),
    })
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(annotation)])
    writer.add_metadata({"/Author": hf.NAME, "/Creator": hf.UNIT, "/Title": f"{hf.NAME}主编教材"})
    xmp = DecodedStreamObject()
    xmp.set_data(XMP)
    xmp[NameObject("/Type")] = NameObject("/Metadata")
    writer._root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    writer.add_attachment(f"{hf.NAME}_简历.txt", f"{hf.NAME} {hf.PHONE}".encode())
    script = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject(f"app.alert('{hf.EMAIL}');")})
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(script)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject()})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _everything_readable(data):
    """Metadata, XMP, annotations, attachments, scripts, forms and page text, read with pypdf."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    parts = [str(reader.metadata or {}), str(root.get("/Metadata").get_object().get_data() if "/Metadata" in root else b"")]
    parts += [str(root.get(key)) for key in ("/Names", "/OpenAction", "/AcroForm") if key in root]
    for page in reader.pages:
        parts.append(str([a.get_object() for a in page.get("/Annots", [])]))
        parts.append(page.extract_text())
    return "\n".join(parts)


def test_pdf_metadata_annotations_attachments_scripts_and_forms_are_removed():
    original = _planted_pdf()
    assert hf.NAME in _everything_readable(original) and hf.NAME_LATIN in _everything_readable(original)
    result = anonymise_file(original, "张三丰_教材.pdf", PROFILE, "审-2026-7F3K")
    assert result.file_name.endswith(".pdf") and result.content_type == "application/pdf"
    readable = _everything_readable(result.content)
    for planted in (hf.NAME, hf.NAME_LATIN, hf.UNIT, hf.EMAIL, hf.PHONE):
        assert planted not in readable
        assert planted.encode() not in result.content
    assert verify_clean(result.content, PROFILE) == []
    assert [f for f in result.findings if not f.cleaned] == []


def test_identities_in_pdf_page_text_are_named_page_by_page_and_block_release():
    result = anonymise_file(_planted_pdf(f"Editor {hf.NAME_LATIN}, mail {hf.EMAIL}"), "a.pdf", PROFILE, "C1")
    pending = [f for f in result.findings if not f.cleaned]
    assert {f.part for f in pending} == {"第1页"} and {f.kind for f in pending} == {"pdf_text"}
    assert hf.NAME_LATIN in {f.matched for f in pending} and not any(f.suggest_redaction for f in pending)
    # Text on the page cannot be masked reliably: the organiser cannot choose "mask" …
    rows = [{"part": f.part, "kind": f.kind, "matched": f.matched, "excerpt": f.excerpt, "cleaned": False,
             "redactable": f.suggest_redaction} for f in pending]
    problems = rules.finding_resolution_problems(rows, {i: ("mask", "") for i in range(len(rows))})
    assert problems and "干净文件" in problems[0] and hf.NAME_LATIN in " ".join(problems)
    # … and the release gate sees what is still on the page.
    assert verify_clean(result.content, PROFILE)
    assert any(hf.NAME_LATIN in text for _, text in reviewer_view(result.content))


@pytest.mark.parametrize("data", [hf.PDF_FILE, b"%PDF-1.7\n" + b"\x00" * 200])
def test_broken_pdfs_are_refused_with_a_chinese_message(data):
    with pytest.raises(AnonymiseError) as exc:
        anonymise_file(data, "a.pdf", PROFILE, "C1")
    assert "PDF" in exc.value.message


MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + "©ART张三丰".encode() + b"\x00" * 64


@pytest.mark.parametrize("data, label", [(MP4, "音视频"), (b"ID3\x04\x00" + b"\x00" * 40, "音频"),
                                         (hf.write_members([("课件/张三丰.txt", b"x")]), "压缩包")])
def test_audio_video_and_archives_are_withheld_with_a_reason(data, label):
    with pytest.raises(AnonymiseError) as exc:
        anonymise_file(data, "a.bin", PROFILE, "C1", "教学资源", 2)
    assert exc.value.code == "withheld" and label in exc.value.message and "不发给评审专家" in exc.value.message


def test_a_withheld_attachment_never_reaches_reviewers_and_the_organiser_sees_why(client, review_world):
    from django.core.files.base import ContentFile

    from review import services
    from review.projection import build_projection
    from tests.review.conftest import clear_and_confirm
    from textbooks.models import VersionAttachment

    world = review_world
    world.small_pool()
    version = world.textbook_version()
    VersionAttachment.objects.create(version=version, title="实训视频", file=ContentFile(MP4, name="张三丰_实训.mp4"))
    world.gates(version)
    submission = services.submit(version, world.author_user)
    withheld = submission.current_round.copies.exclude(withheld_reason="").get()
    assert "音视频" in withheld.withheld_reason and not withheld.file
    for copy in submission.current_round.copies.filter(withheld_reason=""):
        clear_and_confirm(copy, world.organiser, [hf.NAME_LATIN])
    services.confirm_intake(submission, world.organiser, submission.proposed_flags)  # Art. 18 intake
    services.draw_panel(submission, world.organiser)
    services.release(submission, world.organiser)  # the withheld copy does not block release …
    submission.refresh_from_db()
    files = build_projection(submission, submission.current_round).files
    assert withheld.pk not in {f.pk for f in files} and files  # … and is not among the reviewers' files
    client.force_login(world.organiser)
    assert withheld.withheld_reason in client.get(f"/admin/review/{submission.pk}/").content.decode()
