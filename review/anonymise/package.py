"""Reading and writing OOXML zip packages within limits: member names, sizes, relationships."""

from __future__ import annotations

import contextlib
import io
import os
import posixpath
import re
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterable
from urllib.parse import unquote

from lxml import etree

from cms.ooxml_gate import DOCX, OoxmlRefused, check_ooxml
from review.anonymise.core import AnonymiseError, Limits
from review.anonymise.xmlparts import _CT, _parse_xml, _PR, _serialize

# --------------------------------------------------------------------------- zip package


def _check_name(name: str) -> None:
    if (
        not name
        or len(name) > 1024
        or "\x00" in name
        or "\\" in name
        or name.startswith("/")
        or re.match(r"^[A-Za-z]:", name)
        or any(seg in ("..", ".") for seg in name.split("/"))
        or "//" in name.rstrip("/")
    ):
        raise AnonymiseError("压缩包内含非法文件路径，可能是恶意构造的文件，已拒绝处理", "bad_zip")


_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Binary parts above this size are kept on disk while a file is anonymised from its path.
SPOOL_PART_BYTES = 8 * 1024 * 1024


class SpooledPart:
    """A large binary part (an embedded video, a high-resolution photo) kept in a temporary file
    instead of memory, so that anonymising a 1 GB manuscript keeps the server's memory flat."""

    def __init__(self, path: str, size: int):
        self.path = path
        self.size = size

    def __len__(self) -> int:
        return self.size

    def head(self, n: int = 4096) -> bytes:
        with open(self.path, "rb") as fh:
            return fh.read(n)

    def startswith(self, prefix: bytes) -> bool:
        return self.head(len(prefix)).startswith(prefix)

    def chunks(self, size: int = 1 << 20):
        with open(self.path, "rb") as fh:
            while chunk := fh.read(size):
                yield chunk

    def read(self, limit: int) -> bytes:
        """The whole part, only when it is within ``limit`` bytes (the caller's bound)."""
        if self.size > limit:
            raise AnonymiseError(f"文件或部件过大（超过 {limit // (1024 * 1024)} MB），无法整体读入处理", "too_large")
        with open(self.path, "rb") as fh:
            return fh.read()


Blob = bytes | SpooledPart


def head_of(blob: Blob, n: int = 4096) -> bytes:
    return blob[:n] if isinstance(blob, bytes) else blob.head(n)


def bytes_of(blob: Blob, limit: int) -> bytes:
    return blob if isinstance(blob, bytes) else blob.read(limit)


def is_path(source) -> bool:
    return isinstance(source, (str, os.PathLike))


def as_blob(source) -> Blob:
    """A source given as bytes or as a file's path, as a part that can be read in chunks."""
    return SpooledPart(os.fspath(source), os.path.getsize(source)) if is_path(source) else source


@contextlib.contextmanager
def spool_for(source):
    """A temporary directory for the large parts of a file read from its path (None for bytes:
    everything stays in memory as before)."""
    if not is_path(source):
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="anonymise-") as spool:
        yield spool


def _is_xml_name(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels", ".vml"))


def _open_zip(source, what: str) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    try:
        zf = zipfile.ZipFile(source if is_path(source) else io.BytesIO(source))
        return zf, zf.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        ValueError,
        OSError,
        EOFError,
        NotImplementedError,
        struct.error,
    ) as exc:
        raise AnonymiseError(f"{what}已损坏，不是有效的 DOCX（ZIP）文件", "not_zip") from exc


def _check_head(source, limits: Limits, what: str) -> None:
    if is_path(source):
        size = os.path.getsize(source)
        with open(source, "rb") as fh:
            head = fh.read(8)
    else:
        size, head = len(source), source[:8]
        # Whole inputs handed over as bytes are already in memory; files on disk are bounded by
        # the OOXML gate's absolute limits instead and read part by part.
        if size > limits.max_input_bytes:
            raise AnonymiseError(f"{what}过大（超过 {limits.max_input_bytes // (1024 * 1024)} MB），无法处理", "too_large")
    if not size:
        raise AnonymiseError("文件为空", "empty")
    if head.startswith(_CFB_MAGIC):
        raise AnonymiseError(
            "该文件为旧版 Word（.doc）格式或设置了打开密码，无法匿名化处理，请另存为未加密的 DOCX 后重新上传",
            "encrypted_or_doc",
        )
    if not head.startswith(b"PK\x03\x04"):
        raise AnonymiseError(f"{what}不是有效的 DOCX（ZIP）文件", "not_zip")
    # zipfile builds one object per central-directory entry before we can count
    # them; every entry starts with this signature, so this bounds the work.
    if not is_path(source) and source.count(b"PK\x01\x02") > limits.max_members:
        raise AnonymiseError(f"{what}包含的部件过多（超过 {limits.max_members} 个），已拒绝处理", "zip_bomb")


def _check_infos(infos: list[zipfile.ZipInfo], limits: Limits, what: str) -> None:
    if len(infos) > limits.max_members:
        raise AnonymiseError(f"{what}包含的部件过多（超过 {limits.max_members} 个），已拒绝处理", "zip_bomb")
    seen: set[str] = set()
    total = 0
    for info in infos:
        _check_name(info.filename)
        key = info.filename.lower()
        if key in seen:
            raise AnonymiseError("压缩包内含重复的文件名，可能是恶意构造的文件，已拒绝处理", "bad_zip")
        seen.add(key)
        if info.flag_bits & 0x1:
            raise AnonymiseError("文件已加密，无法匿名化处理，请取消密码后重新上传", "encrypted_or_doc")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise AnonymiseError("压缩包使用了不支持的压缩方式，已拒绝处理", "bad_zip")
        size, csize = info.file_size, info.compress_size
        if size < 0 or csize < 0:
            raise AnonymiseError(f"{what}已损坏", "bad_zip")
        too_big = size > limits.max_member_bytes
        if _is_xml_name(info.filename) and size > limits.max_xml_bytes:
            too_big = True
        # XML packs 200:1 in a legitimate 3,000-row table: it is bounded by its absolute limit
        # (max_xml_bytes, as in the gate); binary parts are not text and may not expand like that.
        bomb = (
            not _is_xml_name(info.filename)
            and size > limits.ratio_floor_bytes
            and (csize == 0 or size > csize * limits.max_ratio)
        )
        if too_big or bomb:
            raise AnonymiseError(f"{what}解压后体积异常（疑似压缩炸弹），已拒绝处理", "zip_bomb")
        total += size
        if total > limits.max_total_bytes:
            raise AnonymiseError(f"{what}解压后总体积过大（疑似压缩炸弹），已拒绝处理", "zip_bomb")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, what: str, spool: str | None) -> Blob:
    """One member, in memory or (a large binary one, when ``spool`` is a directory) in a file
    there; read in chunks and never beyond its declared size."""
    to_disk = spool is not None and info.file_size > SPOOL_PART_BYTES and not _is_xml_name(info.filename)
    chunks: list[bytes] = []
    n = 0
    try:
        with zf.open(info) as fh, (
            tempfile.NamedTemporaryFile(dir=spool, delete=False) if to_disk else contextlib.nullcontext()
        ) as out:
            while chunk := fh.read(1 << 20):
                n += len(chunk)
                if n > info.file_size:
                    raise AnonymiseError(f"{what}解压后体积与声明不符（疑似压缩炸弹），已拒绝处理", "zip_bomb")
                if out is None:
                    chunks.append(chunk)
                else:
                    out.write(chunk)
    except AnonymiseError:
        raise
    except (
        zipfile.BadZipFile,
        ValueError,
        OSError,
        EOFError,
        NotImplementedError,
        RuntimeError,
        struct.error,
        zlib.error,  # a damaged deflate stream (bit flips) is not a BadZipFile
    ) as exc:
        raise AnonymiseError(f"{what}已损坏，部分内容无法读取", "bad_zip") from exc
    return SpooledPart(out.name, n) if to_disk else b"".join(chunks)


def _read_zip(source, limits: Limits, *, what: str = "文件", spool: str | None = None) -> list[tuple[str, Blob]]:
    """Read all members of an untrusted zip (bytes or a file's path), refusing bombs before
    decompressing.  With ``spool`` (a temporary directory), binary members larger than
    ``SPOOL_PART_BYTES`` are written there and returned as :class:`SpooledPart`."""
    _check_head(source, limits, what)
    zf, infos = _open_zip(source, what)
    with zf:
        _check_infos(infos, limits, what)
        # directory entries carry nothing an OPC package needs
        return [(info.filename, _read_member(zf, info, what, spool)) for info in infos if not info.filename.endswith("/")]


def _write_zip(members: Iterable[tuple[str, Blob]], out: str | None = None) -> bytes | None:
    """Write a zip with neutral member metadata (no timestamps, owners or extras): into memory,
    or into the file ``out`` with spooled parts copied in chunks."""
    buf = io.BytesIO() if out is None else open(out, "wb")
    with buf, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            if isinstance(blob, bytes):
                zf.writestr(zi, blob)
                continue
            zi.compress_type = zipfile.ZIP_STORED  # large binaries are media, compressed already
            with zf.open(zi, "w", force_zip64=blob.size > 0x7FFFFFFF) as handle:
                for chunk in blob.chunks():
                    handle.write(chunk)
        zf.close()
        return buf.getvalue() if out is None else None


def _rels_name_for(part: str) -> str:
    d, b = posixpath.split(part)
    return posixpath.join(d, "_rels", b + ".rels") if part else "_rels/.rels"


_RELS_RE = re.compile(r"^(?:(.*)/)?_rels/([^/]*)\.rels$", re.I)


def _source_of(rels_name: str) -> str | None:
    m = _RELS_RE.match(rels_name)
    if not m:
        return None
    d, b = m.group(1) or "", m.group(2)
    if not b:
        return ""  # package relationships
    return posixpath.join(d, b) if d else b


def _resolve(source: str, target: str) -> str | None:
    t = unquote(target.split("#", 1)[0]).replace("\\", "/")
    if not t:
        return None
    if t.startswith("/"):
        p = t.lstrip("/")
    else:
        p = posixpath.join(posixpath.dirname(source), t)
    p = posixpath.normpath(p)
    if p.startswith("../") or p in ("..", "."):
        return None
    return p


def _rel_suffix(rel_type: str) -> str:
    return rel_type.rstrip("/").rsplit("/", 1)[-1]


class _Package:
    """An OPC package held in memory with its content types and relationships."""

    def __init__(self, members: list[tuple[str, bytes]]):
        self.names = [n for n, _ in members]
        self.blobs = dict(members)
        self.lower = {n.lower(): n for n in self.names}
        ct_name = self.lower.get("[content_types].xml")
        if ct_name is None:
            raise AnonymiseError("文件不是有效的 Word（.docx）文档（缺少 [Content_Types].xml）", "not_docx")
        self.ct_name = ct_name
        self.ct_root = _parse_xml(self.blobs[ct_name], ct_name)
        self._ct_cache = None
        self.rels: dict[str, etree._Element] = {}
        for n in self.names:
            if _source_of(n) is not None:
                self.rels[n] = _parse_xml(self.blobs[n], n)

    # -- lookups
    def find(self, name: str | None) -> str | None:
        if name is None:
            return None
        return self.lower.get(name.lower())

    def overrides(self) -> list:
        return self.ct_root.findall(f"{{{_CT}}}Override")

    def content_type(self, part: str) -> str:
        if self._ct_cache is None:
            overrides = {
                (o.get("PartName") or "").lstrip("/").lower(): o.get("ContentType") or "" for o in self.overrides()
            }
            defaults = {
                (d.get("Extension") or "").lower(): d.get("ContentType") or ""
                for d in self.ct_root.findall(f"{{{_CT}}}Default")
            }
            self._ct_cache = (overrides, defaults)
        overrides, defaults = self._ct_cache
        if part.lower() in overrides:
            return overrides[part.lower()]
        return defaults.get(posixpath.splitext(part)[1].lstrip(".").lower(), "")

    def iter_rels(self):
        """(rels_name, source_part, Relationship element, resolved target or None)."""
        for rn, root in list(self.rels.items()):
            src = _source_of(rn)
            for rel in root.findall(f"{{{_PR}}}Relationship"):
                if (rel.get("TargetMode") or "Internal") == "External":
                    yield rn, src, rel, None
                else:
                    yield rn, src, rel, self.find(_resolve(src, rel.get("Target") or ""))

    def main_part(self) -> str | None:
        root = self.rels.get(self.find("_rels/.rels") or "")
        if root is None:
            return None
        for rel in root.findall(f"{{{_PR}}}Relationship"):
            if (
                _rel_suffix(rel.get("Type") or "") == "officeDocument"
                and (rel.get("TargetMode") or "Internal") != "External"
            ):
                return self.find(_resolve("", rel.get("Target") or ""))
        return None

    def reachable(self) -> set[str]:
        seen: set[str] = set()
        queue = [""]
        while queue:
            src = queue.pop()
            rn = self.find(_rels_name_for(src))
            if rn is None or rn not in self.rels:
                continue
            for rel in self.rels[rn].findall(f"{{{_PR}}}Relationship"):
                if (rel.get("TargetMode") or "Internal") == "External":
                    continue
                tgt = self.find(_resolve(src, rel.get("Target") or ""))
                if tgt and tgt not in seen:
                    seen.add(tgt)
                    queue.append(tgt)
        return seen

    def rel_types_by_target(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for _rn, _src, rel, tgt in self.iter_rels():
            if tgt:
                out.setdefault(tgt, set()).add(rel.get("Type") or "")
        return out

    # -- mutation
    def drop(self, parts: Iterable[str]) -> None:
        parts = {p for p in parts if p in self.blobs}
        if not parts:
            return
        lowered = {p.lower() for p in parts}
        for _rn, _src, rel, tgt in list(self.iter_rels()):
            if tgt and tgt.lower() in lowered:
                rel.getparent().remove(rel)
        for p in parts:
            rn = self.find(_rels_name_for(p))
            for name in [p] + ([rn] if rn else []):
                if name in self.blobs:
                    del self.blobs[name]
                    self.names.remove(name)
                    self.lower.pop(name.lower(), None)
                    self.rels.pop(name, None)

    def prune_content_types(self) -> None:
        self._ct_cache = None
        for o in self.overrides():
            if self.find((o.get("PartName") or "").lstrip("/")) is None:
                self.ct_root.remove(o)

    def set_override(self, part: str, content_type: str) -> None:
        self._ct_cache = None
        for o in self.overrides():
            if (o.get("PartName") or "").lstrip("/").lower() == part.lower():
                o.set("ContentType", content_type)
                return
        el = etree.SubElement(self.ct_root, f"{{{_CT}}}Override")
        el.set("PartName", "/" + part)
        el.set("ContentType", content_type)

    def rename(self, mapping: dict[str, str]) -> None:
        """Rename parts, moving their relationship files and fixing every target."""
        if not mapping:
            return
        cts = {old: self.content_type(old) for old in mapping}
        rels_moves = {}
        for old, new in mapping.items():
            rn = self.find(_rels_name_for(old))
            if rn:
                rels_moves[rn] = _rels_name_for(new)
        for _rn, src, rel, tgt in list(self.iter_rels()):
            new_src = mapping.get(src, src)
            if tgt is None:
                continue
            new_tgt = mapping.get(tgt, tgt)
            if new_src != src or new_tgt != tgt:
                base = posixpath.dirname(new_src) or "."
                rel.set("Target", posixpath.relpath(new_tgt, base))
        full = {**mapping, **rels_moves}
        self._ct_cache = None
        for o in self.overrides():
            p = self.find((o.get("PartName") or "").lstrip("/"))
            if p in mapping:
                self.ct_root.remove(o)
        self.names = [full.get(n, n) for n in self.names]
        self.blobs = {full.get(n, n): b for n, b in self.blobs.items()}
        self.rels = {full.get(n, n): r for n, r in self.rels.items()}
        self.lower = {n.lower(): n for n in self.names}
        for old, new in mapping.items():
            if cts[old]:
                self.set_override(new, cts[old])

    def to_bytes(self, out: str | None = None) -> bytes | None:
        """The package as a zip: bytes, or written into the file ``out`` (then None)."""
        self.blobs[self.ct_name] = _serialize(self.ct_root)
        for rn, root in self.rels.items():
            if rn in self.blobs:
                self.blobs[rn] = _serialize(root)
        first = [self.ct_name]
        root_rels = self.find("_rels/.rels")
        if root_rels:
            first.append(root_rels)
        order = first + [n for n in self.names if n not in first]
        return _write_zip(((n, self.blobs[n]) for n in order), out)


# The shared gate's reasons, as the anonymiser has always named them to its callers.
_GATE_CODES = {
    "encrypted_or_binary": "encrypted_or_doc",
    "too_large": "zip_bomb",
    "too_many_parts": "zip_bomb",
    "part_too_large": "zip_bomb",
    "total_too_large": "zip_bomb",
    "forged_size": "zip_bomb",
    "xml_encoding": "xml_dtd",
    "wrong_kind": "not_docx",
    "not_ooxml": "not_docx",
}


def _gate(source) -> None:
    """The platform's one OOXML safety gate (cms.ooxml_gate, shared with uploads and importers)
    before anything here parses the package."""
    if not (os.path.getsize(source) if is_path(source) else source):
        raise AnonymiseError("文件为空", "empty")
    try:
        check_ooxml(source, kind=DOCX)
    except OoxmlRefused as exc:
        raise AnonymiseError(exc.message, _GATE_CODES.get(exc.code, exc.code)) from exc


def _load_docx(source, limits: Limits, spool: str | None = None) -> tuple[_Package, str]:
    """The package of a DOCX given as bytes or as a file's path (then large binary parts are
    spooled into ``spool``)."""
    _gate(source)
    members = _read_zip(source, limits, spool=spool)
    pkg = _Package(members)
    main = pkg.main_part()
    if main is None:  # the gate checked the main part; a package it let through always has one
        raise AnonymiseError("文件不是有效的 Word（.docx）文档", "not_docx")
    return pkg, main
