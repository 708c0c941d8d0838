"""Safe XML parsing and text-run helpers for OOXML parts (no DTDs, no entities)."""

from __future__ import annotations

import re

from lxml import etree

from review.anonymise.core import AnonymiseError, MASK

# --------------------------------------------------------------------------- XML helpers

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_O = "urn:schemas-microsoft-com:office:office"
_V = "urn:schemas-microsoft-com:vml"
_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_SVG = "http://www.w3.org/2000/svg"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

_W_P, _A_P = f"{{{_W}}}p", f"{{{_A}}}p"
_TEXT_TAGS = (f"{{{_W}}}t", f"{{{_W}}}delText", f"{{{_A}}}t", f"{{{_M}}}t")
_INSTR_TAGS = (f"{{{_W}}}instrText", f"{{{_W}}}delInstrText")
_W_PRESERVE = {f"{{{_W}}}t", f"{{{_W}}}delText", f"{{{_W}}}instrText", f"{{{_W}}}delInstrText"}
# Attributes that carry free text (alt text, tooltips, field codes, names):
# generic contact patterns are applied to these; profile strings to all attributes.
_TEXT_ATTRS = frozenset({"descr", "title", "name", "tooltip", "alt", "instr", "href", "author", "initials", "val"})
_TEXT_ATTR_ELEMENTS = frozenset(
    {"docPr", "cNvPr", "hyperlink", "fldSimple", "shape", "imagedata", "alias", "tag", "docVar"}
)

_DTD_RE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.I)
_DTD_STR_RE = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.I)


def _looks_utf16(raw: bytes) -> bool:
    return raw[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(raw) >= 2 and (raw[0] == 0) != (raw[1] == 0))


def _parse_xml(raw: bytes, part: str) -> etree._Element:
    """Parse untrusted XML: no DTD, no entities, no network, bounded depth."""
    if _looks_utf16(raw):
        try:
            has_dtd = bool(_DTD_STR_RE.search(raw.decode("utf-16")))
        except UnicodeDecodeError as exc:
            raise AnonymiseError(f"文档内容损坏（{part} 编码无效），无法处理", "bad_xml") from exc
    else:
        has_dtd = bool(_DTD_RE.search(raw))
    if has_dtd:
        raise AnonymiseError("文档包含 DOCTYPE/ENTITY 声明，可能是恶意构造的文件，已拒绝处理", "xml_dtd")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        collect_ids=False,
        remove_blank_text=False,
    )
    try:
        root = etree.fromstring(raw, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise AnonymiseError(f"文档结构损坏（{part} 不是有效的 XML），无法处理", "bad_xml") from exc
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise AnonymiseError("文档包含 DOCTYPE/ENTITY 声明，可能是恶意构造的文件，已拒绝处理", "xml_dtd")
    return root


def _serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _local(tag) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _ns(tag) -> str:
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].split("}", 1)[0]
    return ""


def _remove_keep_tail(node) -> None:
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    if tail:
        prev = node.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)


def _strip_comments_and_pis(root) -> int:
    nodes = root.xpath("//comment() | //processing-instruction()")
    for n in nodes:
        _remove_keep_tail(n)
    return len(nodes)


def _text_units(root) -> list[list]:
    """Groups of text-bearing elements whose concatenated text is searched as one
    string: the visible text and the field codes of each paragraph, then every
    other element with text of its own (metadata values, chart caches ...)."""
    groups: dict = {}
    order: list = []
    grouped = set()
    for el in root.iter(*_TEXT_TAGS, *_INSTR_TAGS):
        anc = el.getparent()
        while anc is not None and anc.tag not in (_W_P, _A_P):
            anc = anc.getparent()
        if anc is None:
            continue
        key = (anc, el.tag in _INSTR_TAGS)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(el)
        grouped.add(el)
    units = [groups[k] for k in order]
    for el in root.iter(tag=etree.Element):
        if el not in grouped and el.text and el.text.strip():
            units.append([el])
    return units


def _rewrite_unit(unit: list, spans: list[tuple[int, int]], repl: str = MASK) -> None:
    """Replace character spans of the concatenated unit text with ``repl``,
    keeping each element's own remaining text (and so the run formatting)."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    pos = 0
    for el in unit:
        t = el.text or ""
        ns, ne = pos, pos + len(t)
        pos = ne
        out, cur, changed = [], ns, False
        for s, e in merged:
            if e <= ns or s >= ne:
                continue
            changed = True
            if s > cur:
                out.append(t[cur - ns : s - ns])
                cur = s
            if s >= ns:
                out.append(repl)
            cur = max(cur, min(e, ne))
        if not changed:
            continue
        out.append(t[cur - ns :])
        new = "".join(out)
        el.text = new
        if el.tag in _W_PRESERVE and new != new.strip():
            el.set(_XML_SPACE, "preserve")


def _unit_text(unit: list) -> str:
    return "".join(el.text or "" for el in unit)
