"""The one safety gate for untrusted Office Open XML packages (DOCX, XLSX, PPTX).

Upload validation, the course-standard importer, the catalogue importer and the anonymiser all
call :func:`check_ooxml` before any OOXML library touches the bytes.  It refuses, with a Chinese
message naming the problem and the limit:

* anything that is not a ZIP package (old binary Office/encrypted files, PDFs, HTML renamed);
* central directories too large to parse cheaply and packages with too many parts;
* unsafe part names (absolute, ``..``, backslashes, NUL, duplicates ignoring case);
* encrypted parts and compression methods other than stored/deflate;
* parts, XML parts or whole packages that unpack beyond absolute limits.  Compression ratio is
  NOT a refusal reason on its own: a genuine 3,000-row table packs ~200:1 and is legitimate;
  what matters is how many bytes would be produced.  A declared size no deflate stream could
  reach from its packed size (> 1,100:1) is a forged header and is refused;
* macros and ActiveX (``vbaProject.bin``, ``vbaData.xml``, ``activeX/``, macro-enabled content
  types, ``.docm/.xlsm/...`` names);
* DOCTYPE / ENTITY declarations in any XML part (billion laughs, XXE) and XML encodings other
  than UTF-8/UTF-16 (UTF-7/EBCDIC would hide a DOCTYPE from a byte scan);
* XML parts that are not well formed (parsed as a stream into nothing) or nest elements deeper
  than ``max_xml_depth`` (counted while streaming; a nesting bomb never becomes a tree);
* a main document of the wrong kind (an XLSX uploaded as a manuscript, a .dotx template).

It streams: the file is opened from disk (or any seekable binary file), XML parts are scanned in
chunks, binary parts are never inflated (``zipfile`` never returns more than a part's declared
size, which the limits already bound).  Memory stays flat whatever the file size.
"""

from __future__ import annotations

import codecs
import io
import os
import posixpath
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "DOCX",
    "PPTX",
    "XLSX",
    "GateReport",
    "OoxmlLimits",
    "OoxmlRefused",
    "check_ooxml",
    "default_limits",
    "human_size",
]

DOCX = "docx"
XLSX = "xlsx"
PPTX = "pptx"

_KIND_LABEL = {DOCX: "Word 文档（.docx）", XLSX: "Excel 工作簿（.xlsx）", PPTX: "PowerPoint 演示文稿（.pptx）"}
_MAIN_CONTENT_TYPES = {
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
}
_TEMPLATE_CONTENT_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": "Word 模板（.dotx）",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "Excel 模板（.xltx）",
    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml": "PowerPoint 模板（.potx）",
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": "PowerPoint 放映文件（.ppsx）",
}
_REL_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_REL_STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
_MACRO_EXTENSIONS = (".docm", ".dotm", ".xlsm", ".xltm", ".xlam", ".pptm", ".potm", ".ppam", ".ppsm")
_MACRO_PART_NAMES = ("vbaproject.bin", "vbadata.xml", "vbaprojectsignature.bin", "vbaprojectsignatureagile.bin")
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SAFE_XML_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf16", "utf-16le", "utf-16be", "us-ascii", "ascii"}
_XML_DECLARED_ENCODING_RE = re.compile(r"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.\-]+)["']""")
_DTD_RE = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.I)
# Deflate cannot expand beyond ~1,032:1; a larger declared ratio is a forged size.
_DEFLATE_MAX_RATIO = 1100
_CHUNK = 1 << 16
_OVERLAP = 64


class OoxmlRefused(ValueError):
    """The package is refused.  ``message`` is Chinese and shown to the user as is; ``code`` is a
    stable reason (not_zip, encrypted_or_binary, too_large, too_many_parts, part_too_large,
    total_too_large, forged_size, bad_zip, macro, xml_dtd, xml_encoding, xml_depth, bad_xml,
    wrong_kind)."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class OoxmlLimits:
    """Absolute limits (bytes unless stated).  Overridable per deployment through the
    ``OOXML_GATE_LIMITS`` setting (a dict of these field names) and per call."""

    max_file_bytes: int = 2 * 1024**3
    max_parts: int = 5000
    max_directory_bytes: int = 4 * 1024**2
    max_part_bytes: int = 1024**3  # one unpacked part (an embedded video, a large image)
    max_xml_part_bytes: int = 64 * 1024**2  # one unpacked XML part (parsed into a tree downstream)
    max_total_bytes: int = 3 * 1024**3  # all parts unpacked together
    # Elements nested in one XML part.  libxml2 refuses trees deeper than 256 (without its "huge"
    # option) and recursive tree walks downstream must not run out of stack: Word nests tables
    # in tables a few dozen levels at most.
    max_xml_depth: int = 256


def default_limits() -> OoxmlLimits:
    """The limits configured for this deployment (``settings.OOXML_GATE_LIMITS``)."""
    try:
        from django.conf import settings

        overrides = dict(getattr(settings, "OOXML_GATE_LIMITS", {}) or {})
    except Exception:  # used outside a configured Django project (scripts, benchmarks)
        overrides = {}
    known = {f.name for f in fields(OoxmlLimits)}
    return replace(OoxmlLimits(), **{k: v for k, v in overrides.items() if k in known})


@dataclass(frozen=True)
class GateReport:
    """What the gate established about a package it let through."""

    kind: str | None
    main_part: str | None
    part_count: int
    uncompressed_bytes: int
    file_bytes: int


def human_size(n: int) -> str:
    if n >= 1024**3:
        return f"{n / 1024**3:.1f} GB"
    if n >= 1024**2:
        return f"{n / 1024**2:.0f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} 字节"


def check_ooxml(
    source: str | os.PathLike | BinaryIO | bytes,
    *,
    kind: str | None = DOCX,
    filename: str = "",
    limits: OoxmlLimits | None = None,
) -> GateReport:
    """Refuse an unsafe OOXML package (raises :class:`OoxmlRefused`) or describe a safe one.

    ``source`` is a path, a seekable binary file (its position is restored) or bytes.  ``kind``
    is the expected main document (DOCX/XLSX/PPTX) or None for any OOXML package.
    """
    limits = limits or default_limits()
    label = _KIND_LABEL.get(kind, "Office 文档")
    _check_filename(filename, label)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _check_stream(io.BytesIO(bytes(source)), kind, label, limits)
    if isinstance(source, (str, os.PathLike)):
        with open(Path(source), "rb") as fh:
            return _check_stream(fh, kind, label, limits)
    position = source.tell()
    try:
        return _check_stream(source, kind, label, limits)
    finally:
        source.seek(position)


def _check_filename(filename: str, label: str) -> None:
    name = (filename or "").strip().lower()
    if name.endswith(_MACRO_EXTENSIONS):
        raise OoxmlRefused(
            f"不接受启用宏的文件（.{name.rsplit('.', 1)[-1]}）：宏可能包含恶意代码。请另存为不含宏的{label}后再上传。",
            "macro",
        )


def _check_stream(fh: BinaryIO, kind: str | None, label: str, limits: OoxmlLimits) -> GateReport:
    fh.seek(0, io.SEEK_END)
    file_bytes = fh.tell()
    fh.seek(0)
    if file_bytes == 0:
        raise OoxmlRefused("文件为空（0 字节），请重新选择文件。", "empty")
    if file_bytes > limits.max_file_bytes:
        raise OoxmlRefused(
            f"文件过大（{human_size(file_bytes)}），超过上限 {human_size(limits.max_file_bytes)}。", "too_large"
        )
    head = fh.read(8)
    if head.startswith(_CFB_MAGIC):
        raise OoxmlRefused(
            f"文件是旧版 Office 格式（.doc/.xls）或设置了打开密码，请取消密码并另存为{label}后再上传。",
            "encrypted_or_binary",
        )
    if head.startswith(b"%PDF"):
        raise OoxmlRefused(f"这是 PDF 文件，不是{label}。", "wrong_kind")
    if not head.startswith(b"PK\x03\x04"):
        raise OoxmlRefused(f"文件内容不是{label}（不是 ZIP 格式的 Office 文档），已拒绝。", "not_zip")
    _check_directory_size(fh, file_bytes, label, limits)
    fh.seek(0)
    try:
        archive = zipfile.ZipFile(fh)
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError, struct.error) as exc:
        raise OoxmlRefused(f"文件已损坏，不是有效的{label}（压缩包结构无法读取）。", "bad_zip") from exc
    with archive:
        total = _check_members(infos, label, limits)
        names = {info.filename.lower(): info for info in infos}
        content_types = _content_types(archive, names, label, limits)
        _check_macros(infos, content_types, label)
        for info in infos:
            if not info.is_dir() and _is_xml_part(info.filename, content_types):
                _scan_xml_part(archive, info, label, limits)
        main_part = _main_part(archive, names, label, limits)
    if kind is not None:
        _check_main_kind(main_part, content_types, kind, label)
    return GateReport(kind, main_part, len(infos), total, file_bytes)


def _check_directory_size(fh: BinaryIO, file_bytes: int, label: str, limits: OoxmlLimits) -> None:
    """Read the entry count and directory size from the end record (and its ZIP64 form) so a
    directory of millions of entries is refused before ``zipfile`` builds one object per entry."""
    tail_len = min(file_bytes, 22 + 65_535)
    fh.seek(file_bytes - tail_len)
    tail = fh.read(tail_len)
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or tail_len - pos < 22:
        raise OoxmlRefused(f"文件已损坏，不是有效的{label}（找不到压缩包目录）。", "bad_zip")
    entries, directory_size = struct.unpack("<HI", tail[pos + 10 : pos + 16])
    locator = pos - 20
    if (entries == 0xFFFF or directory_size == 0xFFFFFFFF) and locator >= 0 and tail[locator : locator + 4] == b"PK\x06\x07":
        (zip64_offset,) = struct.unpack("<Q", tail[locator + 8 : locator + 16])
        if zip64_offset + 56 > file_bytes:
            raise OoxmlRefused(f"文件已损坏，不是有效的{label}（ZIP64 目录位置无效）。", "bad_zip")
        fh.seek(zip64_offset)
        record = fh.read(56)
        if record[:4] != b"PK\x06\x06":
            raise OoxmlRefused(f"文件已损坏，不是有效的{label}（ZIP64 目录无效）。", "bad_zip")
        entries, directory_size = struct.unpack("<QQ", record[32:48])
    if entries > limits.max_parts:
        raise OoxmlRefused(
            f"文件内部包含 {entries} 个部件，超过上限 {limits.max_parts} 个，疑似恶意构造，已拒绝。", "too_many_parts"
        )
    if directory_size > limits.max_directory_bytes:
        raise OoxmlRefused(
            f"文件的压缩包目录过大（{human_size(directory_size)}，上限 {human_size(limits.max_directory_bytes)}），疑似恶意构造，已拒绝。",
            "too_many_parts",
        )


def _check_name(name: str, label: str) -> None:
    if (
        not name
        or len(name) > 1024
        or "\x00" in name
        or "\\" in name
        or name.startswith("/")
        or re.match(r"^[A-Za-z]:", name)
        or any(segment in ("..", ".") for segment in name.split("/"))
    ):
        raise OoxmlRefused(f"文件内部含非法部件路径（{name[:80]!r}），疑似恶意构造，已拒绝。", "bad_zip")


def _check_members(infos: list[zipfile.ZipInfo], label: str, limits: OoxmlLimits) -> int:
    if len(infos) > limits.max_parts:
        raise OoxmlRefused(
            f"文件内部包含 {len(infos)} 个部件，超过上限 {limits.max_parts} 个，疑似恶意构造，已拒绝。", "too_many_parts"
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        _check_name(name, label)
        if name.lower() in seen:
            raise OoxmlRefused(f"文件内部有重名部件（{name}），可能被篡改，已拒绝。", "bad_zip")
        seen.add(name.lower())
        if info.flag_bits & 0x1:
            raise OoxmlRefused(f"文件已加密或设置了密码，请取消密码后另存为{label}再上传。", "encrypted_or_binary")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise OoxmlRefused(f"文件部件“{name}”使用了不支持的压缩方式，已拒绝。", "bad_zip")
        size, packed = info.file_size, info.compress_size
        if info.compress_type == zipfile.ZIP_STORED and size != packed:
            raise OoxmlRefused(f"文件部件“{name}”声明的大小不一致，可能被篡改，已拒绝。", "forged_size")
        if size > _DEFLATE_MAX_RATIO * max(packed, 1) + 1024:
            raise OoxmlRefused(
                f"文件部件“{name}”声明解压后 {human_size(size)}，而压缩数据只有 {human_size(packed)}，"
                f"任何压缩都达不到，疑似“压缩炸弹”，已拒绝。",
                "forged_size",
            )
        limit = limits.max_xml_part_bytes if name.lower().endswith((".xml", ".rels", ".vml")) else limits.max_part_bytes
        if size > limit:
            raise OoxmlRefused(
                f"文件部件“{name}”解压后 {human_size(size)}，超过单个部件上限 {human_size(limit)}，疑似“压缩炸弹”，已拒绝。",
                "part_too_large",
            )
        total += size
        if total > limits.max_total_bytes:
            raise OoxmlRefused(
                f"文件解压后总计超过 {human_size(limits.max_total_bytes)}（上限），疑似“压缩炸弹”，已拒绝。",
                "total_too_large",
            )
    return total


def _read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str, limit: int) -> bytes:
    """A small control part (content types, relationships), read in full but bounded."""
    if info.file_size > limit:
        raise OoxmlRefused(
            f"文件部件“{info.filename}”解压后 {human_size(info.file_size)}，超过上限 {human_size(limit)}，已拒绝。",
            "part_too_large",
        )
    chunks = []
    for chunk in _iter_part(archive, info, label):
        chunks.append(chunk)
    return b"".join(chunks)


def _iter_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str):
    try:
        with archive.open(info) as part:
            while chunk := part.read(_CHUNK):
                yield chunk
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError, struct.error, zlib.error) as exc:
        raise OoxmlRefused(f"文件已损坏，部件“{info.filename}”无法读取（{label}）。", "bad_zip") from exc


@dataclass
class _ContentTypes:
    defaults: dict[str, str]
    overrides: dict[str, str]

    def of(self, part_name: str) -> str:
        key = part_name.lstrip("/").lower()
        if key in self.overrides:
            return self.overrides[key]
        return self.defaults.get(posixpath.splitext(key)[1].lstrip("."), "")

    def all(self) -> list[str]:
        return [*self.defaults.values(), *self.overrides.values()]


_CONTROL_PART_LIMIT = 8 * 1024**2


def _parse_control_xml(archive, info, label, limits):
    from lxml import etree

    xml = _read_part(archive, info, label, _CONTROL_PART_LIMIT)
    _scan_xml_bytes(info.filename, [xml], limits)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(xml, parser=parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise OoxmlRefused(f"文件已损坏：部件“{info.filename}”不是有效的 XML（{label}）。", "bad_zip") from exc


def _content_types(archive, names, label, limits) -> _ContentTypes:
    info = names.get("[content_types].xml")
    if info is None:
        raise OoxmlRefused(f"文件缺少 [Content_Types].xml，不是有效的{label}。", "not_ooxml")
    root = _parse_control_xml(archive, info, label, limits)
    types = _ContentTypes({}, {})
    for element in root:
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "Default":
            types.defaults[(element.get("Extension") or "").lower()] = element.get("ContentType") or ""
        elif tag == "Override":
            types.overrides[(element.get("PartName") or "").lstrip("/").lower()] = element.get("ContentType") or ""
    return types


def _check_macros(infos, content_types: _ContentTypes, label: str) -> None:
    for info in infos:
        lowered = info.filename.lower()
        if posixpath.basename(lowered) in _MACRO_PART_NAMES:
            raise OoxmlRefused(
                f"文件包含宏（VBA 代码，部件“{info.filename}”），出于安全考虑已拒绝。请另存为不含宏的{label}后再上传。",
                "macro",
            )
        if "/activex/" in f"/{lowered}":
            raise OoxmlRefused(f"文件包含 ActiveX 控件（部件“{info.filename}”），出于安全考虑已拒绝。", "macro")
    for content_type in content_types.all():
        lowered = content_type.lower()
        if "macroenabled" in lowered or "vbaproject" in lowered or "activex" in lowered:
            raise OoxmlRefused(
                f"文件是启用宏的 Office 文档（内容类型 {content_type}），出于安全考虑已拒绝。请另存为{label}后再上传。",
                "macro",
            )


def _is_xml_part(name: str, content_types: _ContentTypes) -> bool:
    # "openxmlformats" in a binary part's type (printer settings, embeddings) is no XML.
    content_type = content_types.of(name).lower()
    return name.lower().endswith((".xml", ".rels", ".vml")) or content_type.endswith(("+xml", "/xml"))


def _scan_xml_part(archive, info, label, limits) -> None:
    _scan_xml_bytes(info.filename, _iter_part(archive, info, label), limits)


def _scan_xml_bytes(name: str, chunks, limits: OoxmlLimits) -> None:
    """Refuse DOCTYPE/ENTITY declarations, unsafe encodings, XML that is not well formed and
    elements nested deeper than the limit, chunk by chunk (no tree is built: memory stays flat)."""
    from lxml import etree

    parser = etree.XMLParser(
        target=_DepthTarget(name, limits.max_xml_depth),
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
    )
    decoder = None
    carry = ""
    for chunk in chunks:
        if decoder is None:
            decoder = codecs.getincrementaldecoder(_sniff_encoding(chunk))(errors="replace")
            text = decoder.decode(chunk)
            declared = _XML_DECLARED_ENCODING_RE.match(text.lstrip("\ufeff"))
            if declared and declared.group(1).lower() not in _SAFE_XML_ENCODINGS:
                raise OoxmlRefused(
                    f"文件部件“{name}”使用了不支持的字符编码（{declared.group(1)}），疑似恶意构造，已拒绝。",
                    "xml_encoding",
                )
        else:
            text = decoder.decode(chunk)
        window = carry + text
        if _DTD_RE.search(window):
            raise OoxmlRefused(
                f"文件部件“{name}”包含 DOCTYPE/ENTITY 声明（可能是“实体炸弹”或外部实体攻击），出于安全考虑已拒绝。",
                "xml_dtd",
            )
        carry = window[-_OVERLAP:]
        _feed(parser, chunk, name)
    _feed(parser, None, name)


class _DepthTarget:
    """A parser target that builds nothing: libxml2 checks well-formedness, and the nesting depth
    is counted here (a target parser does not apply libxml2's own depth limit).  No ``data``
    method, so text is never handed to Python."""

    def __init__(self, name: str, max_depth: int):
        self.name = name
        self.max_depth = max_depth
        self.depth = 0

    def start(self, tag, attrib):
        self.depth += 1
        if self.depth > self.max_depth:
            raise OoxmlRefused(
                f"文件部件“{self.name}”的元素嵌套超过 {self.max_depth} 层（上限），疑似恶意构造（嵌套炸弹），已拒绝。",
                "xml_depth",
            )

    def end(self, tag):
        self.depth -= 1

    def close(self):
        return None


def _feed(parser, chunk, name) -> None:
    from lxml import etree

    try:
        if chunk is None:
            parser.close()
        else:
            parser.feed(chunk)
    except etree.XMLSyntaxError as exc:
        raise OoxmlRefused(
            f"文件已损坏：部件“{name}”不是有效的 XML，已拒绝。", "bad_xml"
        ) from exc


def _sniff_encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le"
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    if len(head) >= 2 and head[0] == 0 and head[1] != 0:
        return "utf-16-be"
    if len(head) >= 2 and head[0] != 0 and head[1] == 0:
        return "utf-16-le"
    return "utf-8"


def _main_part(archive, names, label, limits) -> str:
    info = names.get("_rels/.rels")
    if info is None:
        raise OoxmlRefused(f"文件缺少包关系部件（_rels/.rels），不是有效的{label}。", "not_ooxml")
    root = _parse_control_xml(archive, info, label, limits)
    for rel in root:
        if not isinstance(rel.tag, str):
            continue
        rel_type = rel.get("Type", "")
        if rel_type == _REL_STRICT_OFFICE_DOCUMENT:
            raise OoxmlRefused(f"文件是“严格 Open XML”格式，请另存为{label}后再上传。", "wrong_kind")
        if rel_type != _REL_OFFICE_DOCUMENT:
            continue
        if rel.get("TargetMode", "Internal") != "Internal":
            raise OoxmlRefused("文件的主文档指向外部地址，已拒绝。", "bad_zip")
        target = posixpath.normpath(posixpath.join("/", rel.get("Target", ""))).lstrip("/")
        if target.lower() not in names:
            raise OoxmlRefused(f"文件缺少主文档部件（{target}），不是完整的{label}。", "not_ooxml")
        return names[target.lower()].filename
    raise OoxmlRefused(f"文件中找不到主文档部件，不是有效的{label}。", "not_ooxml")


def _check_main_kind(main_part: str, content_types: _ContentTypes, kind: str, label: str) -> None:
    content_type = content_types.of(main_part)
    if content_type == _MAIN_CONTENT_TYPES[kind]:
        return
    if content_type in _TEMPLATE_CONTENT_TYPES:
        raise OoxmlRefused(f"这是{_TEMPLATE_CONTENT_TYPES[content_type]}，请另存为{label}后再上传。", "wrong_kind")
    for other, other_type in _MAIN_CONTENT_TYPES.items():
        if content_type == other_type:
            raise OoxmlRefused(f"这是{_KIND_LABEL[other]}，不是{label}。", "wrong_kind")
    raise OoxmlRefused(f"主文档的类型不正确（{content_type or '未声明'}），不是有效的{label}。", "wrong_kind")
