"""Hostile files through every upload that parses them: the course-standard DOCX import, the
anonymisation of manuscripts at submission (R3), cover images (Wagtail images, Pillow renditions)
and the catalogue XLSX import.

Inputs are generated (mutated, truncated, bit-flipped zips; random bytes behind a PK header; PNG
and GIF headers claiming huge canvases) or handcrafted (zip bombs, forged sizes, XML entity
attacks, macros ... from tests/review/hostile_files.py). Each surface has one ``attempt``: it
uploads the input the way a user would and checks that it was refused with a Chinese message
and wrote nothing (rows, audit log, files on disk), or - a mutation that still is a valid file -
that it was handled as a normal file; what existed before is intact either way. Every
handcrafted input must be refused.
"""

import functools
import io
import random
import struct
import zipfile
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from hypothesis import given
from hypothesis import strategies as st

from tests.hostile.conftest import Sample, assert_chinese, counts, examples, files_under, flash_errors
from tests.review import hostile_files as hf

pytestmark = pytest.mark.django_db

REFUSED, ACCEPTED = True, False


def try_all(attempt, category, hostile, samples):
    """Every handcrafted sample is refused."""
    for sample in samples:
        assert attempt(sample) is REFUSED, sample
        hostile(category)


def try_one(attempt, category, hostile, sample):
    hostile(category, refused=attempt(sample))


# ------------------------------------------------------------------------------ zip inputs


def zip_members(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


ZIP_MUTATIONS = (
    "bit flips", "truncated", "spliced junk", "random bytes after PK header",
    "member dropped", "member replaced by junk", "member truncated", "XML member mangled",
)
XML_JUNK = ["<", "&", "]]>", "<!DOCTYPE x>", "</w:body>", "\x00", "<?xml?>", "&lol;"]


def flipped(draw, data, max_flips=8):
    data = bytearray(data)
    for position, bit in draw(st.lists(st.tuples(st.integers(0, len(data) - 1), st.integers(0, 7)), min_size=1, max_size=max_flips)):
        data[position] ^= 1 << bit
    return bytes(data)


@st.composite
def mutated_zip(draw, source, name=""):
    """``source`` (a DOCX or XLSX) damaged in one of ZIP_MUTATIONS."""
    how = draw(st.sampled_from(ZIP_MUTATIONS))
    if how == "bit flips":
        return Sample(how, flipped(draw, source), name)
    if how == "truncated":
        return Sample(how, source[: draw(st.integers(0, len(source) - 1))], name)
    if how == "spliced junk":
        position = draw(st.integers(0, len(source)))
        return Sample(how, source[:position] + draw(st.binary(min_size=1, max_size=256)) + source[position:], name)
    if how == "random bytes after PK header":
        return Sample(how, b"PK\x03\x04" + draw(st.binary(max_size=4096)), name)
    members = zip_members(source)
    index = draw(st.integers(0, len(members) - 1))
    member, content = members[index]
    if how == "member dropped":
        del members[index]
    elif how == "member replaced by junk":
        members[index] = (member, draw(st.binary(max_size=512)))
    elif how == "member truncated":
        members[index] = (member, content[: draw(st.integers(0, max(0, len(content) - 1)))])
    else:
        position = draw(st.integers(0, len(content)))
        members[index] = (member, content[:position] + draw(st.sampled_from(XML_JUNK)).encode() + content[position:])
    return Sample(f"{how}: {member}", hf.write_members(members), name)


def huge_docx(megabytes=25):
    """Over every upload limit: incompressible bytes in a stored member."""
    members = hf.read_members(hf.minimal_docx())
    members["word/media/scan.bin"] = random.Random(megabytes).randbytes(megabytes << 20)
    return hf.write_members(list(members.items()), compression=zipfile.ZIP_STORED)


def damaged_deflate_docx(member="word/document.xml"):
    """A member whose deflate stream starts with a reserved block type: zlib fails, not the CRC."""
    data = bytearray(hf.minimal_docx())
    header = 0
    while True:
        header = data.index(b"PK\x03\x04", header)
        name_length, extra_length = struct.unpack("<HH", data[header + 26 : header + 30])
        if data[header + 30 : header + 30 + name_length] == member.encode():
            data[header + 30 + name_length + extra_length] = 0b111  # BFINAL=1, BTYPE=11 (reserved)
            return bytes(data)
        header += 4


HANDCRAFTED_DOCX = {
    "damaged deflate stream": damaged_deflate_docx,
    "empty file": lambda: b"",
    "zip bomb (30 MB of zeros)": hf.zip_bomb_docx,
    "central directory claims 4 GB": hf.forged_huge_size_docx,
    "central directory claims fewer bytes": hf.forged_small_size_docx,
    "encrypted flag": hf.encrypted_flag_docx,
    "5100 members": hf.too_many_members_docx,
    "path traversal member": hf.path_traversal_docx,
    "duplicate member names": hf.duplicate_name_docx,
    "billion laughs": lambda: hf.docx_with_document_xml(hf.BILLION_LAUGHS),
    "XXE": lambda: hf.docx_with_document_xml(hf.XXE),
    "UTF-16 DOCTYPE": lambda: hf.docx_with_document_xml(hf.UTF16_DOCTYPE),
    "5000-deep nesting": lambda: hf.docx_with_document_xml(hf.deep_nesting_xml()),
    "100,000-deep nesting": lambda: hf.docx_with_document_xml(hf.deep_nesting_xml(100_000)),
    "macros (vbaProject.bin)": hf.docm_with_vba,
    "macro content type": hf.macro_content_type_only,
    "XLSX posing as DOCX": hf.xlsx_like_zip,
    "legacy .doc (CFB)": lambda: hf.CFB_FILE,
    "PDF posing as DOCX": lambda: hf.PDF_FILE,
    "25 MB DOCX": huge_docx,
}


_made = {}


def handcrafted_samples(table):
    """The table's samples, made once per session (a zip bomb takes a moment to pack)."""
    if id(table) not in _made:
        entries = {label: entry if isinstance(entry, tuple) else ("", entry) for label, entry in table.items()}
        _made[id(table)] = [Sample(label, make(), name) for label, (name, make) in entries.items()]
    return _made[id(table)]


@functools.cache
def course_standard_docx():
    from types import SimpleNamespace

    from curriculum.demo import build_document
    from curriculum.docx_io import export_standard

    return export_standard(build_document(SimpleNamespace(code="0103", name="数控加工"), "intermediate"))


@functools.cache
def planted_manuscript():
    """The manuscript with identities planted everywhere (images, comments, revisions ...)."""
    return hf.build_planted_docx().data


# ----------------------------------------------------------------------- course-standard DOCX

IMPORT_URL = "/admin/curriculum/standards/import/"
PARSER = "course-standard DOCX, parser"
ADMIN_UPLOAD = "course-standard DOCX, admin upload"


def parse(sample):
    from curriculum.docx_io import DocxImportError, import_standard

    try:
        result = import_standard(sample.data, "课程标准.docx")
    except DocxImportError as error:
        assert_chinese(error.message)
        return REFUSED
    assert result.document.courses  # a mutation that left a complete, readable standard
    return ACCEPTED


def test_handcrafted_docx_are_refused_by_the_parser(hostile):
    try_all(parse, PARSER, hostile, handcrafted_samples(HANDCRAFTED_DOCX))


@examples(150)
@given(mutated_zip(course_standard_docx()))
def test_mutated_docx_are_refused_by_the_parser_or_read_whole(hostile, sample):
    try_one(parse, PARSER, hostile, sample)


def mapping_as_offered(preview):
    """The teacher confirms the import's mapping step as offered (issue 16: major, level, the
    unrecognised parts' fields)."""
    return {field.html_name: field.value() for field in preview.context["mapping_form"] if field.value() is not None}


class StandardImport:
    """The author's unit imported a standard through the admin; hostile uploads follow."""

    def __init__(self, client):
        from curriculum.models import CourseStandard

        self.client = client
        preview = self.upload(course_standard_docx())
        client.post(IMPORT_URL, {"token": preview.context["token"], **mapping_as_offered(preview)})
        self.standard = CourseStandard.objects.get()

    def upload(self, data):
        from directory.models import Organisation

        unit = Organisation.objects.get(name="重庆市工业技师学院")
        return self.client.post(IMPORT_URL, {"file": SimpleUploadedFile("课程标准.docx", data), "compiling_unit": unit.pk})

    @staticmethod
    def state():
        from curriculum.models import CourseStandard, StandardVersion
        from wagtail.models import Revision

        state = counts(CourseStandard, StandardVersion, Revision)
        state["latest revisions"] = sorted(CourseStandard.objects.values_list("pk", "latest_revision_id"))
        return state

    def __call__(self, sample):
        before = self.state()
        response = self.upload(sample.data)
        assert response.status_code == 200
        html = response.content.decode()
        upload_form = response.context.get("form")  # the preview (mapping step) has no upload form
        form_errors = upload_form.errors.get("file") if upload_form is not None else None
        assert self.state() == before  # refused or previewed: nothing is saved before confirmation
        assert self.standard.latest_revision.as_object().to_document().courses
        if form_errors:  # Django's own refusal of an empty upload
            assert_chinese(form_errors[0])
            return REFUSED
        if "文件被整体拒绝，未保存任何内容" in html:
            assert "保存为草稿" not in html
            assert_chinese(response.context.get("error") or "；".join(response.context.get("problems") or []))
            return REFUSED
        assert "保存为草稿" in html
        return ACCEPTED


@pytest.fixture
def standard_import(demo_world, client, login):
    login("author")
    return StandardImport(client)


def test_handcrafted_docx_uploaded_in_the_admin_are_refused(hostile, standard_import):
    try_all(standard_import, ADMIN_UPLOAD, hostile, handcrafted_samples(HANDCRAFTED_DOCX))


@examples(30)
@given(sample=mutated_zip(course_standard_docx()))
def test_mutated_docx_uploaded_in_the_admin_save_nothing(hostile, standard_import, sample):
    try_one(standard_import, ADMIN_UPLOAD, hostile, sample)


# ------------------------------------------------------------------ manuscripts at submission (R3)

MANUSCRIPT = "manuscript DOCX at submission (R3)"
ATTACHMENT = "attachment image at submission (R3)"


class SubmissionAttempt:
    """The author presses 送审 in the admin for a version whose stored file was replaced.

    An input the anonymiser accepts makes a real submission; it is rolled back (rows and copies on
    disk), so that the next input meets the same world.
    """

    def __init__(self, world, client, media_root, which):
        from django.contrib.contenttypes.models import ContentType

        self.client, self.media_root, self.which = client, media_root, which
        version = world.textbook_version()
        world.gates(version)
        self.path = version.manuscript.path if which == "manuscript" else version.attachments.get().file.path
        self.index, self.kind = (1, "书稿") if which == "manuscript" else (2, "教学资源")
        self.url = f"/admin/review/submit/{ContentType.objects.get_for_model(version).pk}/{version.pk}/submit/"
        client.force_login(world.author_user)

    @staticmethod
    def state():
        from review.models import AnonymisedCopy, ReviewRound, Submission

        return counts(Submission, ReviewRound, AnonymisedCopy)

    def __call__(self, sample):
        from review.models import Submission

        with open(self.path, "wb") as handle:
            handle.write(sample.data)
        before, files_before = self.state(), files_under(self.media_root)
        with transaction.atomic():
            response = self.client.post(self.url)
            submission = Submission.objects.first()
            if submission is not None:
                copies = list(submission.current_round.copies.all())
                assert len(copies) == 2 and all(c.neutral_name.startswith(submission.code) for c in copies)
            transaction.set_rollback(True)
        if submission is not None:
            for name in set(files_under(self.media_root)) - set(files_before):
                (self.media_root / name).unlink()
            return ACCEPTED
        errors = flash_errors(response)
        assert response.status_code == 302 and errors, errors
        prefix = f"R3（第二十一条）：第 {self.index} 个文件（{self.kind}）无法匿名化："
        assert errors[0].startswith(prefix), errors
        assert_chinese(errors[0][len(prefix):])
        assert self.state() == before
        assert files_under(self.media_root) == files_before  # no anonymised copy left on disk
        with open(self.path, "rb") as handle:  # the unit's own file is untouched
            assert handle.read() == sample.data
        return REFUSED


@pytest.fixture
def manuscript_submission(review_world, client, media_root):
    return SubmissionAttempt(review_world, client, media_root, "manuscript")


@pytest.fixture
def attachment_submission(review_world, client, media_root):
    return SubmissionAttempt(review_world, client, media_root, "attachment")


def test_handcrafted_manuscripts_are_refused_at_submission(hostile, manuscript_submission):
    samples = [s for s in handcrafted_samples(HANDCRAFTED_DOCX) if s.how != "25 MB DOCX"]  # see the upload limit
    try_all(manuscript_submission, MANUSCRIPT, hostile, samples)


@examples(30)
@given(sample=mutated_zip(planted_manuscript()))
def test_mutated_manuscripts_are_refused_at_submission_or_anonymised(hostile, manuscript_submission, sample):
    try_one(manuscript_submission, MANUSCRIPT, hostile, sample)


# ----------------------------------------------------------------------------------- images

COVER_UPLOAD = "cover image upload"
COVER_REPLACEMENT = "cover image replacement"


def image_bytes(fmt, size=(60, 80)):
    buffer = io.BytesIO()
    hf.gradient(size).convert("P" if fmt == "GIF" else "RGB").save(buffer, fmt)
    return buffer.getvalue()


def png_claiming(width, height):
    """A valid little PNG whose IHDR claims width × height (CRC fixed up, so only the size lies)."""
    data = bytearray(image_bytes("PNG"))
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    return bytes(data)


def gif_claiming(width, height):
    """A valid GIF whose logical screen and image descriptor claim width × height."""
    data = bytearray(image_bytes("GIF"))
    data[6:10] = struct.pack("<HH", width, height)
    palette = 3 * 2 ** ((data[10] & 7) + 1) if data[10] & 0x80 else 0
    descriptor = data.index(b"\x2c", 13 + palette)
    data[descriptor + 5 : descriptor + 9] = struct.pack("<HH", width, height)
    return bytes(data)


EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif"}
MAGIC = {"PNG": b"\x89PNG\r\n\x1a\n", "JPEG": b"\xff\xd8\xff\xe0", "GIF": b"GIF89a"}


@st.composite
def hostile_image(draw):
    fmt = draw(st.sampled_from(sorted(EXTENSIONS)))
    name = f"封面.{EXTENSIONS[fmt]}"
    how = draw(st.sampled_from(["claims a huge canvas", "truncated", "bit flips", "random bytes after magic"]))
    if how == "claims a huge canvas" and fmt == "GIF":
        return Sample(f"GIF {how}", gif_claiming(draw(st.integers(1, 2**16 - 1)), draw(st.integers(1, 2**16 - 1))), name)
    if how == "claims a huge canvas":
        return Sample(f"PNG {how}", png_claiming(draw(st.integers(1, 2**31 - 1)), draw(st.integers(1, 2**31 - 1))), "封面.png")
    source = image_bytes(fmt)
    if how == "truncated":
        return Sample(f"{fmt} {how}", source[: draw(st.integers(1, len(source) - 1))], name)
    if how == "bit flips":
        return Sample(f"{fmt} {how}", flipped(draw, source, 6), name)
    return Sample(f"{fmt} {how}", MAGIC[fmt] + draw(st.binary(max_size=2048)), name)


HANDCRAFTED_IMAGES = {
    "PNG 50000×50000 bomb": ("炸弹.png", hf.png_dimension_bomb),
    "PNG zTXt bomb": ("文本.png", hf.png_ztxt_bomb),
    "truncated JPEG": ("截断.jpg", hf.truncated_jpeg),
    "truncated PNG": ("截断.png", lambda: image_bytes("PNG", (300, 400))[:200]),
    "GIF with 65535×65535 screen": ("动图.gif", lambda: gif_claiming(65535, 65535)),
    "SVG with script": ("矢量.svg", lambda: b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'),
    "PDF named .png": ("伪装.png", lambda: hf.PDF_FILE),
    "11 MB PNG": ("超大.png", lambda: image_bytes("PNG") + b"\x00" * (11 << 20)),
}


class CoverWorld:
    """An approved textbook with a cover on the public catalogue, and a superuser uploading images."""

    def __init__(self, world, catalogue_page, client, django_user_model, media_root):
        self.cover = world.approved("数控车床编程与操作", cover=True).cover
        self.cover_path = media_root / self.cover.file.name
        self.cover_bytes = self.cover_path.read_bytes()
        self.catalogue_url = catalogue_page.url
        self.client, self.media_root = client, media_root
        client.force_login(django_user_model.objects.create_superuser("images_admin", "images@example.cn", "x"))

    def state(self):
        from wagtail.images import get_image_model

        # Renditions (images/) are derived copies; the admin's edit page makes previews of them.
        return counts(get_image_model()), [f for f in files_under(self.media_root) if not f.startswith("images/")]

    def post(self, url, sample, check_accepted):
        before = self.state()
        with transaction.atomic():
            response = self.client.post(url, {"title": "封面", "file": SimpleUploadedFile(sample.name, sample.data)})
            accepted = response.status_code == 302
            if accepted:
                check_accepted()
            transaction.set_rollback(True)
        if accepted:
            # A valid image may have replaced the cover's file on disk (its row was rolled back).
            self.cover_path.write_bytes(self.cover_bytes)
            for leftover in set(self.state()[1]) - set(before[1]):
                (self.media_root / leftover).unlink()
        else:
            assert response.status_code == 200
            assert_chinese((response.context["form"].errors.get("file") or [""])[0])
            assert self.state() == before
        self.cover.refresh_from_db()
        assert (self.media_root / self.cover.file.name).read_bytes() == self.cover_bytes
        page = self.client.get(self.catalogue_url)
        assert page.status_code == 200 and "数控车床编程与操作" in page.content.decode()
        return ACCEPTED if accepted else REFUSED

    def upload(self, sample):
        from wagtail.images import get_image_model

        def renders():
            # Whatever is accepted must render: a cover that breaks renditions breaks the catalogue.
            image = get_image_model().objects.exclude(pk=self.cover.pk).get()
            assert image.get_rendition("fill-200x300").width > 0

        return self.post("/admin/images/add/", sample, renders)

    def replace(self, sample):
        return self.post(f"/admin/images/{self.cover.pk}/", sample, lambda: None)


@pytest.fixture
def cover_world(world, catalogue_page, client, django_user_model, media_root):
    return CoverWorld(world, catalogue_page, client, django_user_model, media_root)


def test_handcrafted_images_are_refused_as_covers(hostile, cover_world):
    samples = handcrafted_samples(HANDCRAFTED_IMAGES)
    try_all(cover_world.upload, COVER_UPLOAD, hostile, samples)
    try_all(cover_world.replace, COVER_REPLACEMENT, hostile, samples)


@examples(40)
@given(sample=hostile_image())
def test_hostile_cover_uploads_are_refused_or_render(hostile, cover_world, sample):
    try_one(cover_world.upload, COVER_UPLOAD, hostile, sample)


@examples(20)
@given(sample=hostile_image())
def test_replacing_a_cover_by_a_hostile_file_keeps_the_old_one(hostile, cover_world, sample):
    try_one(cover_world.replace, COVER_REPLACEMENT, hostile, sample)


def test_handcrafted_attachments_are_refused_at_submission(hostile, attachment_submission):
    """The manuscript is fine and anonymised first: the refused attachment must still leave no copy."""
    samples = [s for s in handcrafted_samples(HANDCRAFTED_IMAGES) if s.how != "11 MB PNG"]  # a valid PNG, padded
    try_all(attachment_submission, ATTACHMENT, hostile, samples)


@examples(15)
@given(sample=hostile_image())
def test_hostile_attachments_are_refused_at_submission_or_anonymised(hostile, attachment_submission, sample):
    try_one(attachment_submission, ATTACHMENT, hostile, sample)


# ------------------------------------------------------------------------------ catalogue XLSX

CATALOGUE_IMPORT_URL = "/admin/textbooks/catalogues/import/"
XLSX = "catalogue XLSX import"


@functools.cache
def header_only_workbook():
    from openpyxl import Workbook

    from textbooks import catalogue_io

    book = Workbook()
    book.active.append(catalogue_io.COLUMNS)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_sheet(rows_xml=b"", dimension="A1:U1", whole_sheet=None):
    """The template workbook with its sheet's rows (or the whole sheet XML) replaced."""
    members = dict(zip_members(header_only_workbook()))
    sheet = members["xl/worksheets/sheet1.xml"]
    head, tail = sheet.split(b"</sheetData>")
    members["xl/worksheets/sheet1.xml"] = whole_sheet or (
        head.replace(b'ref="A1:U1"', f'ref="{dimension}"'.encode()) + rows_xml + b"</sheetData>" + tail
    )
    return hf.write_members(list(members.items()))


def many_rows_workbook(rows):
    """``rows`` distinct empty rows: packs like a real sheet, so only the row limit stops it."""
    xml = b"".join(f'<row r="{n}"><c r="A{n}"/></row>'.encode() for n in range(2, rows + 2))
    return with_sheet(xml, f"A1:U{rows + 1}")


HANDCRAFTED_XLSX = {
    "3 million empty rows, 1000:1 packed": lambda: with_sheet(b"<row><c/></row>" * 3_000_000, "A1:U3000001"),
    "200 MB of spaces, deflate bomb": lambda: with_sheet(b" " * (200 << 20)),
    "one row of 2 million cells": lambda: with_sheet(b"<row>" + b"<c/>" * 2_000_000 + b"</row>", "A1:XFD2"),
    "60000 distinct empty rows": lambda: many_rows_workbook(60_000),
    "billion laughs in the sheet": lambda: with_sheet(whole_sheet=(
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>&d;</t></is></c></row></sheetData></worksheet>'
    )),
    "rows nested 100,000 deep": lambda: with_sheet(b"<row>" * 100_000 + b"</row>" * 100_000),
    "sheet XML cut in the middle": lambda: with_sheet(whole_sheet=dict(zip_members(header_only_workbook()))["xl/worksheets/sheet1.xml"][:600]),
    "DOCX instead of XLSX": hf.minimal_docx,
    "CSV renamed .xlsx": lambda: "目录,书名,ISBN\n全国技工教育规划教材目录,数控车床,9787516700019\n".encode(),
    "empty file": lambda: b"",
    "11 MB upload": lambda: header_only_workbook() + b"\x00" * (11 << 20),
}


class CatalogueWorld:
    """An HRSS supervisor; a catalogue already imported from a good sheet (what must not be lost)."""

    def __init__(self, world, client, django_user_model):
        from cms import roles
        from tests.textbooks.test_catalogue_io import row, workbook
        from textbooks import catalogue_io

        assert catalogue_io.import_catalogue(workbook([row(world)]), None).saved
        # The sheet the mutations start from: one more good row, which an intact file would import.
        self.source = workbook([
            row(world, 书名="数控铣床编程与操作", 课程代码=world.other_course.code, 主编=world.member.name, 版次=1),
        ]).getvalue()
        user = django_user_model.objects.create_user("hrss_hostile", password="x")
        user.groups.add(roles.role_group(roles.HRSS_ADMIN))
        client.force_login(user)
        self.client = client
        self.frozen = self.versions()

    @staticmethod
    def versions():
        from textbooks.models import TextbookVersion

        return sorted(TextbookVersion.objects.values_list("isbn", "fingerprint", "status"))

    @staticmethod
    def state():
        from textbooks.models import Batch, CatalogueEntry, Textbook, TextbookVersion

        return counts(Textbook, TextbookVersion, CatalogueEntry, Batch)

    def __call__(self, sample):
        before = self.state()
        with transaction.atomic():
            response = self.client.post(CATALOGUE_IMPORT_URL, {"file": SimpleUploadedFile("教材目录.xlsx", sample.data)})
            report = response.context.get("report")
            transaction.set_rollback(True)
        assert response.status_code == 200
        assert self.versions() == self.frozen  # the imported catalogue is intact
        if report is not None and report.saved:
            return ACCEPTED
        upload_form = response.context.get("form")  # the preview (mapping step) has no upload form
        form_errors = upload_form.errors.get("file") if upload_form is not None else None or []  # Django's own: an empty upload
        assert_chinese(response.context.get("error") or (report and report.summary) or "".join(form_errors))
        assert self.state() == before
        return REFUSED


@pytest.fixture
def catalogue_world(world, client, django_user_model):
    return CatalogueWorld(world, client, django_user_model)


def test_handcrafted_workbooks_are_refused_promptly(hostile, catalogue_world):
    try_all(catalogue_world, XLSX, hostile, handcrafted_samples(HANDCRAFTED_XLSX))


@examples(30)
@given(data=st.data())
def test_mutated_workbooks_import_all_or_nothing(hostile, catalogue_world, data):
    try_one(catalogue_world, XLSX, hostile, data.draw(mutated_zip(catalogue_world.source)))
