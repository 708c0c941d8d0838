"""Anonymising from disk (issue 12): a manuscript is read part by part, large binary parts are kept
in temporary files and large photos are stripped of their metadata in a stream, so a 1 GB
manuscript can be submitted without the server holding it in memory (R3, Art. 21: the copy a
reviewer receives leaks nothing the in-memory path would have removed)."""

from __future__ import annotations

import io
import os
import tracemalloc
import zipfile

import pytest
from PIL import Image

import review.anonymise.package as package
from review.anonymise import AnonymiseError, Limits, anonymise_docx, anonymise_file, apply_redactions, verify_clean
from tests.review import hostile_files as hf
from tests.review.test_anonymise import PROFILE, find_leaks

# Every photo above one pixel takes the streamed path; every binary part is spooled to disk.
STREAMED = Limits(reencode_max_pixels=1)


@pytest.fixture
def spool_everything(monkeypatch):
    monkeypatch.setattr(package, "SPOOL_PART_BYTES", 0)


def _photos_docx(*photos: tuple[str, bytes]) -> bytes:
    """A short manuscript whose document part references each photo."""
    content_types = {"jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif"}
    return hf.edit_docx(
        hf.minimal_docx(["学习任务一：阶梯轴的车削加工", f"主编：{hf.NAME}"]),
        add={
            **{f"word/media/{name}": data for name, data in photos},
            "word/_rels/document.xml.rels": _rels([name for name, _ in photos]),
        },
        replace={"[Content_Types].xml": lambda xml: xml.replace(
            b"<Default Extension=\"xml\"",
            b"".join(f'<Default Extension="{ext}" ContentType="{ct}"/>'.encode() for ext, ct in content_types.items())
            + b"<Default Extension=\"xml\"", 1)},
    )


def _rels(names):
    rels = "".join(
        f'<Relationship Id="rIdPhoto{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
        f'Target="media/{name}"/>'
        for n, name in enumerate(names)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        f"{rels}</Relationships>"
    ).encode()


def _write(tmp_path, name, data) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_streamed_copy_of_the_planted_manuscript_leaks_nothing_after_masking(tmp_path, spool_everything):
    """The leak suite's planted manuscript (identities in text, metadata, EXIF/XMP/ICC/PNG text
    chunks, comments, revisions) anonymised from disk, then masked from disk: no planted string
    survives anywhere, as on the in-memory path."""
    planted = hf.build_planted_docx()
    source = _write(tmp_path, "张三丰_终稿.docx", planted.data)
    copy = str(tmp_path / "copy.docx")
    result = anonymise_docx(source, PROFILE, limits=STREAMED, out=copy)
    assert result.path == copy and result.content == b""
    released = str(tmp_path / "released.docx")
    assert apply_redactions(copy, result.findings, out=released) is None
    with open(released, "rb") as fh:
        data = fh.read()
    assert find_leaks(data, planted.markers) == {}
    assert verify_clean(released, PROFILE) == []
    pending = {f.matched for f in result.findings if not f.cleaned}
    assert {hf.NAME, hf.UNIT, hf.EMAIL, hf.PHONE} <= pending


def test_large_photos_keep_their_pixels_and_lose_exif_gps_and_text_chunks(tmp_path, spool_everything):
    jpeg, png = hf.make_jpeg_with_metadata((64, 48)), hf.make_png_with_text((40, 30))
    assert Image.open(io.BytesIO(jpeg)).getexif().get_ifd(0x8825)  # GPS is really there
    docx = _photos_docx(("image1.jpeg", jpeg + b"APPENDED " + hf.NAME.encode()), ("image2.png", png))
    copy = str(tmp_path / "copy.docx")
    anonymise_docx(_write(tmp_path, "m.docx", docx), PROFILE, limits=STREAMED, out=copy)
    with zipfile.ZipFile(copy) as archive:
        out_jpeg, out_png = archive.read("word/media/image1.jpeg"), archive.read("word/media/image2.png")
    with Image.open(io.BytesIO(out_jpeg)) as im:
        assert im.size == (64, 48) and not im.getexif() and not im.info.get("icc_profile") and "comment" not in im.info
        im.load()
    with Image.open(io.BytesIO(out_png)) as im, Image.open(io.BytesIO(png)) as original:
        assert not getattr(im, "text", {}) and not im.getexif() and "icc_profile" not in im.info
        assert im.convert("RGBA").tobytes() == original.convert("RGBA").tobytes()  # lossless
    assert find_leaks(hf.write_members([("a", out_jpeg), ("b", out_png)]), hf.all_markers()) == {}


def test_a_large_gif_cannot_be_stripped_in_a_stream_and_is_refused_with_the_reason(tmp_path):
    docx = _photos_docx(("image1.gif", hf.gif_animation()))
    with pytest.raises(AnonymiseError) as refused:
        anonymise_docx(_write(tmp_path, "m.docx", docx), PROFILE, limits=STREAMED, out=str(tmp_path / "c.docx"))
    assert "百万像素" in refused.value.message and "JPEG 或 PNG" in refused.value.message


def test_a_40_mb_photo_never_lands_in_python_memory(tmp_path):
    """Memory stays flat: anonymising a manuscript carrying a 40 MB photo from disk allocates a
    small fraction of it (tracemalloc counts every bytes object Python holds)."""
    photo = _large_jpeg(40 * 1024**2)
    source = _write(tmp_path, "m.docx", _photos_docx(("image1.jpeg", photo)))
    del photo
    copy = str(tmp_path / "copy.docx")
    tracemalloc.start()
    try:
        result = anonymise_file(source, "图册.docx", PROFILE, "审-2026-7F3K", out=copy)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.path == copy and os.path.getsize(copy) > 40 * 1024**2
    assert peak < 12 * 1024**2, f"peak {peak / 1024**2:.0f} MB"
    with zipfile.ZipFile(copy) as archive, Image.open(archive.open("word/media/image1.jpeg")) as im:
        assert im.size == (9000, 6000) and not im.getexif()


def _large_jpeg(size: int) -> bytes:
    """A 54-megapixel JPEG of ``size`` bytes with EXIF: a real header (frame size patched), then
    entropy-coded data (byte-stuffed), as a camera's full-resolution photo is laid out."""
    small = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 120, 40)).save(small, "JPEG", exif=hf.planted_exif())
    data = small.getvalue()
    sof = data.index(b"\xff\xc0")
    data = data[: sof + 5] + (6000).to_bytes(2, "big") + (9000).to_bytes(2, "big") + data[sof + 9:]
    sos = data.index(b"\xff\xda")
    header_end = sos + 2 + int.from_bytes(data[sos + 2: sos + 4], "big")
    body = os.urandom(size).replace(b"\xff", b"\xff\x00")
    return data[:header_end] + body + b"\xff\xd9"


def test_a_3000_row_table_is_anonymised_not_called_a_zip_bomb(tmp_path):
    """Issue 12: judged by absolute sizes; a long table packs about 200:1 and is a real manuscript."""
    from tests.cms.test_ooxml_gate import docx_with_table

    data = docx_with_table(3000)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("word/document.xml")
        assert info.file_size > 100 * info.compress_size
    copy = str(tmp_path / "copy.docx")
    anonymise_docx(_write(tmp_path, "m.docx", data), PROFILE, out=copy)
    assert anonymise_docx(data, PROFILE).content
    with zipfile.ZipFile(copy) as archive:
        assert archive.read("word/document.xml").count(b"<w:tr") == 3000  # every row kept
