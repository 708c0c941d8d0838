"""The reviewer's copy as a watermarked PDF (R3, Art. 21): harder to re-edit than a DOCX, and
traceable to its assignment when it escapes.

The cleaned DOCX is rendered by LibreOffice (Debian's ``libreoffice-writer-nogui``, MPL-2.0; the
only maintained engine that lays out Word documents faithfully offline), headless, with a private
temporary profile and a time limit. The PDF then goes through the same PDF cleaning and leak
checks as a manuscript uploaded as PDF (review.anonymise.pdf): LibreOffice's document info is
removed and no identity may be left in any page's text.

Each assignment receives its own stamp of that PDF (pypdf, BSD-3-Clause): a visible code on every
page, and an invisible mark — the PDF's trailer /ID and a line of invisible text (rendering mode 3)
on every page, so that one survives a tool that rewrites the other. ``trace`` reads either back.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import secrets
import shutil
import signal
import subprocess
import tempfile
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from review.anonymise import AnonymiseError, IdentityProfile
from review.anonymise.pdf import anonymise_pdf, page_texts, pdf_residual

CONVERSION_TIMEOUT_SECONDS = 180
_MARK_PREFIX = "JGRC"
_MARK_RE = re.compile(rf"{_MARK_PREFIX}([0-9a-f]{{32}})")
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud from a printout


class ConversionError(Exception):
    """The reviewer PDF could not be made; ``message`` is Chinese, for the organiser."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def soffice_binary() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _run(command: list[str], timeout: int, home: Path):
    """LibreOffice in its own process group: on timeout the whole group is killed (soffice starts
    soffice.bin, which would otherwise outlive it)."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        return process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise ConversionError(
            f"审核稿转换为 PDF 超时（超过 {timeout} 秒），评审专家的 PDF 未生成。请检查书稿是否过大或损坏后重试。"
        ) from None


# The same DOCX renders to the same PDF: a copy confirmed again (a re-resolved finding, an
# unchanged attachment in the next round) reuses the last rendering instead of starting
# LibreOffice again. Small and bounded: keyed by SHA-256, a few recent files only.
_RENDERED: OrderedDict[str, bytes] = OrderedDict()
_RENDERED_KEEP = 16


def docx_to_pdf(data: bytes, *, timeout: int | None = None) -> bytes:
    """The PDF LibreOffice renders from a DOCX; ConversionError (Chinese) when it cannot."""
    key = hashlib.sha256(data).hexdigest()
    if key in _RENDERED:
        _RENDERED.move_to_end(key)
        return _RENDERED[key]
    pdf = _render(data, timeout or CONVERSION_TIMEOUT_SECONDS)
    _RENDERED[key] = pdf
    while len(_RENDERED) > _RENDERED_KEEP:
        _RENDERED.popitem(last=False)
    return pdf


def _render(data: bytes, timeout: int) -> bytes:
    binary = soffice_binary()
    if binary is None:
        raise ConversionError(
            "服务器未安装 LibreOffice（Debian 软件包 libreoffice-writer-nogui），无法生成评审专家的 PDF 审核稿。请联系系统管理员。"
        )
    with tempfile.TemporaryDirectory(prefix="jigong-reviewer-pdf-") as tmp:
        work = Path(tmp)
        source = work / "copy.docx"
        source.write_bytes(data)
        out = work / "out"
        command = [
            binary, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
            "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export",
            "--outdir", str(out), str(source),
        ]
        _run(command, timeout, work)
        result = out / "copy.pdf"
        if not result.is_file() or result.stat().st_size == 0:
            raise ConversionError("LibreOffice 未能将审核稿转换为 PDF（文件可能已损坏），评审专家的 PDF 未生成。请核对书稿后重试。")
        return result.read_bytes()


def reviewer_pdf(data: bytes, is_docx: bool, profile: IdentityProfile, extra=()) -> bytes:
    """The PDF every assignment's stamp starts from: rendered (DOCX) or taken (PDF), cleaned of
    metadata, and refused when any page still names the unit or an author (R3)."""
    pdf = docx_to_pdf(data) if is_docx else data
    try:
        cleaned = anonymise_pdf(pdf).content
        residual = pdf_residual(cleaned, profile, extra)
    except AnonymiseError as exc:
        raise ConversionError(f"生成的 PDF 无法读取：{exc.message}") from exc
    if residual:
        raise ConversionError(
            "生成的 PDF 仍含编写人员或单位的身份信息（"
            + "、".join(sorted({f.part_label for f in residual}))
            + "），未发给评审专家。请在遮盖清单中补充遮盖后重试。"
        )
    return cleaned


@dataclass(frozen=True)
class Mark:
    code: str  # printed on every page
    token: str  # 32 hex digits, invisible


def new_mark() -> Mark:
    """From the operating system's CSPRNG: nobody can forge another assignment's mark."""
    code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
    return Mark(code=f"{code[:4]}-{code[4:]}", token=secrets.token_hex(16))


# The visible code reads "审-XXXX-XXXX": "审" in the CJK font below, the rest in Helvetica.
_CODE_PREFIX = "审"


def _overlay_stream(width: float, height: float, label: str, code: str, token: str) -> bytes:
    """Page content drawn over the page: label and "审-" code in grey at the foot and once
    diagonally, and the mark as invisible text (3 Tr)."""
    def text(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    coded = f"({text(label)}  ) Tj /JGCJK {{size}} Tf <{_CODE_PREFIX.encode('utf-16-be').hex()}> Tj /JGWM {{size}} Tf (-{code}) Tj"
    cx, cy = width / 2, height / 2
    return (
        "q 0.6 g BT /JGWM 8 Tf "
        f"1 0 0 1 36 14 Tm {coded.format(size=8)} ET "
        "0.85 g BT /JGWM 28 Tf "
        f"0.7071 0.7071 -0.7071 0.7071 {cx - 200:.1f} {cy - 200:.1f} Tm {coded.format(size=28)} ET "
        "BT 3 Tr /JGWM 4 Tf "
        f"1 0 0 1 2 2 Tm ({_MARK_PREFIX}{token}) Tj ET Q"
    ).encode("ascii")


def _cjk_font():
    """STSong-Light, one of the predefined Adobe-GB1 CJK fonts PDF viewers supply themselves
    (PDF 1.7 §9.7.5.2; PDFium, Chromium's viewer, draws it with the system's CJK font, on Debian
    fonts-noto-cjk): "审" needs no embedded font. Embedding Noto CJK is not done: pypdf cannot
    subset a font, and the 20 MB collection is no per-copy cost."""
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

    descriptor = DictionaryObject({
        NameObject("/Type"): NameObject("/FontDescriptor"), NameObject("/FontName"): NameObject("/STSong-Light"),
        NameObject("/Flags"): NumberObject(6), NameObject("/ItalicAngle"): NumberObject(0),
        NameObject("/FontBBox"): ArrayObject([NumberObject(v) for v in (-25, -254, 1000, 880)]),
        NameObject("/Ascent"): NumberObject(880), NameObject("/Descent"): NumberObject(-120),
        NameObject("/CapHeight"): NumberObject(880), NameObject("/StemV"): FloatObject(93),
    })
    descendant = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/CIDFontType0"),
        NameObject("/BaseFont"): NameObject("/STSong-Light"), NameObject("/FontDescriptor"): descriptor,
        NameObject("/CIDSystemInfo"): DictionaryObject({
            NameObject("/Registry"): TextStringObject("Adobe"), NameObject("/Ordering"): TextStringObject("GB1"),
            NameObject("/Supplement"): NumberObject(2),
        }),
        NameObject("/DW"): NumberObject(1000),
    })
    return DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): NameObject("/STSong-Light"), NameObject("/Encoding"): NameObject("/UniGB-UCS2-H"),
        NameObject("/DescendantFonts"): ArrayObject([descendant]),
    })


def stamp(pdf: bytes, mark: Mark, label: str) -> bytes:
    """This assignment's copy: ``label`` (ASCII: the standard PDF fonts need no embedding) and the
    "审-" code on every page, the token in the trailer /ID and as invisible text."""
    import pypdf
    from pypdf.generic import ArrayObject, ByteStringObject, DecodedStreamObject, DictionaryObject, NameObject

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    writer = pypdf.PdfWriter()
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    })
    cjk = writer._add_object(_cjk_font())
    visible = " ".join(label.encode("ascii", "ignore").decode().split())
    for source in reader.pages:
        page = writer.add_page(source)
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        overlay = pypdf.PageObject.create_blank_page(width=width, height=height)
        overlay[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/JGWM"): font, NameObject("/JGCJK"): cjk}),
        })
        content = DecodedStreamObject()
        content.set_data(_overlay_stream(width, height, visible, mark.code, mark.token))
        overlay[NameObject("/Contents")] = writer._add_object(content)
        page.merge_page(overlay)
    writer.add_metadata({"/Producer": "审核稿"})
    token = ByteStringObject(bytes.fromhex(mark.token))
    writer._ID = ArrayObject([token, token])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def read_marks(pdf: bytes) -> dict:
    """What a found PDF says about where it came from: the trailer /ID token, the invisible-text
    tokens and the visible codes; empty when it is unreadable or unmarked."""
    import pypdf
    from pypdf.errors import PyPdfError

    found = {"id_tokens": set(), "text_tokens": set(), "codes": set()}
    try:
        reader = pypdf.PdfReader(io.BytesIO(pdf), strict=False)
        for value in reader.trailer.get("/ID") or []:
            found["id_tokens"].add(bytes(value.original_bytes if hasattr(value, "original_bytes") else value).hex())
        texts = page_texts(pdf)
    except (PyPdfError, AnonymiseError, ValueError, KeyError, TypeError, OSError):
        return found
    for text in texts:
        found["text_tokens"].update(_MARK_RE.findall(text))
        found["codes"].update(re.findall(r"\b([A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4})\b", text))
    return found
