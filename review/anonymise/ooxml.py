"""DOCX cleaning: metadata removed, identities in text reported as findings (R3, Art. 21)."""

from __future__ import annotations

import posixpath
import re
from dataclasses import replace
from urllib.parse import unquote

from lxml import etree

import review.anonymise.variants as variants
from review.anonymise.core import (
    AnonymisedFile,
    AnonymiseError,
    DEFAULT_LIMITS,
    DOCX_CONTENT_TYPE,
    Finding,
    IdentityProfile,
    KIND_LABELS,
    Limits,
    NEUTRAL_AUTHOR,
    UNCONFIRMED_KINDS,
    part_done,
)
from review.anonymise.matching import _findings_for, _mask, _Matcher
from review.anonymise.xmlparts import (
    _CP,
    _DC,
    _local,
    _ns,
    _O,
    _parse_xml,
    _PR,
    _R,
    _remove_keep_tail,
    _serialize,
    _strip_comments_and_pis,
    _SVG,
    _TEXT_ATTR_ELEMENTS,
    _TEXT_ATTRS,
    _text_units,
    _unit_text,
    _V,
    _W,
)
from review.anonymise.package import (
    bytes_of,
    head_of,
    spool_for,
    _load_docx,
    _Package,
    _read_zip,
    _rel_suffix,
    _rels_name_for,
    _source_of,
    _write_zip,
)
from review.anonymise.images import clean_raster, _detect_image, _RASTER_FORMATS
from review.anonymise.verification import _needles, _raw_scan

# --------------------------------------------------------------------------- DOCX cleaning


def _clean_attributes(root, part: str, matcher: _Matcher, findings: list[Finding], *, generic: bool = True) -> None:
    """Mask identity strings in attribute values (alt text, tooltips, field codes,
    content-control tags, style names ...): attributes are metadata, not body."""
    for el in root.iter(tag=etree.Element):
        el_local = _local(el.tag)
        for key, val in list(el.attrib.items()):
            if not val or len(val) < 2:
                continue
            local = _local(key)
            use_generic = generic and (
                local in _TEXT_ATTRS
                and (el_local in _TEXT_ATTR_ELEMENTS or local in ("descr", "title", "tooltip", "alt", "instr"))
            )
            ms = matcher.matches(val, generic=use_generic)
            ms = [m for m in ms if m.kind not in UNCONFIRMED_KINDS]
            if not ms:
                continue
            el.set(key, _mask(val, [(m.start, m.end) for m in ms]))
            for m in ms:
                findings.append(
                    Finding(
                        part,
                        m.kind,
                        f"已自动遮盖属性 {el_local}/@{local} 中的{KIND_LABELS.get(m.kind, m.kind)}",
                        m.text,
                        True,
                    )
                )


def _neutralise_word_xml(root, part: str) -> dict[str, int]:
    """Authors, dates, initials, rsids, image file names, XML comments."""
    stats = {"authors": 0, "dates": 0, "rsids": 0, "comments": _strip_comments_and_pis(root)}
    for el in list(root.iter(tag=etree.Element)):
        attrib = el.attrib
        for key in list(attrib):
            ns, local = _ns(key), _local(key)
            if local == "author":
                if attrib[key] != NEUTRAL_AUTHOR:
                    attrib[key] = NEUTRAL_AUTHOR
                    stats["authors"] += 1
            elif ns == _W and local == "initials":
                del attrib[key]
                stats["authors"] += 1
            elif (ns == _W and local == "date") or local == "dateUtc":
                del attrib[key]
                stats["dates"] += 1
            elif ns == _W and local.startswith("rsid"):
                del attrib[key]
                stats["rsids"] += 1
        el_local = _local(el.tag)
        if el_local in ("cNvPr", "docPr") and el.get("name") is not None:
            # python-docx and Word store the inserted image's file name here.
            el.set("name", f"图片 {el.get('id') or ''}".strip())
        elif el.tag == f"{{{_V}}}imagedata":
            for key in (f"{{{_O}}}title",):
                if key in el.attrib:
                    del el.attrib[key]
        elif el.tag == f"{{{_W}}}printerSettings":
            _remove_keep_tail(el)
    return stats


# savePreviewPicture makes Word write a cover thumbnail on the next save.
_SETTINGS_DROP = {
    "rsids",
    "docVars",
    "attachedTemplate",
    "mailMerge",
    "saveThroughXslt",
    "docId",
    "attachedSchema",
    "savePreviewPicture",
}
_SETTINGS_HEAD = ("writeProtection", "view", "zoom")


def _clean_settings(root, part: str, findings: list[Finding]) -> None:
    for child in list(root):
        local = _local(child.tag)
        if local in _SETTINGS_DROP:
            if local in ("docVars", "attachedTemplate", "mailMerge", "attachedSchema", "saveThroughXslt"):
                findings.append(
                    Finding(part, "metadata", f"已删除文档设置 {local}（可能含作者、模板路径或文档变量）", "", True)
                )
            _remove_keep_tail(child)
    present = {_local(c.tag) for c in root}
    insert_at = 0
    for i, child in enumerate(root):
        if _local(child.tag) in _SETTINGS_HEAD:
            insert_at = i + 1
    for local in ("removeDateAndTime", "removePersonalInformation"):
        if local not in present:
            root.insert(insert_at, etree.Element(f"{{{_W}}}{local}"))


def _prune_unreferenced_external(pkg: _Package, part: str, root) -> None:
    """Drop external relationships of ``part`` no longer referenced by any r:id."""
    rn = pkg.find(_rels_name_for(part))
    if rn is None or rn not in pkg.rels:
        return
    used = set()
    for el in root.iter(tag=etree.Element):
        for k, v in el.attrib.items():
            if _ns(k) in (_R, "http://purl.oclc.org/ooxml/officeDocument/relationships"):
                used.add(v)
    for rel in pkg.rels[rn].findall(f"{{{_PR}}}Relationship"):
        if (rel.get("TargetMode") or "") == "External" and rel.get("Id") not in used:
            pkg.rels[rn].remove(rel)


_CORE_KEEP_IF_CLEAN = {
    f"{{{_DC}}}title": "标题",
    f"{{{_DC}}}subject": "主题",
    f"{{{_CP}}}keywords": "关键词",
    f"{{{_DC}}}description": "备注",
    f"{{{_CP}}}category": "类别",
    f"{{{_CP}}}contentStatus": "状态",
    f"{{{_DC}}}language": "语言",
    f"{{{_DC}}}identifier": "标识符",
    f"{{{_CP}}}version": "版本",
}
_CORE_BLANK = {f"{{{_DC}}}creator": "作者", f"{{{_CP}}}lastModifiedBy": "最后修改者"}


def _clean_core(root, part: str, matcher: _Matcher, findings: list[Finding]) -> None:
    _strip_comments_and_pis(root)
    for child in list(root):
        tag = child.tag
        text = "".join(child.itertext()).strip()
        if tag in _CORE_BLANK:
            for sub in list(child):
                child.remove(sub)
            child.attrib.clear()
            child.text = ""
            if text:
                findings.append(Finding(part, "metadata", f"已清空文档属性“{_CORE_BLANK[tag]}”", "", True))
        elif tag == f"{{{_CP}}}revision":
            child.text = "1"
        elif tag in _CORE_KEEP_IF_CLEAN and len(child) == 0:
            if matcher.matches(text):
                _remove_keep_tail(child)
                findings.append(
                    Finding(part, "metadata", f"已删除含身份信息的文档属性“{_CORE_KEEP_IF_CLEAN[tag]}”", "", True)
                )
        else:
            # created/modified/lastPrinted (editing times) and anything unknown.
            _remove_keep_tail(child)


_APP_KEEP = {
    "Pages",
    "Words",
    "Characters",
    "Lines",
    "Paragraphs",
    "CharactersWithSpaces",
    "Application",
    "AppVersion",
    "DocSecurity",
    "ScaleCrop",
    "LinksUpToDate",
    "SharedDoc",
    "HyperlinksChanged",
}


def _clean_app(root, part: str, matcher: _Matcher, findings: list[Finding]) -> None:
    _strip_comments_and_pis(root)
    for child in list(root):
        local = _local(child.tag)
        text = "".join(child.itertext()).strip()
        if local in _APP_KEEP and len(child) == 0 and not matcher.matches(text):
            continue
        _remove_keep_tail(child)
        if text and local not in ("HeadingPairs", "TotalTime"):
            findings.append(Finding(part, "metadata", f"已删除文档属性 {local}", "", True))


def _clean_svg(root) -> None:
    for el in list(root.iter(f"{{{_SVG}}}metadata")):
        _remove_keep_tail(el)
    for el in root.iter(tag=etree.Element):
        for k in list(el.attrib):
            if "inkscape" in _ns(k) or "sodipodi" in _ns(k) or _local(k) in ("docname", "export-filename"):
                del el.attrib[k]


def _clean_rels(root, rels_name: str, matcher: _Matcher, findings: list[Finding]) -> None:
    _strip_comments_and_pis(root)
    for rel in root.findall(f"{{{_PR}}}Relationship"):
        if (rel.get("TargetMode") or "") != "External":
            continue
        target = rel.get("Target") or ""
        scheme = target.split(":", 1)[0].lower() if re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", target) else ""
        decoded = unquote(target)
        hit = bool(matcher.matches(decoded)) or bool(matcher.matches(target))
        if scheme in ("http", "https", "ftp", "ftps") and not hit:
            continue
        if scheme == "about" and target == "about:blank":
            continue
        rel.set("Target", "about:blank")
        why = "邮件地址" if scheme == "mailto" else ("身份信息" if hit else "本地文件路径")
        findings.append(Finding(rels_name, "link", f"已清除外部链接目标（{why}）", decoded if hit else "", True))


def _scan_text_units(root, part: str, matcher: _Matcher) -> list[Finding]:
    """Findings for the identity strings in every text unit of ``root`` (not removed)."""
    findings: list[Finding] = []
    texts = [_unit_text(unit) for unit in _text_units(root)]
    matcher.prepare(texts)
    for text in texts:
        findings += _findings_for(text, matcher.matches(text), part)
    if matcher.generic:
        # A 前言/后记 signature spans paragraphs (the name above, the date below): look again
        # across the part's paragraphs for names no single paragraph showed.
        joined = "\n".join(texts)
        seen = {f.matched for f in findings}
        for start, end, name in variants.signature_names(joined):
            if name in seen:
                continue
            line_start = joined.rfind("\n", 0, start) + 1
            line_end = joined.find("\n", end)
            line = joined[line_start: line_end if line_end >= 0 else len(joined)]
            spans = [(m.start, m.end) for m in matcher.matches(line)]
            here = (start - line_start, end - line_start)
            if any(s < here[1] and here[0] < e for s, e in spans):
                continue  # already part of a finding of its own paragraph
            seen.add(name)
            findings.append(Finding(part, "name", _mask(line, spans + [here]).strip(), name))
    return findings


_SAFE_NAME_RE = re.compile(r"^[A-Za-z0-9_\-./\[\]]+$")


_X15AC = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"


def _clean_embedded_opc(blob: bytes, part: str, matcher: _Matcher, limits: Limits) -> bytes | None:
    """Best-effort metadata cleaning of an embedded Office package (e.g. the
    workbook behind a chart): document properties, saved paths, comment and
    revision authors, XML comments, zip timestamps.  Returns None if ``blob``
    is not an Office package (e.g. a binary OLE object)."""
    if not isinstance(blob, bytes) or not blob.startswith(b"PK\x03\x04"):
        return None  # not a package, or too large to rewrite in memory (reported for checking)
    try:
        members = _read_zip(blob, limits, what="嵌入文件")
    except AnonymiseError:
        return None
    if not any(n.lower() == "[content_types].xml" for n, _ in members):
        return None
    sink: list[Finding] = []
    out: list[tuple[str, bytes]] = []
    for name, data in members:
        lname = name.lower()
        if lname.endswith((".xml", ".rels", ".vml")):
            try:
                root = _parse_xml(data, f"{part}!/{name}")
            except AnonymiseError:
                return None
            if lname == "docprops/core.xml":
                _clean_core(root, name, matcher, sink)
            elif lname == "docprops/app.xml":
                _clean_app(root, name, matcher, sink)
            elif lname == "docprops/custom.xml":
                for child in list(root):
                    root.remove(child)
            else:
                _neutralise_word_xml(root, name)
                for el in list(root.iter(f"{{{_X15AC}}}absPath")):
                    _remove_keep_tail(el)
                for el in root.iter(tag=etree.Element):
                    local = _local(el.tag)
                    if local == "author" and len(el) == 0 and el.text:  # spreadsheet comment authors
                        el.text = NEUTRAL_AUTHOR
                    for key in ("displayName", "userId", "providerId", "lastModifiedBy"):
                        if key in el.attrib:
                            el.set(key, NEUTRAL_AUTHOR if key == "displayName" else "")
                _clean_attributes(root, name, matcher, sink)
            data = _serialize(root)
        out.append((name, data))
    return _write_zip(out)


def _plan_renames(pkg: _Package, matcher: _Matcher) -> dict[str, str]:
    mapping: dict[str, str] = {}
    taken = {n.lower() for n in pkg.names}
    counter = 0
    for name in list(pkg.names):
        if name == pkg.ct_name or _source_of(name) is not None:
            continue
        if _SAFE_NAME_RE.match(name) and not matcher.profile_matches(name):
            continue
        d = posixpath.dirname(name)
        if not (_SAFE_NAME_RE.match(d or "x") and not matcher.profile_matches(d)):
            d = "word"
        ext = posixpath.splitext(name)[1].lower()
        if not re.match(r"^\.[a-z0-9]{1,8}$", ext):
            ext = ".bin"
        while True:
            counter += 1
            new = posixpath.join(d, f"part{counter}{ext}")
            if new.lower() not in taken:
                break
        taken.add(new.lower())
        mapping[name] = new
    return mapping


def anonymise_docx(
    source, profile: IdentityProfile | None = None, *, limits: Limits = DEFAULT_LIMITS, out: str | None = None
) -> AnonymisedFile:
    """Make a reviewer-safe copy of a DOCX.

    Metadata is removed automatically; identity strings in visible text are
    returned as findings (not removed) for an organiser to confirm and pass to
    :func:`apply_redactions`.  Raises :class:`AnonymiseError` for hostile or
    unsupported files.

    ``source`` is the file's bytes, or its path: then large binary parts are kept in
    temporary files, large photos are stripped in a stream, and the copy is written into the
    file ``out`` (the result's ``path``), so memory stays flat whatever the file's size.
    """
    with spool_for(source) as spool:
        return _anonymise_docx(source, profile, limits, spool, out if spool else None)


def _anonymise_docx(source, profile, limits: Limits, spool: str | None, out: str | None) -> AnonymisedFile:
    profile = profile or IdentityProfile()
    matcher = _Matcher(profile)
    pkg, _main = _load_docx(source, limits, spool)
    findings: list[Finding] = []
    drops: set[str] = set()

    # Parts nobody references are invisible in Word but still ship in the zip.
    reachable = pkg.reachable()
    for name in pkg.names:
        if name == pkg.ct_name:
            continue
        src = _source_of(name)
        if src is not None:
            if src == "" or pkg.find(src) in reachable:
                continue
        elif name in reachable:
            continue
        drops.add(name)
        findings.append(Finding(name, "metadata", "已删除未被引用的文档部件", "", True))

    rel_types = pkg.rel_types_by_target()
    for _rn, _src, rel, tgt in pkg.iter_rels():
        if _rel_suffix(rel.get("Type") or "") == "aFChunk" and tgt:
            findings.append(
                Finding(
                    tgt, "alt_chunk", "文档含外部导入内容（altChunk），其中可能含作者信息，无法自动检查，需人工处理"
                )
            )

    # A unit the text names in full in one paragraph or part is found by its short forms in all of them
    # (matcher.learn): the Word parts are parsed first, and each parse is used again below.
    parsed = {
        name: _parse_xml(bytes_of(pkg.blobs[name], limits.max_xml_bytes), name)
        for name in pkg.names
        if name not in drops and _source_of(name) is None and name.lower().startswith("word/")
        and name.lower().endswith(".xml") and not name.lower().startswith("word/embeddings/")
    }
    matcher.learn(_unit_text(unit) for root in parsed.values() for unit in _text_units(root))

    settings_parts: list[tuple[str, etree._Element]] = []
    for name in list(pkg.names):
        part_done()
        if name in drops or name == pkg.ct_name or _source_of(name) is not None:
            continue
        lname = name.lower()
        ct = pkg.content_type(name).lower()
        types = {_rel_suffix(t) for t in rel_types.get(name, ())}
        raw_types = rel_types.get(name, set())
        blob = pkg.blobs[name]

        if "core-properties" in types or ct.endswith("core-properties+xml"):
            root = _parse_xml(bytes_of(blob, limits.max_xml_bytes), name)
            _clean_core(root, name, matcher, findings)
            pkg.blobs[name] = _serialize(root)
        elif "extended-properties" in types or ct.endswith("extended-properties+xml"):
            root = _parse_xml(bytes_of(blob, limits.max_xml_bytes), name)
            _clean_app(root, name, matcher, findings)
            pkg.blobs[name] = _serialize(root)
        elif "custom-properties" in types or ct.endswith("custom-properties+xml"):
            drops.add(name)
            findings.append(Finding(name, "metadata", "已删除全部自定义文档属性", "", True))
        elif "thumbnail" in types:
            drops.add(name)
            findings.append(Finding(name, "metadata", "已删除文档缩略图（可能显示封面署名）", "", True))
        elif lname.startswith("customxml/") or "customXml" in types or "customxml" in ct:
            drops.add(name)
            findings.append(Finding(name, "metadata", "已删除自定义 XML 数据部件", "", True))
        elif (
            lname.startswith("_xmlsignatures/")
            or any("digital-signature" in t for t in raw_types)
            or "digital-signature" in ct
        ):
            drops.add(name)
            findings.append(Finding(name, "metadata", "已删除数字签名（含签名人证书信息）", "", True))
        elif "printerSettings" in types or "printersettings" in ct:
            drops.add(name)
            findings.append(Finding(name, "metadata", "已删除打印机设置（含打印机名称）", "", True))
        elif ct.endswith("wordprocessingml.people+xml") or "people" in types:
            root = _parse_xml(bytes_of(blob, limits.max_xml_bytes), name)
            if len(root):
                findings.append(Finding(name, "metadata", "已清空批注人员列表（people.xml）", "", True))
            for child in list(root):
                root.remove(child)
            _strip_comments_and_pis(root)
            pkg.blobs[name] = _serialize(root)
        elif (
            lname.startswith("word/embeddings/")
            or "oleobject" in ct
            or ct.endswith(".package")
            or {"oleObject", "package"} & types
        ):
            cleaned_blob = _clean_embedded_opc(blob, name, matcher, limits)
            if cleaned_blob is not None:
                pkg.blobs[name] = blob = cleaned_blob
                note = "文档含嵌入文件（如图表数据表），已清除其文档属性，但其内容仍可能含作者信息，需人工检查"
            else:
                note = "文档含嵌入对象（OLE），其内部可能含作者信息，无法自动清除，需人工处理"
            findings.append(Finding(name, "embedded_object", note))
            findings += _raw_scan(blob, name, _needles(matcher.literals), limits)
        elif "aFChunk" in types:
            findings += _raw_scan(blob, name, _needles(matcher.literals), limits)
        elif ct.startswith("image/") or "/media/" in lname or "image" in types:
            fmt = _detect_image(head_of(blob))
            if fmt in _RASTER_FORMATS:
                try:
                    pkg.blobs[name] = clean_raster(blob, fmt, limits, spool)
                except AnonymiseError as exc:
                    raise AnonymiseError(
                        f"文档中的图片 {posixpath.basename(name)} 无法处理：{exc.message}", exc.code
                    ) from exc
            elif fmt == "SVG":
                root = _parse_xml(bytes_of(blob, limits.max_xml_bytes), name)
                _strip_comments_and_pis(root)
                _clean_svg(root)
                _clean_attributes(root, name, matcher, findings)
                findings += _scan_text_units(root, name, matcher)
                pkg.blobs[name] = _serialize(root)
            elif fmt in ("EMF", "WMF"):
                findings += _raw_scan(blob, name, _needles(matcher.literals), limits, kind="media_text")
            else:
                findings.append(Finding(name, "unverified_media", "无法识别的媒体文件，无法检查其元数据，需人工处理"))
                findings += _raw_scan(blob, name, _needles(matcher.literals), limits)
        elif ct.endswith("xml") or lname.endswith((".xml", ".vml")):
            root = parsed.pop(name, None)
            if root is None:
                root = _parse_xml(bytes_of(blob, limits.max_xml_bytes), name)
            _neutralise_word_xml(root, name)
            if ct.endswith("wordprocessingml.settings+xml") or lname.endswith("/settings.xml"):
                _clean_settings(root, name, findings)
                settings_parts.append((name, root))
            _clean_attributes(root, name, matcher, findings)
            findings += _scan_text_units(root, name, matcher)
            pkg.blobs[name] = _serialize(root)
        else:
            # Fonts and other binaries: nothing to rewrite, but search them.
            findings += _raw_scan(blob, name, _needles(matcher.literals), limits)

    for name, root in settings_parts:
        _prune_unreferenced_external(pkg, name, root)
    for rn, root in pkg.rels.items():
        if rn not in drops:
            _clean_rels(root, rn, matcher, findings)

    pkg.drop(drops)
    # Parts reachable only through dropped parts are now orphans too.
    while True:
        reachable = pkg.reachable()
        orphans = {n for n in pkg.names if n != pkg.ct_name and _source_of(n) is None and n not in reachable}
        orphans |= {n for n in pkg.names if (src := _source_of(n)) not in (None, "") and pkg.find(src) is None}
        if not orphans:
            break
        pkg.drop(orphans)
    pkg.prune_content_types()

    mapping = _plan_renames(pkg, matcher)
    if mapping:
        findings.append(
            Finding(
                "[package]", "metadata", f"已将 {len(mapping)} 个含身份信息或非常规字符的部件改为中性名称", "", True
            )
        )
        pkg.rename(mapping)
        findings = [replace(f, part=mapping[f.part]) if f.part in mapping else f for f in findings]

    return AnonymisedFile(pkg.to_bytes(out) or b"", findings, content_type=DOCX_CONTENT_TYPE, path=out or "")
