"""The safety gate every uploaded Word file passes before python-docx sees a byte of it:
size, zip bombs, macros, XML entity tricks, huge tables.  No Django imports."""

from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

# ==========================================================================
# Limits of the safety gate (bytes unless stated otherwise)
# ==========================================================================

MAX_FILE_BYTES = 20 * 1024 * 1024  # size of the uploaded file
MAX_TOTAL_UNCOMPRESSED_BYTES = 50 * 1024 * 1024  # sum of all zip members, unpacked
MAX_MEMBER_COUNT = 1_000  # zip members
MAX_COMPRESSION_RATIO = 500  # per member, unpacked / packed (a blank 3,000-row table packs ~155:1) …
RATIO_CHECK_MIN_BYTES = 1024 * 1024  # … for members larger than this when unpacked
MAX_PARAGRAPHS = 60_000  # paragraphs in the main document part (table cells included)
MAX_TABLES = 3_000  # tables in the main document part
MAX_TABLE_ROWS = 5_000  # rows of one table
MAX_TABLE_CELLS = 100_000  # rows × columns of one table

CT_DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
REL_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
REL_STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


@dataclass
class PackageInfo:
    """Facts established by :func:`inspect_docx_package`."""

    main_part: str
    member_count: int
    uncompressed_bytes: int
    paragraph_count: int
    table_count: int
    max_table_rows: int



class DocxImportError(Exception):
    """The file was refused; ``message`` is shown to the user as is."""

    def __init__(self, message: str, report: list | None = None):
        super().__init__(message)
        self.message = message
        self.report = list(report or [])



# ==========================================================================
# Safety gate
# ==========================================================================

_MACRO_EXTENSIONS = (".docm", ".dotm")
_XML_DECLARED_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.\-]+)["']""")
_SAFE_XML_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf16", "utf-16le", "utf-16be", "us-ascii", "ascii"}
_STRUCTURE_TAG_RE = re.compile(rb"<(/?)(?:[A-Za-z_][\w.\-]*:)?(tbl|tr|tc|p)((?:\s[^>]*)?/?)>")
_SAFE_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)


def inspect_docx_package(data: bytes, filename: str = "") -> PackageInfo:
    """Refuse anything that is not a plain, reasonably sized Word document.

    Runs before python-docx touches the bytes.  Raises :class:`DocxImportError`
    with a Chinese message; returns :class:`PackageInfo` when the file is safe.
    """
    _check_file_size(data)
    _check_filename(filename)
    _check_magic_bytes(data)
    _check_declared_member_count(data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # BadZipFile, NotImplementedError (“zip file version”), struct errors …
        raise DocxImportError("文件不是有效的 Word 文档（.docx）：压缩包结构已损坏。") from exc
    with archive:
        members = archive.infolist()
        total = _check_members(members)
        content_types = _read_content_types(archive)
        _check_no_macros(members, content_types)
        main_part = _find_main_part(archive)
        _check_main_content_type(main_part, content_types)
        main_xml = _check_xml_parts(archive, members, content_types, main_part)
    paragraphs_count, tables, max_rows = _check_document_structure(main_xml)
    return PackageInfo(main_part, len(members), total, paragraphs_count, tables, max_rows)


def _check_file_size(data: bytes) -> None:
    if not data:
        raise DocxImportError("文件为空，请重新选择 Word 文档（.docx）。")
    if len(data) > MAX_FILE_BYTES:
        raise DocxImportError(
            f"文件过大（{_mb(len(data))}），最大允许 {_mb(MAX_FILE_BYTES)}。请删除大图片或拆分文档后再导入。"
        )


def _check_filename(filename: str) -> None:
    name = (filename or "").strip().lower()
    if name.endswith(_MACRO_EXTENSIONS):
        raise DocxImportError("不接受包含宏的 Word 文件（.docm/.dotm）。请在 Word 中另存为“Word 文档（*.docx）”后再导入。")
    if name.endswith(".doc") or name.endswith(".wps"):
        raise DocxImportError("不支持旧版 Word（.doc）或 WPS（.wps）格式，请另存为“Word 文档（*.docx）”后再导入。")
    if name and "." in name and not name.endswith(".docx"):
        ext = name.rsplit(".", 1)[-1]
        raise DocxImportError(f"只能导入 Word 文档（.docx），不能导入 .{ext} 文件。")


def _check_magic_bytes(data: bytes) -> None:
    head = data[:8]
    if head.startswith(b"%PDF"):
        raise DocxImportError("这是 PDF 文件，不是 Word 文档（.docx）。请上传 Word 原文件。")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise DocxImportError(
            "文件是旧版 Word（.doc）格式或设置了打开密码。请取消密码并另存为“Word 文档（*.docx）”后再导入。"
        )
    if not head.startswith(b"PK\x03\x04"):
        raise DocxImportError("文件不是有效的 Word 文档（.docx），无法读取。")


def _check_declared_member_count(data: bytes) -> None:
    """Read the entry count from the end-of-central-directory record, so a
    directory with millions of entries is refused before it is parsed."""
    tail = data[-(22 + 65_535):]
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or len(tail) - pos < 22:
        raise DocxImportError("文件不是有效的 Word 文档（.docx）：找不到压缩包目录。")
    total_entries, directory_size, directory_offset = struct.unpack("<HII", tail[pos + 10 : pos + 20])
    if total_entries == 0xFFFF or directory_size == 0xFFFFFFFF or directory_offset == 0xFFFFFFFF:
        raise DocxImportError("文件使用了 ZIP64 扩展格式，不像是普通的 Word 文档，已拒绝。")
    if total_entries > MAX_MEMBER_COUNT:
        raise DocxImportError(f"文件内部包含 {total_entries} 个部件，超过上限 {MAX_MEMBER_COUNT}，已拒绝。")


def _check_members(members: list[zipfile.ZipInfo]) -> int:
    """Member count, names, encryption, compression method and sizes."""
    if len(members) > MAX_MEMBER_COUNT:
        raise DocxImportError(f"文件内部包含 {len(members)} 个部件，超过上限 {MAX_MEMBER_COUNT}，已拒绝。")
    names = [info.filename for info in members]
    if len({name.lower() for name in names}) != len(names):
        raise DocxImportError("文件内部有重名部件，可能被篡改，已拒绝。")
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise DocxImportError("文件已加密或设置了密码，请取消密码后再导入。")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise DocxImportError(f"文件部件“{info.filename}”使用了不支持的压缩方式，已拒绝。")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECK_MIN_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise DocxImportError(
                f"文件部件“{info.filename}”的压缩比异常（约 {ratio:.0f}:1），疑似“压缩炸弹”，已拒绝。"
            )
        total += info.file_size
        if total > MAX_TOTAL_UNCOMPRESSED_BYTES:
            raise DocxImportError(
                f"文件解压后超过 {_mb(MAX_TOTAL_UNCOMPRESSED_BYTES)}，疑似“压缩炸弹”或包含过多图片，已拒绝。"
            )
    return total


def _read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """Unpack one member, never producing more than its declared size."""
    info = archive.getinfo(name)
    chunks: list[bytes] = []
    produced = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(1024 * 1024):
                produced += len(chunk)
                if produced > info.file_size or produced > MAX_TOTAL_UNCOMPRESSED_BYTES:
                    raise DocxImportError(f"文件部件“{name}”解压后的大小与声明不符，已拒绝。")
                chunks.append(chunk)
    except DocxImportError:
        raise
    except Exception as exc:  # zlib.error, BadZipFile (CRC), EOFError …
        raise DocxImportError(f"文件已损坏，无法读取部件“{name}”。") from exc
    return b"".join(chunks)


def _member_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Lower-case part name → stored member name (OPC part names ignore case)."""
    return {info.filename.lower(): info.filename for info in archive.infolist()}


def _read_content_types(archive: zipfile.ZipFile) -> _ContentTypes:
    stored = _member_names(archive).get("[content_types].xml")
    if stored is None:
        raise DocxImportError("文件缺少 [Content_Types].xml，不是有效的 Word 文档（.docx）。")
    xml = _read_member(archive, stored)
    _check_xml_bytes(stored, xml)
    root = _parse_xml(stored, xml)
    types = _ContentTypes()
    for element in root:
        tag = etree.QName(element).localname if isinstance(element.tag, str) else ""
        if tag == "Default":
            types.defaults[element.get("Extension", "").lower()] = element.get("ContentType", "")
        elif tag == "Override":
            types.overrides[element.get("PartName", "").lstrip("/").lower()] = element.get("ContentType", "")
    return types


@dataclass
class _ContentTypes:
    defaults: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, str] = field(default_factory=dict)

    def of(self, part_name: str) -> str:
        key = part_name.lstrip("/").lower()
        if key in self.overrides:
            return self.overrides[key]
        return self.defaults.get(posixpath.splitext(key)[1].lstrip("."), "")

    def all(self) -> Iterable[str]:
        return [*self.defaults.values(), *self.overrides.values()]


def _check_no_macros(members: list[zipfile.ZipInfo], content_types: _ContentTypes) -> None:
    for info in members:
        lowered = info.filename.lower()
        if posixpath.basename(lowered) in ("vbaproject.bin", "vbadata.xml"):
            raise DocxImportError("文件包含宏（VBA 代码），出于安全考虑已拒绝。请另存为不含宏的“Word 文档（*.docx）”。")
        if lowered.startswith("word/activex/"):
            raise DocxImportError("文件包含 ActiveX 控件，出于安全考虑已拒绝。请删除控件后再导入。")
    for content_type in content_types.all():
        lowered = content_type.lower()
        if "macroenabled" in lowered or "vbaproject" in lowered:
            raise DocxImportError("文件是启用宏的 Word 文档，出于安全考虑已拒绝。请另存为“Word 文档（*.docx）”后再导入。")


def _find_main_part(archive: zipfile.ZipFile) -> str:
    names = _member_names(archive)
    stored = names.get("_rels/.rels")
    if stored is None:
        raise DocxImportError("文件缺少包关系部件（_rels/.rels），不是有效的 Word 文档（.docx）。")
    xml = _read_member(archive, stored)
    _check_xml_bytes(stored, xml)
    root = _parse_xml(stored, xml)
    for rel in root:
        rel_type = rel.get("Type", "") if isinstance(rel.tag, str) else ""
        if rel_type == REL_STRICT_OFFICE_DOCUMENT:
            raise DocxImportError("文件是“严格 Open XML”格式，请在 Word 中另存为“Word 文档（*.docx）”后再导入。")
        if rel_type != REL_OFFICE_DOCUMENT:
            continue
        if rel.get("TargetMode", "Internal") != "Internal":
            raise DocxImportError("文件的主文档指向外部地址，已拒绝。")
        target = posixpath.normpath(posixpath.join("/", rel.get("Target", ""))).lstrip("/")
        if target.lower() in names:
            return names[target.lower()]
        raise DocxImportError(f"文件缺少主文档部件（{target}），不是完整的 Word 文档。")
    raise DocxImportError("文件中找不到主文档部件（word/document.xml），不是有效的 Word 文档（.docx）。")


def _check_main_content_type(main_part: str, content_types: _ContentTypes) -> None:
    content_type = content_types.of(main_part)
    if content_type == CT_DOCUMENT_MAIN:
        return
    if content_type == CT_TEMPLATE_MAIN:
        raise DocxImportError("这是 Word 模板（.dotx），请先用它新建文档并另存为 .docx 后再导入。")
    if "spreadsheetml" in content_type:
        raise DocxImportError("这是 Excel 表格文件，不是 Word 文档（.docx）。")
    if "presentationml" in content_type:
        raise DocxImportError("这是 PowerPoint 演示文稿，不是 Word 文档（.docx）。")
    raise DocxImportError(f"主文档部件的类型不正确（{content_type or '未声明'}），不是有效的 Word 文档（.docx）。")


def _is_xml_part(name: str, content_types: _ContentTypes) -> bool:
    lowered = name.lower()
    content_type = content_types.of(name).lower()
    return lowered.endswith((".xml", ".rels", ".vml")) or "xml" in content_type


def _check_xml_parts(
    archive: zipfile.ZipFile,
    members: list[zipfile.ZipInfo],
    content_types: _ContentTypes,
    main_part: str,
) -> bytes:
    """Refuse DTDs and entity declarations in every XML part; return the main part."""
    main_xml = b""
    for info in members:
        if info.is_dir() or not _is_xml_part(info.filename, content_types):
            continue
        xml = _read_member(archive, info.filename)
        _check_xml_bytes(info.filename, xml)
        if info.filename == main_part:
            main_xml = xml
    return main_xml


def _check_xml_bytes(name: str, xml: bytes) -> None:
    probe = xml.replace(b"\x00", b"") if b"\x00" in xml else xml
    if b"<!DOCTYPE" in probe or b"<!ENTITY" in probe:
        raise DocxImportError(f"文件部件“{name}”包含 DOCTYPE/实体声明（可能是 XML 攻击），出于安全考虑已拒绝。")
    declared = _XML_DECLARED_ENCODING_RE.match(probe.lstrip(b"\xef\xbb\xbf\xff\xfe"))
    if declared and declared.group(1).decode("ascii").lower() not in _SAFE_XML_ENCODINGS:
        raise DocxImportError(f"文件部件“{name}”使用了不支持的字符编码，已拒绝。")


def _parse_xml(name: str, xml: bytes) -> etree._Element:
    try:
        return etree.fromstring(xml, parser=_SAFE_XML_PARSER)
    except etree.XMLSyntaxError as exc:
        raise DocxImportError(f"文件已损坏：部件“{name}”不是有效的 XML。") from exc


def _check_document_structure(main_xml: bytes) -> tuple[int, int, int]:
    """Count paragraphs, tables and rows/cells per table without building a tree."""
    paragraph_count = table_count = max_rows = 0
    open_tables: list[list[int]] = []  # [rows, cells] per open table
    for match in _STRUCTURE_TAG_RE.finditer(main_xml):
        closing, tag, rest = match.group(1), match.group(2), match.group(3)
        self_closing = rest.endswith(b"/")
        if closing:
            if tag == b"tbl" and open_tables:
                open_tables.pop()
            continue
        if tag == b"p":
            paragraph_count += 1
            if paragraph_count > MAX_PARAGRAPHS:
                raise DocxImportError(f"文档段落过多（超过 {MAX_PARAGRAPHS} 段），请拆分后再导入。")
        elif tag == b"tbl":
            table_count += 1
            if table_count > MAX_TABLES:
                raise DocxImportError(f"文档表格过多（超过 {MAX_TABLES} 个），请拆分后再导入。")
            if not self_closing:
                open_tables.append([0, 0])
        elif tag == b"tr" and open_tables:
            open_tables[-1][0] += 1
            max_rows = max(max_rows, open_tables[-1][0])
            if open_tables[-1][0] > MAX_TABLE_ROWS:
                raise DocxImportError(f"文档中有表格超过 {MAX_TABLE_ROWS} 行，表格过大，请拆分后再导入。")
        elif tag == b"tc" and open_tables:
            open_tables[-1][1] += 1
            if open_tables[-1][1] > MAX_TABLE_CELLS:
                raise DocxImportError(f"文档中有表格超过 {MAX_TABLE_CELLS} 个单元格，表格过大，请拆分后再导入。")
    return paragraph_count, table_count, max_rows


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} 字节"

