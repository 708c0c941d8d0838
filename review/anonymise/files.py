"""Dispatch by detected content to the right cleaner, with neutral file names (R3)."""

from __future__ import annotations

import io
import re
import shutil
import zipfile

from review.anonymise.core import (
    AnonymisedFile,
    AnonymiseError,
    DEFAULT_LIMITS,
    Finding,
    IdentityProfile,
    Limits,
)
from review.anonymise.matching import scan_text
from review.anonymise.images import clean_raster, detect_file_type, _IMAGE_CT, _IMAGE_EXT, _RASTER_FORMATS
from review.anonymise.package import as_blob, bytes_of, head_of, is_path, SpooledPart, spool_for
from review.anonymise.ooxml import anonymise_docx
from review.anonymise.pdf import anonymise_pdf

# --------------------------------------------------------------------------- files


_NAME_BAD = re.compile(r"[^\w\-]+", re.UNICODE)


def _name_component(s: str, what: str) -> str:
    s = _NAME_BAD.sub("-", str(s)).strip("-_.")
    s = re.sub(r"-{2,}", "-", s)
    if not s:
        raise ValueError(f"{what} must contain letters or digits")
    return s[:40]


def neutral_file_name(code: str, kind: str = "书稿", index: int = 1, ext: str = "docx") -> str:
    """Reviewer-facing file name built only from the pseudonymous review code,
    e.g. ``neutral_file_name("审-2026-7F3K", "书稿", 1, "docx")`` ->
    ``审-2026-7F3K_书稿_01.docx``.  Never derived from the original name."""
    code_c = _name_component(code, "code")
    kind_c = _name_component(kind or "文件", "kind")
    if isinstance(index, bool) or not isinstance(index, int) or index < 0 or index > 9999:
        raise ValueError("index must be an int between 0 and 9999")
    ext_c = str(ext).lower().lstrip(".")
    if not re.fullmatch(r"[a-z0-9]{1,8}", ext_c):
        raise ValueError("ext must be 1-8 ASCII letters or digits")
    return f"{code_c}_{kind_c}_{index:02d}.{ext_c}"


# Audio, video and archives: their metadata cannot be stripped reliably here, so they are
# withheld from reviewers with the reason shown to the organiser.
_MEDIA_MAGIC = (
    (b"ID3", 0, "音频"), (b"\xff\xfb", 0, "音频"), (b"\xff\xf3", 0, "音频"), (b"fLaC", 0, "音频"), (b"OggS", 0, "音视频"),
    (b"WAVE", 8, "音频"), (b"AVI ", 8, "视频"), (b"ftyp", 4, "音视频"), (b"\x1aE\xdf\xa3", 0, "视频"),
    (b"Rar!", 0, "压缩包"), (b"7z\xbc\xaf\x27\x1c", 0, "压缩包"), (b"\x1f\x8b", 0, "压缩包"),
)


def _media_kind(source) -> str:
    head = head_of(as_blob(source), 64)
    for magic, offset, label in _MEDIA_MAGIC:
        if head[offset: offset + len(magic)] == magic:
            return label
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(source if is_path(source) else io.BytesIO(source)) as archive:
                if "[Content_Types].xml" not in archive.namelist():
                    return "压缩包"
        except (zipfile.BadZipFile, OSError, ValueError):
            return ""
    return ""


_UNSUPPORTED_MSG = "该文件类型无法匿名化处理，请上传 DOCX、PDF 或图片格式"


def part_count(source) -> int:
    """How many steps anonymising ``source`` reports (``core.part_done``): a package's parts, read
    from its zip directory only; 1 for anything else (bytes, images, PDF, not a zip at all)."""
    if not is_path(source):
        return 1
    try:
        with zipfile.ZipFile(source) as package:
            return max(1, len(package.infolist()))
    except (OSError, zipfile.BadZipFile, ValueError):
        return 1


def anonymise_file(
    source,
    original_name: str,
    profile: IdentityProfile | None,
    code: str,
    kind: str = "书稿",
    index: int = 1,
    *,
    limits: Limits = DEFAULT_LIMITS,
    out: str | None = None,
) -> AnonymisedFile:
    """Anonymise an uploaded manuscript file of any supported type.

    The type is detected from the content, not the name; the returned
    ``file_name`` is :func:`neutral_file_name` of the review code.  The original
    name is only scanned (identities in it are reported as cleaned findings).

    ``source`` is the file's bytes, or its path together with ``out``, the file a DOCX or
    large-image copy is written into (the result's ``path``): a 1 GB manuscript is then
    processed part by part and never held in memory.
    """
    if is_path(source) and out is None:
        raise ValueError("a file anonymised from its path needs an output path")
    blob = as_blob(source)
    if not len(blob):
        raise AnonymiseError("文件为空", "empty")
    ftype = detect_file_type(head_of(blob))
    name_findings = [
        Finding("文件名", "file_name", f.excerpt, f.matched, True)
        for f in scan_text(original_name or "", profile, "文件名")
    ]
    media = _media_kind(source)
    if media:
        raise AnonymiseError(
            f"{media}文件的元数据（作者、设备、位置、内含文件名等）无法可靠去除，不发给评审专家（R3，第二十一条）", "withheld"
        )
    if ftype == "zip":
        try:
            result = anonymise_docx(source, profile, limits=limits, out=out)
        except AnonymiseError as exc:
            if exc.code == "not_docx":
                raise AnonymiseError(_UNSUPPORTED_MSG, "unsupported_type") from exc
            raise
        result.findings = name_findings + result.findings
        result.file_name = neutral_file_name(code, kind, index, "docx")
        return result
    if ftype == "pdf":
        result = anonymise_pdf(bytes_of(blob, limits.max_input_bytes), profile, limits=limits)
        result.findings = name_findings + result.findings
        result.file_name = neutral_file_name(code, kind, index, "pdf")
        return result
    if ftype == "cfb":
        raise AnonymiseError(
            "该文件为旧版 Word（.doc）格式或设置了打开密码，无法匿名化处理，请另存为未加密的 DOCX 后重新上传",
            "encrypted_or_doc",
        )
    if ftype in _RASTER_FORMATS:
        with spool_for(source) as spool:
            cleaned = clean_raster(blob, ftype, limits, spool)
            if isinstance(cleaned, SpooledPart):
                shutil.move(cleaned.path, out)
        name = neutral_file_name(code, kind, index, _IMAGE_EXT[ftype])
        if isinstance(cleaned, SpooledPart):
            return AnonymisedFile(b"", name_findings, name, _IMAGE_CT[ftype], path=out)
        return AnonymisedFile(cleaned, name_findings, name, _IMAGE_CT[ftype])
    raise AnonymiseError(_UNSUPPORTED_MSG, "unsupported_type")
