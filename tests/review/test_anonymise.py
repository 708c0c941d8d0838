"""Tests for review.anonymise (blind review, rule R3 / Art. 21).

Run without Django:
    .venv/bin/python -m pytest tests/review/test_anonymise.py -p no:django -q
"""

from __future__ import annotations

import io
import re
import struct
import unicodedata
import zipfile
from collections import defaultdict

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from PIL import Image

from review.anonymise import (
    MASK,
    NEUTRAL_AUTHOR,
    AnonymiseError,
    Finding,
    IdentityProfile,
    Limits,
    anonymise_docx,
    anonymise_file,
    anonymise_image,
    apply_redactions,
    neutral_file_name,
    redaction_strings,
    scan_text,
    verify_clean,
)
from tests.review import hostile_files as hf

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
PROFILE = IdentityProfile(**hf.PROFILE_KW)


# ---------------------------------------------------------------- independent leak checker
#
# Deliberately does not reuse review.anonymise: it searches every byte of every
# member in several encodings, every decoded XML text node / attribute / comment,
# and every piece of image metadata Pillow can decode (incl. compressed zTXt).

_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "gbk")


def _squash(text: str) -> str:
    return re.sub(r"[\s\u200b-\u200d\ufeff]+", "", unicodedata.normalize("NFKC", text)).lower()


def _image_texts(blob: bytes) -> list[str]:
    out: list[str] = []
    try:
        with Image.open(io.BytesIO(blob)) as im:
            for k, v in im.info.items():
                out.append(str(k))
                if isinstance(v, bytes):
                    out += [v.decode("latin-1"), v.decode("utf-8", "ignore"), v.decode("utf-16-le", "ignore")]
                else:
                    out.append(str(v))
            exif = im.getexif()
            ifds = [exif] + [exif.get_ifd(t) for t in (0x8769, 0x8825, 0xA005)]
            for ifd in ifds:
                for v in ifd.values():
                    if isinstance(v, bytes):
                        out += [v.decode("latin-1"), v.decode("utf-16-le", "ignore")]
                    else:
                        out.append(str(v))
            out += [str(v) for v in getattr(im, "text", {}).values()]
    except Exception:
        pass
    return out


def find_leaks(data: bytes, markers) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = defaultdict(list)

    def check_bytes(blob: bytes, where: str) -> None:
        low = blob.lower()
        for m in markers:
            for enc in _ENCODINGS:
                try:
                    b = m.encode(enc)
                except UnicodeEncodeError:
                    continue
                if b in blob or b.lower() in low:
                    hits[m].append(f"{where} [{enc}]")
                    break

    def check_text(text: str, where: str) -> None:
        squashed = _squash(text)
        for m in markers:
            if _squash(m) in squashed:
                hits[m].append(where)

    check_bytes(data, "<zip container>")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        check_text(zf.comment.decode("utf-8", "ignore"), "<zip comment>")
        for info in zf.infolist():
            check_text(info.filename, f"<member name {info.filename!r}>")
            check_bytes(info.extra, f"<extra {info.filename}>")
            check_bytes(info.comment, f"<comment {info.filename}>")
            blob = zf.read(info)
            check_bytes(blob, info.filename)
            if blob.lstrip()[:1] == b"<" or blob[:5] == b"<?xml" or blob[:2] in (b"\xff\xfe", b"\xfe\xff"):
                try:
                    root = etree.fromstring(blob, etree.XMLParser(resolve_entities=False, no_network=True))
                except etree.XMLSyntaxError:
                    continue
                pieces = []
                for el in root.iter():
                    pieces.append(el.text or "")
                    pieces.append(el.tail or "")
                    if isinstance(el.tag, str):
                        pieces += list(el.attrib.values())
                for piece in pieces:
                    if piece:
                        check_text(piece, f"{info.filename} (xml text/attr)")
            else:
                for t in _image_texts(blob):
                    check_text(t, f"{info.filename} (image metadata)")
    return dict(hits)


@pytest.fixture(scope="module")
def planted():
    return hf.build_planted_docx()


@pytest.fixture(scope="module")
def anonymised(planted):
    return anonymise_docx(planted.data, PROFILE)


@pytest.fixture(scope="module")
def released(anonymised):
    """What a reviewer would receive: anonymised, then the organiser's redactions."""
    return apply_redactions(anonymised.content, anonymised.findings)


def _members(data: bytes) -> dict[str, bytes]:
    return hf.read_members(data)


# ---------------------------------------------------------------- the leak checker works


def test_leak_checker_finds_every_planted_string_in_the_original(planted):
    hits = find_leaks(planted.data, planted.markers)
    missing = [m for m in planted.markers if m not in hits]
    assert not missing, f"fixture or checker is broken, not found: {missing}"
    # It looks inside image metadata too (GPS, XPAuthor in UTF-16, compressed zTXt).
    assert any("media" in w for w in hits[hf.META["xp_author"]])
    assert any("image metadata" in w or "media" in w for w in hits[hf.META["png_ztxt"]])
    assert any("zip" in w for w in hits[hf.META["zip_comment"]])


def test_leak_checker_catches_a_single_leftover(released):
    members = _members(released)
    members["word/footer1.xml"] = members["word/footer1.xml"].replace(MASK.encode(), hf.PHONE.encode())
    leaky = hf.write_members(list(members.items()))
    assert hf.PHONE in find_leaks(leaky, [hf.PHONE])


# ---------------------------------------------------------------- the main guarantee


def test_no_planted_string_survives_anywhere(released, planted):
    hits = find_leaks(released, planted.markers)
    assert hits == {}, hits


def test_anonymised_file_leaks_only_the_visible_text_awaiting_redaction(anonymised, planted):
    """Before redaction only body-text identities remain; all metadata is gone."""
    hits = find_leaks(anonymised.content, planted.markers)
    metadata_markers = [v for k, v in hf.META.items() if k != "sdt_tag_name"]
    assert not [m for m in metadata_markers if m in hits], hits
    for marker, where in hits.items():
        assert marker in hf.all_markers()[:8], marker
        assert all(
            w.startswith(
                (
                    "word/document.xml",
                    "word/header",
                    "word/footer",
                    "word/footnotes",
                    "word/comments",
                    "<zip container>",
                )
            )
            for w in where
        ), where


def test_verify_clean_is_a_release_gate(planted, anonymised, released):
    markers = planted.markers
    assert verify_clean(planted.data, PROFILE, markers)
    assert verify_clean(anonymised.content, PROFILE, markers)  # body text not yet redacted
    assert verify_clean(released, PROFILE, markers) == []


def test_no_editing_timestamps_survive(planted, released):
    stamps = ["2024-03-05T", "2024-03-06T", "2024-03-07T", "2024-03-08T"]
    assert set(find_leaks(planted.data, stamps)) == set(stamps)
    assert find_leaks(released, stamps) == {}
    core = etree.fromstring(_members(released)["docProps/core.xml"])
    assert not [c for c in core if etree.QName(c).localname in ("created", "modified", "lastPrinted")]


def test_zip_container_is_neutral(released):
    with zipfile.ZipFile(io.BytesIO(released)) as zf:
        assert zf.comment == b""
        for info in zf.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.extra == b""
            assert re.fullmatch(r"[A-Za-z0-9_\-./\[\]]+", info.filename), info.filename
        assert zf.infolist()[0].filename == "[Content_Types].xml"


# ---------------------------------------------------------------- validity


def test_python_docx_opens_output_and_clean_text_is_intact(released, planted):
    doc = Document(io.BytesIO(released))
    texts = [p.text for p in doc.paragraphs]
    for clean in planted.clean_paragraphs:
        assert any(t.startswith(clean) for t in texts), clean
    assert "本教材由" + MASK + "主编，供技工院校数控加工专业使用。" in texts
    assert f"联系邮箱：{MASK}，手机：{MASK}，办公室电话：{MASK}。" in texts
    assert [[c.text for c in row.cells] for row in doc.tables[0].rows] == [["学习任务", "学时"], ["阶梯轴车削", "12"]]
    assert doc.sections[0].header.paragraphs[0].text.startswith(MASK + " 内部资料")
    assert doc.sections[0].footer.paragraphs[0].text == f"编写组电话 {MASK}"
    assert len(doc.inline_shapes) == 2
    assert doc.core_properties.keywords == "数控加工;工学一体化"
    # python-docx can read and save it again.
    doc.save(io.BytesIO())


def _check_package_consistency(data: bytes) -> None:
    members = _members(data)
    names_lower = {n.lower() for n in members}
    ct = etree.fromstring(members["[Content_Types].xml"])
    defaults = {d.get("Extension").lower() for d in ct.findall(f"{{{CT}}}Default")}
    overrides = {o.get("PartName").lstrip("/").lower() for o in ct.findall(f"{{{CT}}}Override")}
    assert overrides <= names_lower, overrides - names_lower
    reachable = set()
    for name, blob in members.items():
        if name == "[Content_Types].xml":
            continue
        ext = name.rsplit(".", 1)[-1].lower()
        assert name.lower() in overrides or ext in defaults, f"no content type for {name}"
        m = re.match(r"^(?:(.*)/)?_rels/([^/]*)\.rels$", name)
        if not m:
            continue
        source = "/".join(x for x in (m.group(1), m.group(2)) if x)
        if source:
            assert source.lower() in names_lower, f"rels for missing part {source}"
        ids = set()
        for rel in etree.fromstring(blob).findall(f"{{{PR}}}Relationship"):
            assert rel.get("Id") not in ids
            ids.add(rel.get("Id"))
            if rel.get("TargetMode") == "External":
                continue
            base = source.rsplit("/", 1)[0] if "/" in source else ""
            target = rel.get("Target")
            path = target.lstrip("/") if target.startswith("/") else "/".join(x for x in (base, target) if x)
            parts = []
            for seg in path.split("/"):
                if seg == "..":
                    parts.pop()
                elif seg and seg != ".":
                    parts.append(seg)
            path = "/".join(parts)
            assert path.lower() in names_lower, f"dangling relationship {source} -> {target}"
            reachable.add(path.lower())
    for name in members:
        if name == "[Content_Types].xml" or "_rels/" in name:
            continue
        assert name.lower() in reachable, f"unreferenced part {name}"


def test_package_is_consistent(anonymised, released):
    _check_package_consistency(anonymised.content)
    _check_package_consistency(released)


def test_output_can_be_anonymised_again(released):
    again = anonymise_docx(released, PROFILE)
    assert [f for f in again.findings if not f.cleaned] == []
    Document(io.BytesIO(again.content))


# ---------------------------------------------------------------- metadata is removed by structure


def test_core_and_app_properties(released):
    doc = Document(io.BytesIO(released))
    cp = doc.core_properties
    assert cp.author == "" and cp.last_modified_by == ""
    assert cp.revision == 1
    assert cp.created is None and cp.modified is None and cp.last_printed is None
    assert cp.title == "" and cp.subject == "" and cp.category == "" and cp.comments == ""
    app = etree.fromstring(_members(released)["docProps/app.xml"])
    kept = {etree.QName(c).localname for c in app}
    assert kept <= {"Pages", "Words", "Application", "AppVersion"}
    assert not {"Company", "Manager", "HyperlinkBase", "Template", "TotalTime"} & kept


def test_dropped_parts(released):
    names = set(_members(released))
    assert "docProps/custom.xml" not in names
    assert "docProps/thumbnail.jpeg" not in names
    assert not [n for n in names if n.lower().startswith("customxml/")]
    assert not [n for n in names if "printersettings" in n.lower()]
    assert "word/leftover.xml" not in names
    root_rels = _members(released)["_rels/.rels"].decode()
    assert "custom-properties" not in root_rels and "thumbnail" not in root_rels


def test_authors_dates_rsids_and_settings(released):
    members = _members(released)
    for name, blob in members.items():
        if not name.endswith(".xml") or name == "[Content_Types].xml":
            continue
        root = etree.fromstring(blob)
        for el in root.iter(tag=etree.Element):
            for key, val in el.attrib.items():
                local = etree.QName(key).localname
                if local == "author":
                    assert val == NEUTRAL_AUTHOR, (name, el.tag)
                assert not (local.startswith("rsid") and key.startswith(f"{{{W}}}")), (name, key)
                assert local not in ("date", "dateUtc", "initials"), (name, key)
        assert not root.xpath("//comment()"), name
    settings = etree.fromstring(members["word/settings.xml"])
    locals_ = [etree.QName(c).localname for c in settings]
    assert not {"rsids", "docVars", "attachedTemplate", "docId", "mailMerge"} & set(locals_)
    assert "removePersonalInformation" in locals_ and "removeDateAndTime" in locals_
    assert locals_.index("removePersonalInformation") < locals_.index("removeDateAndTime")
    assert b"Relationship " not in members.get("word/_rels/settings.xml.rels", b"")
    people = etree.fromstring(members["word/people.xml"])
    assert len(people) == 0
    comments = etree.fromstring(members["word/comments.xml"])
    authors = {c.get(f"{{{W}}}author") for c in comments.iter(f"{{{W}}}comment")}
    assert authors == {NEUTRAL_AUTHOR}
    doc_xml = etree.fromstring(members["word/document.xml"])
    assert {e.get(f"{{{W}}}author") for e in doc_xml.iter(f"{{{W}}}ins", f"{{{W}}}del")} == {NEUTRAL_AUTHOR}
    assert not list(doc_xml.iter(f"{{{W}}}printerSettings"))
    names = [e.get("name") for e in doc_xml.iter("{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr")]
    assert names and all(n.startswith("图片") for n in names)


def test_external_links_are_neutralised(released):
    rels = etree.fromstring(_members(released)["word/_rels/document.xml.rels"])
    external = [r.get("Target") for r in rels if r.get("TargetMode") == "External"]
    assert external == ["about:blank"]


def test_images_inside_docx_have_no_metadata(released):
    media = {n: b for n, b in _members(released).items() if "/media/" in n}
    assert len(media) == 2
    for name, blob in media.items():
        with Image.open(io.BytesIO(blob)) as im:
            assert not im.getexif(), name
            assert not {"exif", "icc_profile", "xmp", "comment", "XML:com.adobe.xmp", "Author"} & set(im.info), (
                name,
                im.info.keys(),
            )
            assert not getattr(im, "text", {}), name
            assert im.size in ((64, 48), (40, 30))


def test_images_keep_their_pixels():
    png = hf.make_png_with_text()
    out = anonymise_image(png)
    with Image.open(io.BytesIO(png)) as a, Image.open(io.BytesIO(out)) as b:
        assert a.mode == b.mode == "RGBA"
        # The planted ICC profile is sRGB, so conversion to sRGB is (nearly) the identity.
        diff = max(abs(x - y) for x, y in zip(a.tobytes(), b.tobytes(), strict=True))
        assert diff <= 2


# ---------------------------------------------------------------- findings


def test_findings_list_visible_occurrences(anonymised):
    pending = [f for f in anonymised.findings if not f.cleaned]
    by = defaultdict(set)
    for f in pending:
        by[f.part].add(f.kind)
    assert {"name", "email", "phone", "unit"} <= by["word/document.xml"]
    assert by["word/header1.xml"] == {"unit"}
    assert by["word/footer1.xml"] == {"phone"}
    assert by["word/footnotes.xml"] == {"email"}
    assert by["word/comments.xml"] == {"name"}
    matched = {f.matched for f in pending}
    assert {hf.NAME, "张 三 丰", hf.NAME_LATIN, hf.UNIT, hf.PUBLISHER, hf.EMAIL, hf.PHONE, hf.LANDLINE} <= matched
    # The tracked deletion, the text box and the field result are found too.
    excerpts = " ".join(f.excerpt for f in pending)
    assert "执笔人" + MASK in excerpts and "文本框：审稿联系人电话 " + MASK in excerpts


def test_findings_never_show_identity_in_excerpt_or_repr(anonymised):
    for f in anonymised.findings:
        for marker in hf.all_markers():
            assert _squash(marker) not in _squash(f.excerpt), (f, marker)
            assert marker not in repr(f)
        assert f.message and f.label and f.part_label


def test_metadata_findings_are_marked_cleaned(anonymised):
    cleaned = [f for f in anonymised.findings if f.cleaned]
    parts = {f.part for f in cleaned}
    assert {"docProps/core.xml", "docProps/app.xml", "docProps/custom.xml", "word/people.xml"} <= parts
    assert all(f.action == "已自动清除" for f in cleaned)
    assert {f.part_label for f in anonymised.findings if f.part == "word/header1.xml"} == {"页眉"}


def test_metadata_is_removed_even_with_an_empty_profile(planted):
    result = anonymise_docx(planted.data, IdentityProfile())
    metadata_markers = [v for k, v in hf.META.items() if k not in ("sdt_tag_name",)]
    hits = find_leaks(result.content, metadata_markers)
    assert hits == {}, hits
    # Generic patterns still report e-mails and phones in the text.
    kinds = {f.kind for f in result.findings if not f.cleaned}
    assert {"email", "phone"} <= kinds


def test_redaction_strings_helper(anonymised):
    strings = redaction_strings(anonymised.findings)
    assert hf.NAME in strings and hf.EMAIL in strings
    assert "" not in strings and len(strings) == len(set(strings))


# ---------------------------------------------------------------- redaction


def _doc_with_runs(runs: list[str], bold_index: int | None = None) -> bytes:
    doc = Document()
    p = doc.add_paragraph()
    for i, r in enumerate(runs):
        run = p.add_run(r)
        if i == bold_index:
            run.bold = True
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_redaction_across_runs_keeps_formatting():
    data = _doc_with_runs(["前言：", "本书由张", "三", "丰、", "武当山职业", "技术学院编写。"], bold_index=0)
    out = apply_redactions(data, ["张三丰", "武当山职业技术学院"])
    p = Document(io.BytesIO(out)).paragraphs[0]
    assert p.text == f"前言：本书由{MASK}、{MASK}编写。"
    assert p.runs[0].bold is True and p.runs[0].text == "前言："
    assert len(p.runs) == 6


def test_redaction_is_whitespace_and_width_tolerant():
    data = _doc_with_runs(["联系人：张 三　丰，电话１３９ １２３４ ５６７８，ZSF.LEAK@Wudang-Q7.edu.cn"])
    out = apply_redactions(data, ["张三丰", "13912345678", hf.EMAIL])
    assert Document(io.BytesIO(out)).paragraphs[0].text == f"联系人：{MASK}，电话{MASK}，{MASK}"


def test_redaction_accepts_findings_and_rejects_single_characters():
    data = _doc_with_runs(["作者张三丰"])
    findings = scan_text("作者张三丰", IdentityProfile(names=["张三丰"]))
    assert Document(io.BytesIO(apply_redactions(data, findings))).paragraphs[0].text == "作者" + MASK
    with pytest.raises(AnonymiseError) as exc:
        apply_redactions(data, ["张"])
    assert "至少" in exc.value.message
    assert Document(io.BytesIO(apply_redactions(data, []))).paragraphs[0].text == "作者张三丰"


def test_redaction_reaches_metadata_text_and_attributes():
    doc = Document()
    doc.core_properties.title = "数控加工（内部代号 QX-LEAK-77）"
    doc.add_paragraph("正文")
    buf = io.BytesIO()
    doc.save(buf)
    out = apply_redactions(buf.getvalue(), ["QX-LEAK-77"])
    assert not find_leaks(out, ["QX-LEAK-77"])


_SAFE_ALPHABET = st.sampled_from(
    list(
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法"
    )
    + list("，。；：、（）0123456789 ab")
)
_TEXT = st.text(alphabet=_SAFE_ALPHABET, max_size=25)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=_TEXT, suffix=_TEXT, cuts=st.lists(st.integers(min_value=0, max_value=60), max_size=6))
def test_property_redaction_survives_any_run_split(prefix, suffix, cuts):
    text = prefix + "张三丰" + suffix
    bounds = sorted({c for c in cuts if 0 < c < len(text)})
    runs = [text[a:b] for a, b in zip([0, *bounds], [*bounds, len(text)], strict=True)]
    out = apply_redactions(_doc_with_runs(runs), ["张三丰"])
    para = Document(io.BytesIO(out)).paragraphs[0]
    assert para.text == prefix + MASK + suffix
    assert len(para.runs) == len(runs)


@settings(max_examples=200, deadline=None)
@given(
    prefix=_TEXT,
    suffix=_TEXT,
    gaps=st.lists(st.sampled_from(["", " ", "\u3000", "\u00a0", "\u200b", "  "]), min_size=2, max_size=2),
)
def test_property_scan_finds_spaced_names_and_masks_them(prefix, suffix, gaps):
    spaced = "张" + gaps[0] + "三" + gaps[1] + "丰"
    text = prefix + spaced + suffix
    findings = scan_text(text, IdentityProfile(names=["张三丰"]), generic=False)
    assert [f.matched for f in findings] == [spaced]
    assert all("张三丰" not in _squash(f.excerpt) for f in findings)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_property_scan_never_crashes_and_never_echoes_matches(text):
    profile = IdentityProfile(names=["张三丰"], phones=["13912345678"], emails=["a.b@c.cn"])
    for f in scan_text(text, profile):
        assert f.matched
        if f.kind in ("name", "phone", "email"):
            assert f.matched not in f.excerpt or f.matched == MASK


# ---------------------------------------------------------------- scan_text


def test_scan_text_profile_and_generic_patterns():
    text = (
        "审稿专家李 四 光（重庆机电技师学院）意见：请联系 lisi@cq-jd.edu.cn 或 (023)6543 2100、"
        "+86 138-0013-8000，QQ：12345678，身份证 500101198001011234。主编：王五"
    )
    profile = IdentityProfile(names=["李四光"], units=["重庆机电技师学院"])
    kinds = [(f.kind, f.matched) for f in scan_text(text, profile, part="response_letter")]
    assert ("name", "李 四 光") in kinds
    assert ("unit", "重庆机电技师学院") in kinds
    assert ("email", "lisi@cq-jd.edu.cn") in kinds
    assert ("phone", "(023)6543 2100") in kinds
    assert any(k == "phone" and m.endswith("138-0013-8000") for k, m in kinds)
    assert ("contact", "12345678") in kinds
    assert ("id_number", "500101198001011234") in kinds
    # A person after a signature cue is a name, registered or not, and is masked like one.
    signed = next(f for f in scan_text(text, profile) if f.matched == "王五")
    assert signed.kind == "name" and signed.suggest_redaction


def test_scan_text_phone_variants_and_no_false_positives():
    profile = IdentityProfile(phones=["023-87654321", "+86 139 1234 5678"])
    for variant in [
        "02387654321",
        "023 8765 4321",
        "（023）87654321",
        "87654321",
        "13912345678",
        "139-1234-5678",
        "１３９１２３４５６７８",
    ]:
        assert [f.kind for f in scan_text(f"电话{variant}。", profile, generic=False)] == ["phone"], variant
    neutral = "ISBN 978-7-5167-1234-5，2024-03-05 出版，定价 39.80 元，共 287654321 字，学时 12。"
    # No phone among these digits; the ISBN is the book's own, which finds its authors in any catalogue (R3, v8).
    assert [(f.kind, f.matched) for f in scan_text(neutral, profile)] == [("contact", "978-7-5167-1234-5")]


def test_scan_text_latin_names_respect_word_boundaries():
    profile = IdentityProfile(names=["Li Na"])
    assert [f.matched for f in scan_text("Reviewed by LI  NA.", profile)] == ["LI  NA"]
    assert scan_text("Linalool and Lina are not names here.", profile, generic=False) == []
    assert [f.matched for f in scan_text("LiNa, Li-Na", profile)] == ["LiNa", "Li-Na"]
    assert [f.matched for f in scan_text("ZhangSanfeng", IdentityProfile(names=["Zhang Sanfeng"]))] == ["ZhangSanfeng"]


def test_scan_text_overlapping_profile_strings_prefer_longest():
    profile = IdentityProfile(names=["张三丰"], units=["张三丰技能大师工作室"])
    f = scan_text("来自张三丰技能大师工作室", profile)
    assert [(x.kind, x.matched) for x in f] == [("unit", "张三丰技能大师工作室")]


# ---------------------------------------------------------------- images


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP"])
def test_image_formats_are_preserved_and_stripped(fmt):
    im = hf.gradient((30, 20))
    buf = io.BytesIO()
    kwargs = {}
    if fmt in ("JPEG", "PNG", "WEBP", "TIFF"):
        kwargs["exif"] = hf.planted_exif()
    if fmt == "TIFF":
        kwargs["tiffinfo"] = {315: hf.META["exif_artist"], 270: hf.META["exif_desc"]}
    if fmt == "GIF":
        im = im.convert("P")
        kwargs["comment"] = hf.META["jpeg_comment"]
    im.save(buf, fmt, **kwargs)
    src = buf.getvalue()
    planted = hf.META["jpeg_comment"] if fmt == "GIF" else hf.META["exif_artist"]
    if fmt != "BMP":  # BMP cannot carry metadata at all
        assert find_leaks(hf.write_members([("x", src)]), [planted])
    out = anonymise_image(src)
    with Image.open(io.BytesIO(out)) as res:
        assert res.format == fmt
        assert res.size == (30, 20)
        exif = res.getexif()
        assert not {270, 271, 272, 305, 306, 315, 33432, 34665, 34853, 40093} & set(exif), dict(exif)
        assert not exif.get_ifd(0x8825)
    markers = [hf.META["exif_artist"], hf.META["exif_desc"], hf.META["xp_author"], hf.META["jpeg_comment"]]
    assert find_leaks(hf.write_members([("img", out)]), markers) == {}


def test_lossless_pixels_are_identical():
    for fmt in ("PNG", "TIFF", "BMP"):
        im = hf.gradient((33, 17))
        buf = io.BytesIO()
        im.save(buf, fmt)
        out = anonymise_image(buf.getvalue())
        with Image.open(io.BytesIO(out)) as res:
            assert res.convert("RGB").tobytes() == im.tobytes(), fmt


def test_palette_transparency_and_webp_lossless_preserved():
    im = Image.new("P", (8, 8), 1)
    im.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    im.putpixel((0, 0), 0)
    buf = io.BytesIO()
    im.save(buf, "PNG", transparency=0)
    out = anonymise_image(buf.getvalue())
    with Image.open(io.BytesIO(out)) as res:
        assert res.mode == "P" and res.info.get("transparency") == 0
        assert res.convert("RGBA").getpixel((0, 0))[3] == 0 and res.convert("RGBA").getpixel((1, 1)) == (255, 0, 0, 255)
    src = hf.gradient((16, 16), "RGBA")
    buf = io.BytesIO()
    src.save(buf, "WEBP", lossless=True, exif=hf.planted_exif())
    out = anonymise_image(buf.getvalue())
    with Image.open(io.BytesIO(out)) as res:
        assert res.convert("RGBA").tobytes() == src.tobytes()


def test_exif_orientation_is_applied_before_stripping():
    data = hf.make_jpeg_with_metadata(size=(40, 20), orientation=6)
    out = anonymise_image(data)
    with Image.open(io.BytesIO(out)) as res:
        assert res.size == (20, 40)
        assert not res.getexif()


def test_jpeg_output_has_only_jfif_headers():
    out = anonymise_image(hf.make_jpeg_with_metadata())
    pos, markers = 2, []
    while out[pos + 1] != 0xDA:
        markers.append(out[pos + 1])
        pos += 2 + struct.unpack(">H", out[pos + 2 : pos + 4])[0]
    assert [m for m in markers if 0xE1 <= m <= 0xEF or m == 0xFE] == []


def test_animated_gif_keeps_frames_and_drops_comment():
    out = anonymise_image(hf.gif_animation(3))
    with Image.open(io.BytesIO(out)) as res:
        assert res.format == "GIF" and res.n_frames == 3
        assert "comment" not in res.info
    assert not find_leaks(hf.write_members([("g", out)]), [hf.META["jpeg_comment"]])


def test_icc_profile_is_dropped():
    out = anonymise_image(hf.make_jpeg_with_metadata())
    with Image.open(io.BytesIO(out)) as res:
        assert "icc_profile" not in res.info
    # An unparsable profile is dropped too, pixels unchanged.
    buf = io.BytesIO()
    hf.gradient((10, 10)).save(buf, "PNG", icc_profile=b"garbage-icc-" + hf.META["icc_desc"].encode())
    out = anonymise_image(buf.getvalue())
    assert hf.META["icc_desc"].encode() not in out


@pytest.mark.parametrize(
    "builder, code",
    [
        (hf.png_dimension_bomb, "image_bomb"),
        (hf.png_ztxt_bomb, "image_corrupt"),
        (hf.truncated_jpeg, "image_corrupt"),
        (lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "image_corrupt"),
        (lambda: b"not an image at all", "unsupported_type"),
        (lambda: b"", "image_corrupt"),
    ],
)
def test_hostile_images_are_refused(builder, code):
    # How fast: benchmarks/hostile_files_benchmark.py (a shared machine makes a timed assert lie).
    with pytest.raises(AnonymiseError) as exc:
        anonymise_image(builder())
    assert exc.value.code == code
    assert re.search(r"[\u4e00-\u9fff]", exc.value.message)


def test_max_pixels_is_enforced():
    buf = io.BytesIO()
    hf.gradient((100, 100)).save(buf, "PNG")
    with pytest.raises(AnonymiseError) as exc:
        anonymise_image(buf.getvalue(), max_pixels=5000)
    assert exc.value.code == "image_bomb" and "像素" in exc.value.message
    assert anonymise_image(buf.getvalue(), max_pixels=10_000)


def test_every_page_of_a_multipage_tiff_is_size_checked():
    buf = io.BytesIO()
    Image.new("1", (10, 10)).save(
        buf, "TIFF", save_all=True, append_images=[Image.new("1", (300, 300))], compression="group4"
    )
    with pytest.raises(AnonymiseError) as exc:
        anonymise_image(buf.getvalue(), max_pixels=50_000)
    assert exc.value.code == "image_bomb"
    with Image.open(io.BytesIO(anonymise_image(buf.getvalue()))) as res:
        assert res.n_frames == 2


def test_docx_containing_an_image_bomb_is_refused():
    members = hf.read_members(hf.build_planted_docx().data)
    png = next(n for n in members if n.endswith(".png"))
    members[png] = hf.png_dimension_bomb()
    with pytest.raises(AnonymiseError) as exc:
        anonymise_docx(hf.write_members(list(members.items())), PROFILE)
    assert exc.value.code == "image_bomb"


# ---------------------------------------------------------------- hostile documents


@pytest.mark.parametrize(
    "builder, code",
    [
        (lambda: b"", "empty"),
        (lambda: b"hello, this is not a zip", "not_zip"),
        # Truncated packages: the shared OOXML gate (cms.ooxml_gate) calls them damaged.
        (lambda: b"PK\x03\x04" + b"\x00" * 100, "bad_zip"),
        (lambda: hf.minimal_docx()[:-200], "bad_zip"),
        (lambda: hf.CFB_FILE, "encrypted_or_doc"),
        # Judged by absolute sizes (cms/ooxml_gate.py): 30 MB of zeros is under the XML part limit and
        # refused as broken XML; past the limit it is a zip bomb, whatever the compression ratio.
        (hf.zip_bomb_docx, "bad_xml"),
        (lambda: hf.zip_bomb_docx(megabytes=80), "zip_bomb"),
        (hf.forged_huge_size_docx, "zip_bomb"),
        (hf.forged_small_size_docx, "bad_zip"),
        (hf.too_many_members_docx, "zip_bomb"),
        (hf.encrypted_flag_docx, "encrypted_or_doc"),
        (hf.path_traversal_docx, "bad_zip"),
        (hf.duplicate_name_docx, "bad_zip"),
        (lambda: hf.docx_with_document_xml(hf.BILLION_LAUGHS), "xml_dtd"),
        (lambda: hf.docx_with_document_xml(hf.XXE), "xml_dtd"),
        (lambda: hf.docx_with_document_xml(hf.UTF16_DOCTYPE), "xml_dtd"),
        (lambda: hf.docx_with_document_xml(hf.deep_nesting_xml()), "xml_depth"),
        (lambda: hf.docx_with_document_xml(hf.deep_nesting_xml(100_000)), "xml_depth"),
        (lambda: hf.docx_with_document_xml(b"<w:document><unclosed>"), "bad_xml"),
        (hf.docm_with_vba, "macro"),
        (hf.macro_content_type_only, "macro"),
        (hf.xlsx_like_zip, "not_docx"),
        # The shared gate refuses ActiveX with macros (its message names ActiveX).
        (lambda: hf.edit_docx(hf.minimal_docx(), add={"word/activeX/activeX1.xml": b"<ax/>"}), "macro"),
        (lambda: hf.edit_docx(hf.minimal_docx(), remove=["[Content_Types].xml"]), "not_docx"),
    ],
)
def test_hostile_documents_are_refused(builder, code):
    data = builder()
    with pytest.raises(AnonymiseError) as exc:
        anonymise_docx(data, PROFILE)
    assert exc.value.code == code, exc.value.message
    assert re.search(r"[\u4e00-\u9fff]", exc.value.message), exc.value.message
    # apply_redactions reads with the same guards.
    with pytest.raises(AnonymiseError):
        apply_redactions(data, ["张三丰"])


def test_macro_message_is_specific():
    with pytest.raises(AnonymiseError) as exc:
        anonymise_docx(hf.docm_with_vba())
    assert "宏" in exc.value.message


def test_limits_are_configurable():
    with pytest.raises(AnonymiseError) as exc:
        anonymise_docx(hf.minimal_docx(), limits=Limits(max_members=5))
    assert exc.value.code == "zip_bomb"
    with pytest.raises(AnonymiseError):
        anonymise_docx(hf.minimal_docx(), limits=Limits(max_input_bytes=1000))


def test_embedded_objects_and_altchunks_are_reported():
    doc = Document()
    doc.add_paragraph("正文")
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    ole = Part(
        PackURI("/word/embeddings/oleObject1.bin"),
        "application/vnd.openxmlformats-officedocument.oleObject",
        b"\x00OLE" + hf.NAME.encode("utf-16-le"),
        doc.part.package,
    )
    doc.part.relate_to(ole, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject")
    chunk = Part(
        PackURI("/word/afchunk.htm"),
        "application/xhtml+xml",
        f"<html><body>{hf.NAME}</body></html>".encode(),
        doc.part.package,
    )
    doc.part.relate_to(chunk, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")
    buf = io.BytesIO()
    doc.save(buf)
    result = anonymise_docx(buf.getvalue(), PROFILE)
    kinds = {f.kind for f in result.findings if f.needs_manual_review}
    assert {"embedded_object", "alt_chunk", "residual"} <= kinds
    assert any(f.part == "word/embeddings/oleObject1.bin" and f.matched == hf.NAME for f in result.findings)


def test_embedded_workbook_metadata_is_cleaned():
    wb = hf.write_members(
        [
            ("[Content_Types].xml", b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
            (
                "docProps/core.xml",
                b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>LeakWorkbookCreatorQ7</dc:creator></cp:coreProperties>',
            ),
            (
                "xl/workbook.xml",
                b'<workbook xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac">'
                b'<x15ac:absPath url="C:\\Users\\LeakXlsxUserQ7\\Desktop\\"/></workbook>',
            ),
            ("xl/comments1.xml", b"<comments><authors><author>LeakXlsxAuthorQ7</author></authors></comments>"),
        ]
    )
    doc = Document()
    doc.add_paragraph("图表")
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part = Part(
        PackURI("/word/embeddings/Microsoft_Excel_Worksheet.xlsx"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        wb,
        doc.part.package,
    )
    doc.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package")
    buf = io.BytesIO()
    doc.save(buf)
    result = anonymise_docx(buf.getvalue(), PROFILE)
    markers = ["LeakWorkbookCreatorQ7", "LeakXlsxUserQ7", "LeakXlsxAuthorQ7"]
    inner = _members(result.content)["word/embeddings/Microsoft_Excel_Worksheet.xlsx"]
    assert find_leaks(inner, markers) == {}
    assert any(f.kind == "embedded_object" and f.needs_manual_review for f in result.findings)


# ---------------------------------------------------------------- files and names


def test_anonymise_file_docx(planted):
    result = anonymise_file(planted.data, hf.ORIGINAL_FILE_NAME, PROFILE, "审-2026-7F3K")
    assert result.file_name == "审-2026-7F3K_书稿_01.docx"
    assert result.content_type.endswith("wordprocessingml.document")
    name_findings = [f for f in result.findings if f.kind == "file_name"]
    assert name_findings and all(f.cleaned for f in name_findings)
    assert hf.NAME not in result.file_name and hf.UNIT not in result.file_name
    Document(io.BytesIO(result.content))


def test_anonymise_file_image_detects_type_from_content():
    jpeg = hf.make_jpeg_with_metadata()
    result = anonymise_file(jpeg, f"{hf.NAME}.png", PROFILE, "审-2026-7F3K", kind="插图", index=3)
    assert result.file_name == "审-2026-7F3K_插图_03.jpg"
    assert result.content_type == "image/jpeg"
    assert find_leaks(hf.write_members([("i", result.content)]), hf.all_markers()) == {}


@pytest.mark.parametrize("data", [b"plain text", hf.xlsx_like_zip()])
def test_anonymise_file_refuses_other_types(data):
    with pytest.raises(AnonymiseError) as exc:
        anonymise_file(data, "教材.pdf", PROFILE, "审-2026-7F3K")
    assert exc.value.message == "该文件类型无法匿名化处理，请上传 DOCX、PDF 或图片格式"


def test_anonymise_file_refuses_doc_and_macros():
    with pytest.raises(AnonymiseError) as exc:
        anonymise_file(hf.CFB_FILE, "a.doc", PROFILE, "C1")
    assert "DOCX" in exc.value.message
    with pytest.raises(AnonymiseError) as exc:
        anonymise_file(hf.docm_with_vba(), "a.docx", PROFILE, "C1")
    assert exc.value.code == "macro"


def test_neutral_file_name():
    assert neutral_file_name("审-2026-7F3K", "书稿", 1, "docx") == "审-2026-7F3K_书稿_01.docx"
    assert neutral_file_name("审-2026-7F3K", "附件", 12, ".PNG") == "审-2026-7F3K_附件_12.png"
    assert neutral_file_name("../审/2026\\x", "书稿", 2, "docx") == "审-2026-x_书稿_02.docx"
    for bad in [dict(code=""), dict(ext="do/cx"), dict(ext=""), dict(index=-1)]:
        kwargs = dict(code="C1", kind="书稿", index=1, ext="docx") | bad
        with pytest.raises(ValueError):
            neutral_file_name(**kwargs)


def test_identity_profile_accepts_single_strings_and_ignores_blanks():
    profile = IdentityProfile(names="张三丰", units=["", "  "], phones=None)
    assert profile.strings() == ["张三丰"]
    assert IdentityProfile().is_empty()
    assert isinstance(scan_text("", profile), list) and scan_text("", profile) == []
    assert isinstance(Finding("p", "name", "x"), Finding)
