"""PDF manuscripts and attachments (R3, Art. 21) with pypdf (BSD-3-Clause, pure Python, maintained by
py-pdf): everything that names people outside the page content is removed — document info, XMP,
annotations and their authors, embedded files, JavaScript and other actions, form fields,
page-piece data — and the text of every page is extracted and scanned with the same matcher as
DOCX. Text on a page cannot be removed reliably from a PDF's content streams (it may be split,
re-encoded or drawn as glyph outlines), so identities found there are findings naming the exact
page and string: the organiser asks the unit for a clean file (or dismisses with a reason)."""

from __future__ import annotations

import io
import logging

from review.anonymise.core import AnonymisedFile, AnonymiseError, DEFAULT_LIMITS, Finding, IdentityProfile, Limits
from review.anonymise.matching import _findings_for, _Matcher

PDF_CONTENT_TYPE = "application/pdf"
# Catalog entries that carry metadata, actions, scripts, attachments or forms.
_CATALOG_DROP = ("/Metadata", "/Names", "/OpenAction", "/AA", "/AcroForm", "/PieceInfo", "/StructTreeRoot",
                 "/SpiderInfo", "/Threads", "/Collection", "/Perms", "/Legal", "/URI")
_PAGE_DROP = ("/Annots", "/AA", "/Metadata", "/PieceInfo", "/Thumb", "/B")


def _reader(data: bytes, limits: Limits):
    import pypdf
    from pypdf.errors import PyPdfError

    if len(data) > limits.max_input_bytes:
        raise AnonymiseError("PDF 文件过大，无法匿名化处理", "too_large")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise AnonymiseError("PDF 文件设置了密码或加密，无法匿名化处理，请上传未加密的文件", "encrypted_or_doc")
        if len(reader.pages) > 5000:
            raise AnonymiseError("PDF 页数过多（超过 5000 页），无法匿名化处理", "too_large")
        return reader
    except AnonymiseError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise AnonymiseError("PDF 文件已损坏，无法读取，请重新导出后上传", "bad_pdf") from exc


def page_texts(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> list[str]:
    """The extracted text of every page, in order."""
    reader = _reader(data, limits)
    texts = []
    for page in reader.pages:
        try:
            texts.append(page.extract_text() or "")
        except Exception:  # a page pypdf cannot decode: its text is unknown, not empty
            texts.append("")
    return texts


def _strip(reader):
    """A new PDF holding only the pages (their content and resources): nothing else of the original
    file is copied, so removed objects cannot survive as unreferenced leftovers."""
    import pypdf
    from pypdf.generic import NameObject

    root = reader.trailer["/Root"]
    removed = [key for key in _CATALOG_DROP if key in root]
    if reader.metadata:
        removed.append("/Info")
    writer = pypdf.PdfWriter()
    for source in reader.pages:
        for key in _PAGE_DROP:
            if key in source:
                del source[NameObject(key)]
                removed.append(f"page{key}")
        writer.add_page(source)
    writer.add_metadata({"/Producer": "审核稿"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), sorted(set(removed))


_REMOVED_LABELS = {
    "/Info": "文档信息（作者、标题、创建工具）", "/Metadata": "XMP 元数据", "/Names": "附件与脚本名称表",
    "/OpenAction": "打开时执行的动作", "/AA": "附加动作", "/AcroForm": "表单域", "page/Annots": "批注及其作者",
    "page/Metadata": "页面元数据", "/PieceInfo": "编辑软件私有数据",
}


def anonymise_pdf(data: bytes, profile: IdentityProfile | None = None, *, limits: Limits = DEFAULT_LIMITS) -> AnonymisedFile:
    """A reviewer-safe PDF: metadata, XMP, annotations, attachments, scripts and forms removed; the
    identities found in page text reported page by page (not removed: see the module docstring)."""
    reader = _reader(data, limits)
    cleaned, removed = _strip(reader)
    findings = [
        Finding("文档属性", "metadata", f"已删除 PDF {_REMOVED_LABELS.get(key, key)}", "", True)
        for key in removed if key in _REMOVED_LABELS
    ]
    matcher = _Matcher(profile, generic=True)
    texts = page_texts(cleaned, limits=limits)
    matcher.learn(texts)  # a unit named in full on one page is found by its short forms on all
    for number, text in enumerate(texts, start=1):
        for finding in _findings_for(text, matcher.matches(text), f"第{number}页"):
            findings.append(Finding(finding.part, "pdf_text", finding.excerpt, finding.matched, False))
    return AnonymisedFile(cleaned, findings, content_type=PDF_CONTENT_TYPE)


def pdf_residual(data: bytes, profile: IdentityProfile, extra=(), *, limits: Limits = DEFAULT_LIMITS) -> list[Finding]:
    """Release gate for a PDF: metadata gone, and none of the profile's strings in any page's text."""
    reader = _reader(data, limits)
    out = []
    root = reader.trailer["/Root"]
    if any(key in root for key in ("/Metadata", "/Names", "/OpenAction", "/AcroForm")) or (
        reader.metadata and any(k != "/Producer" for k in reader.metadata)
    ):
        out.append(Finding("文档属性", "residual", "PDF 仍含元数据、附件、脚本或表单"))
    matcher = _Matcher(IdentityProfile(profile.names, profile.units, profile.emails, profile.phones, [*profile.extra, *extra]), generic=False)
    for number, text in enumerate(page_texts(data, limits=limits), start=1):
        for m in matcher.profile_matches(text):
            out.append(Finding(f"第{number}页", "residual", f"第{number}页正文含身份信息", m.text))
    return out
