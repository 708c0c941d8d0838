"""Fixture builders for the anonymiser tests.

* ``build_planted_docx`` makes a DOCX with a unique identity marker planted in
  every place an author's identity is known to leak from (metadata, comments,
  revisions, headers/footers, footnotes, text boxes, images' EXIF/XMP/ICC/PNG
  text, part names, zip comment ...).
* The other builders make hostile or broken files (zip bombs, forged sizes,
  DOCTYPE tricks, macro documents, image bombs ...).

No Django here: these are plain bytes factories.
"""

from __future__ import annotations

import io
import struct
import warnings
import zipfile
import zlib
from dataclasses import dataclass, field

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Inches
from lxml import etree
from PIL import ExifTags, Image, ImageCms, PngImagePlugin

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)

# ---------------------------------------------------------------- identities

NAME = "张三丰"
NAME_LATIN = "Zhang Sanfeng"
UNIT = "武当山职业技术学院"
PUBLISHER = "太极拳出版社"
EMAIL = "zsf.leak@wudang-q7.edu.cn"
PHONE = "13912345678"
LANDLINE = "023-87654321"

# Metadata markers: NOT in the profile, so the anonymiser must remove them by
# structure (not by matching) -- a stronger test.
META = {
    "core_creator": "LeakCoreCreatorQ7",
    "core_lastmod": "LeakLastModByQ7",
    "app_company": "LeakCompanyQ7",
    "app_manager": "LeakManagerQ7",
    "app_hlinkbase": "leak-hyperlinkbase-q7",
    "app_template": "LeakTemplateQ7",
    "custom_prop": "LeakCustomPropQ7",
    "custom_xml": "LeakCustomXmlQ7",
    "comment_author": "LeakCommentAuthorQ7",
    "comment_initials": "LQ7INIT",
    "people_author": "LeakPeopleAuthorQ7",
    "people_userid": "leak.people.q7@corp-q7.example",
    "ins_author": "LeakInsAuthorQ7",
    "del_author": "LeakDelAuthorQ7",
    "hdr_author": "LeakHdrAuthorQ7",
    "style_author": "LeakStyleAuthorQ7",
    "ftn_author": "LeakFtnAuthorQ7",
    "docvar": "LeakDocVarQ7",
    "template_user": "LeakWinUserQ7",
    "thumb_artist": "LeakThumbArtistQ7",
    "orphan": "LeakOrphanPartQ7",
    "xml_comment": "LeakXmlCommentQ7",
    "zip_comment": "LeakZipCommentQ7",
    "printer": "LeakPrinterQ7",
    "exif_artist": "ExifArtistQ7",
    "exif_copyright": "ExifCopyrightQ7",
    "exif_desc": "ExifDescriptionQ7",
    "exif_make": "ExifCameraOwnerQ7",
    "xp_author": "赵六七八",  # EXIF XPAuthor, UTF-16LE
    "xmp_creator": "XmpCreatorQ7",
    "jpeg_comment": "JpegCommentQ7",
    "icc_desc": "IccLeakQ7",
    "png_author": "PngAuthorQ7",
    "png_itxt": "钱九十一",  # PNG iTXt, UTF-8
    "png_ztxt": "PngZtxtQ7",
    "sdt_tag_name": NAME,
}

# Identity strings in visible text: reported, then redacted.
PROFILE_KW = dict(
    names=[NAME, NAME_LATIN],
    units=[UNIT, PUBLISHER],
    emails=[EMAIL],
    phones=[PHONE, LANDLINE],
)

CLEAN_PARAGRAPHS = [
    "第一章 数控车床的基本操作",
    "学习任务一：阶梯轴的车削加工（建议 12 学时）",
    "工作要求：遵守安全操作规程，正确使用量具，按 6S 管理整理现场。",
]

ORIGINAL_FILE_NAME = f"{NAME}_{UNIT}_数控教材终稿.docx"

GPS_LAT = (29.0, 33.0, 41.5)


def all_markers() -> list[str]:
    """Every planted string whose bytes must not survive anonymisation + redaction."""
    out = [NAME, NAME_LATIN, UNIT, PUBLISHER, EMAIL, PHONE, "87654321", "Sanfeng"]
    out += [v for v in META.values() if v not in out]
    return out


# ---------------------------------------------------------------- images


def _xmp_packet(creator: str) -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq>'
        f"<rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def _icc_with_marker(marker: str) -> bytes:
    base = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return base + marker.encode("ascii") * 2


def planted_exif(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = META["exif_artist"]
    exif[ExifTags.Base.Copyright] = META["exif_copyright"]
    exif[ExifTags.Base.ImageDescription] = META["exif_desc"]
    exif[ExifTags.Base.Make] = META["exif_make"]
    exif[ExifTags.Base.XPAuthor] = META["xp_author"].encode("utf-16-le") + b"\x00\x00"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = GPS_LAT
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (106.0, 33.0, 1.0)
    return exif


def gradient(size=(64, 48), mode="RGB") -> Image.Image:
    w, h = size
    im = Image.new("RGB", size)
    im.putdata([((x * 255) // w, (y * 255) // h, ((x + y) * 7) % 256) for y in range(h) for x in range(w)])
    return im.convert(mode) if mode != "RGB" else im


def _insert_jpeg_segment(jpeg: bytes, marker: int, payload: bytes) -> bytes:
    """Insert a segment after the existing APPn segments (keeps JFIF/Exif first)."""
    seg = bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload
    pos = 2
    while 0xE0 <= jpeg[pos + 1] <= 0xEF:
        pos += 2 + struct.unpack(">H", jpeg[pos + 2 : pos + 4])[0]
    return jpeg[:pos] + seg + jpeg[pos:]


def make_jpeg_with_metadata(size=(64, 48), orientation: int | None = None) -> bytes:
    buf = io.BytesIO()
    gradient(size).save(
        buf,
        "JPEG",
        quality=92,
        exif=planted_exif(orientation),
        comment=META["jpeg_comment"].encode("ascii"),
        icc_profile=_icc_with_marker(META["icc_desc"]),
    )
    data = buf.getvalue()
    # XMP APP1 segment.
    return _insert_jpeg_segment(data, 0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + _xmp_packet(META["xmp_creator"]))


def make_png_with_text(size=(40, 30), mode="RGBA") -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", META["png_author"])
    info.add_itxt("Description", META["png_itxt"], lang="zh", tkey="描述")
    info.add_text("Comment", META["png_ztxt"], zip=True)
    info.add_text("XML:com.adobe.xmp", _xmp_packet(META["xmp_creator"]).decode("utf-8"))
    buf = io.BytesIO()
    gradient(size, mode).save(
        buf, "PNG", pnginfo=info, exif=planted_exif(), icc_profile=_icc_with_marker(META["icc_desc"])
    )
    return buf.getvalue()


def make_thumbnail_jpeg() -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = META["thumb_artist"]
    buf = io.BytesIO()
    gradient((32, 32)).save(buf, "JPEG", exif=exif)
    return buf.getvalue()


# ---------------------------------------------------------------- zip helpers


def read_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_members(
    members, *, comment: bytes = b"", date_time=(2023, 5, 6, 7, 8, 9), compression=zipfile.ZIP_DEFLATED
) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names on purpose
        with zipfile.ZipFile(buf, "w", compression) as zf:
            for name, blob in members:
                zi = zipfile.ZipInfo(name, date_time=date_time)
                zi.compress_type = compression
                zf.writestr(zi, blob)
            zf.comment = comment
    return buf.getvalue()


def edit_docx(data: bytes, replace: dict | None = None, add: dict | None = None, remove=()) -> bytes:
    members = read_members(data)
    for name in remove:
        members.pop(name, None)
    for name, value in (replace or {}).items():
        members[name] = value(members[name]) if callable(value) else value
    for name, value in (add or {}).items():
        members[name] = value
    return write_members(list(members.items()))


def minimal_docx(paragraphs=("正文",)) -> bytes:
    doc = Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- the planted document


@dataclass
class PlantedDocx:
    data: bytes
    clean_paragraphs: list[str]
    markers: list[str] = field(default_factory=all_markers)


def _add_part(package, partname: str, content_type: str, blob: bytes) -> Part:
    return Part(PackURI(partname), content_type, blob, package)


def build_planted_docx() -> PlantedDocx:
    doc = Document()
    cp = doc.core_properties
    cp.author = META["core_creator"]
    cp.last_modified_by = META["core_lastmod"]
    cp.title = f"{NAME}主编的数控加工教材"
    cp.subject = UNIT
    cp.comments = f"联系 {EMAIL}"
    cp.category = PUBLISHER
    cp.keywords = "数控加工;工学一体化"
    cp.revision = 17

    doc.add_heading(CLEAN_PARAGRAPHS[0], level=1)

    # Name split across three runs.
    p = doc.add_paragraph("本教材由")
    p.add_run("张")
    p.add_run("三").bold = True
    p.add_run("丰主编，供技工院校数控加工专业使用。")
    comment_anchor = p.runs[0]

    doc.add_paragraph(f"联系邮箱：{EMAIL}，手机：{PHONE}，办公室电话：{LANDLINE}。")
    doc.add_paragraph("审稿意见请寄：张 三 丰 老师（" + UNIT + "机电系）")
    doc.add_paragraph(f"出版单位：{PUBLISHER}；英文署名 {NAME_LATIN}")
    doc.add_paragraph(CLEAN_PARAGRAPHS[1])

    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "学习任务"
    table.cell(0, 1).text = "学时"
    table.cell(1, 0).text = "阶梯轴车削"
    table.cell(1, 1).text = "12"

    # Tracked insertion and deletion (deleted text names the author too).
    body_p = doc.add_paragraph(CLEAN_PARAGRAPHS[2])
    body_p._p.append(
        parse_xml(
            f'<w:ins {NSDECL} xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
            f'w:id="901" w:author="{META["ins_author"]}" w:date="2024-03-05T10:00:00Z" w16du:dateUtc="2024-03-05T02:00:00Z">'
            "<w:r><w:t>（新增）</w:t></w:r></w:ins>"
        )
    )
    body_p._p.append(
        parse_xml(
            f'<w:del {NSDECL} w:id="902" w:author="{META["del_author"]}" w:date="2024-03-05T10:01:00Z">'
            f"<w:r><w:delText>执笔人{NAME}</w:delText></w:r></w:del>"
        )
    )

    # A VML text box whose text carries the phone number.
    tb = doc.add_paragraph()
    tb._p.append(
        parse_xml(
            f'<w:r {NSDECL}><w:pict><v:shape id="tb1" type="#_x0000_t202" style="width:200pt;height:40pt">'
            f"<v:textbox><w:txbxContent><w:p><w:r><w:t>文本框：审稿联系人电话 {PHONE}</w:t></w:r></w:p>"
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )

    # Content control tagged with the author's name, AUTHOR field result.
    sdt = doc.add_paragraph()
    sdt._p.append(
        parse_xml(
            f'<w:sdt {NSDECL}><w:sdtPr><w:alias w:val="作者"/><w:tag w:val="{NAME}"/></w:sdtPr>'
            f"<w:sdtContent><w:r><w:t>{NAME}</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    fld = doc.add_paragraph()
    fld._p.append(
        parse_xml(
            f'<w:fldSimple {NSDECL} w:instr=" AUTHOR  \\* MERGEFORMAT "><w:r><w:t>{NAME}</w:t></w:r></w:fldSimple>'
        )
    )

    # mailto: hyperlink with a tooltip.
    rid = doc.part.relate_to(f"mailto:{EMAIL}?subject=审稿", RT.HYPERLINK, is_external=True)
    hp = doc.add_paragraph("作者主页：")
    hp._p.append(
        parse_xml(
            f'<w:hyperlink {NSDECL} r:id="{rid}" w:tooltip="写信给 {EMAIL}">'
            f"<w:r><w:t>{EMAIL}</w:t></w:r></w:hyperlink>"
        )
    )

    # An XML comment in the body.
    doc.element.body.append(etree.Comment(META["xml_comment"]))

    # Images: JPEG with EXIF/GPS/XMP/ICC/COM, PNG with text chunks.
    doc.add_picture(io.BytesIO(make_jpeg_with_metadata()), width=Inches(1))
    doc.add_picture(io.BytesIO(make_png_with_text()), width=Inches(1))
    for i, docpr in enumerate(
        doc.element.body.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")
    ):
        docpr.set("descr", f"{NAME}工作照 {i}")
        docpr.set("title", f"摄影：{NAME}")
    for cnv in doc.element.body.iter("{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr"):
        cnv.set("name", f"{NAME}工作照.jpg")

    # Comment with author/initials; the comment text names the author.
    doc.add_comment(
        comment_anchor, text=f"请{NAME}老师核对本段。", author=META["comment_author"], initials=META["comment_initials"]
    )

    # Header / footer.
    section = doc.sections[0]
    hdr = section.header.paragraphs[0]
    hdr.text = f"{UNIT} 内部资料 "
    hdr._p.append(
        parse_xml(
            f'<w:ins {NSDECL} w:id="903" w:author="{META["hdr_author"]}" w:date="2024-03-06T09:00:00Z">'
            "<w:r><w:t>（试用稿）</w:t></w:r></w:ins>"
        )
    )
    section.footer.paragraphs[0].text = f"编写组电话 {LANDLINE}"

    # Style with a tracked formatting change.
    style_rpr = doc.styles["Normal"].element.get_or_add_rPr()
    style_rpr.append(
        parse_xml(
            f'<w:rPrChange {NSDECL} w:id="904" w:author="{META["style_author"]}" w:date="2024-03-07T09:00:00Z"><w:rPr/></w:rPrChange>'
        )
    )

    # Settings: document variables, attached template with a local path.
    settings = doc.settings.element
    tpl_rid = doc.part._settings_part.relate_to(
        f"file:///C:/Users/{META['template_user']}/AppData/Roaming/Microsoft/Templates/Normal.dotm",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate",
        is_external=True,
    )
    settings.insert(0, parse_xml(f'<w:attachedTemplate {NSDECL} r:id="{tpl_rid}"/>'))
    settings.append(parse_xml(f'<w:docVars {NSDECL}><w:docVar w:name="author" w:val="{META["docvar"]}"/></w:docVars>'))

    package = doc.part.package
    # Footnotes part with a tracked change and an e-mail.
    footnotes = (
        f'<w:footnotes {NSDECL}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">作者邮箱 {EMAIL}</w:t></w:r>'
        f'<w:ins w:id="905" w:author="{META["ftn_author"]}" w:date="2024-03-08T09:00:00Z"><w:r><w:t>补充</w:t></w:r></w:ins>'
        "</w:p></w:footnote></w:footnotes>"
    ).encode()
    fn_part = _add_part(
        package,
        "/word/footnotes.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        footnotes,
    )
    doc.part.relate_to(fn_part, RT.FOOTNOTES)
    fp = doc.add_paragraph("见脚注")
    fp._p.append(
        parse_xml(
            f'<w:r {NSDECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
        )
    )

    # people.xml (comment authors with presence info).
    people = (
        '<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
        f'<w15:person w15:author="{META["people_author"]}"><w15:presenceInfo w15:providerId="AD" '
        f'w15:userId="S::{META["people_userid"]}::1234"/></w15:person></w15:people>'
    ).encode()
    people_part = _add_part(
        package, "/word/people.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml", people
    )
    doc.part.relate_to(people_part, "http://schemas.microsoft.com/office/2011/relationships/people")

    # commentsExtensible carries UTC timestamps of each comment.
    cex = (
        b'<w16cex:commentsExtensible xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex">'
        b'<w16cex:commentExtensible w16cex:durableId="6A1B2C3D" w16cex:dateUtc="2024-03-05T10:00:00Z"/>'
        b"</w16cex:commentsExtensible>"
    )
    cex_part = _add_part(
        package,
        "/word/commentsExtensible.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml",
        cex,
    )
    doc.part.relate_to(cex_part, "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible")

    # Printer settings (binary DEVMODE with the printer name in UTF-16).
    printer = META["printer"].encode("utf-16-le") + b"\x00" * 64
    pr_part = _add_part(
        package,
        "/word/printerSettings/printerSettings1.bin",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.printerSettings",
        printer,
    )
    pr_rid = doc.part.relate_to(
        pr_part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings"
    )
    section._sectPr.append(parse_xml(f'<w:printerSettings {NSDECL} r:id="{pr_rid}"/>'))

    # Custom properties.
    custom = (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ReviewerContact">'
        f'<vt:lpwstr>{META["custom_prop"]}</vt:lpwstr></property></Properties>'
    ).encode()
    custom_part = _add_part(
        package, "/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml", custom
    )
    package.relate_to(custom_part, RT.CUSTOM_PROPERTIES)

    buf = io.BytesIO()
    doc.save(buf)
    data = buf.getvalue()

    # Raw edits python-docx cannot do.
    members = read_members(data)
    members["docProps/app.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f'<Template>C:\\Users\\{META["app_template"]}\\Normal.dotm</Template><TotalTime>4711</TotalTime>'
        "<Pages>3</Pages><Words>120</Words><Application>Microsoft Office Word</Application>"
        f"<Manager>{META['app_manager']}</Manager><Company>{META['app_company']}</Company>"
        f"<HyperlinkBase>https://{META['app_hlinkbase']}.example/</HyperlinkBase><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    ).encode()
    members["customXml/item1.xml"] = f"<root><reviewer>{META['custom_xml']}</reviewer></root>".encode()
    members["docProps/thumbnail.jpeg"] = make_thumbnail_jpeg()
    members["word/leftover.xml"] = f"<x>{META['orphan']}</x>".encode()

    # Rename the JPEG part to an identifying, non-ASCII name.
    rels = members["word/_rels/document.xml.rels"].decode("utf-8")
    jpeg_name = next(n for n in members if n.startswith("word/media/") and n.endswith((".jpg", ".jpeg")))
    new_name = f"word/media/{NAME}工作照.jpeg"
    rels = rels.replace(f'Target="{jpeg_name[len("word/"):]}"', f'Target="media/{NAME}工作照.jpeg"')
    members["word/_rels/document.xml.rels"] = rels.encode()
    members[new_name] = members.pop(jpeg_name)
    data = write_members(list(members.items()), comment=META["zip_comment"].encode("ascii"))
    return PlantedDocx(data, list(CLEAN_PARAGRAPHS))


# ---------------------------------------------------------------- hostile zips


def zip_bomb_docx(megabytes: int = 30) -> bytes:
    """A docx whose document.xml inflates ~1000x (zeros)."""
    base = read_members(minimal_docx())
    base["word/document.xml"] = b"<" + b"\x00" * (megabytes * 1024 * 1024)
    return write_members(list(base.items()))


def _patch_central_directory(data: bytes, member: str, *, usize: int | None = None, flag: int | None = None) -> bytes:
    buf = bytearray(data)
    pos = 0
    target = member.encode()
    while True:
        pos = buf.find(b"PK\x01\x02", pos)
        if pos < 0:
            raise ValueError(member)
        name_len = struct.unpack("<H", buf[pos + 28 : pos + 30])[0]
        if bytes(buf[pos + 46 : pos + 46 + name_len]) == target:
            if usize is not None:
                buf[pos + 24 : pos + 28] = struct.pack("<I", usize)
            if flag is not None:
                buf[pos + 8 : pos + 10] = struct.pack("<H", flag)
            return bytes(buf)
        pos += 4


def forged_huge_size_docx() -> bytes:
    """Central directory claims document.xml inflates to ~4 GB."""
    return _patch_central_directory(minimal_docx(), "word/document.xml", usize=0xFFFFFFF0)


def forged_small_size_docx() -> bytes:
    """Central directory claims fewer bytes than the member really inflates to."""
    return _patch_central_directory(minimal_docx(), "word/styles.xml", usize=100)


def encrypted_flag_docx() -> bytes:
    return _patch_central_directory(minimal_docx(), "word/document.xml", flag=0x0001)


def too_many_members_docx(n: int = 5100) -> bytes:
    members = list(read_members(minimal_docx()).items())
    members += [(f"word/junk/{i}.xml", b"<x/>") for i in range(n)]
    return write_members(members)


def path_traversal_docx() -> bytes:
    members = list(read_members(minimal_docx()).items())
    members.append(("../../etc/evil.xml", b"<x/>"))
    return write_members(members)


def duplicate_name_docx() -> bytes:
    members = list(read_members(minimal_docx()).items())
    members.append(("word/document.xml", b"<x/>"))
    return write_members(members)


def docx_with_document_xml(xml: bytes) -> bytes:
    return edit_docx(minimal_docx(), replace={"word/document.xml": xml})


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b'<w:document xmlns:w="'
    + W_NS.encode()
    + b'"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>'
)
XXE = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="' + W_NS.encode() + b'"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>'
)
UTF16_DOCTYPE = (
    '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY e "x">]>'
    f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>'
).encode("utf-16")


def deep_nesting_xml(depth: int = 5000) -> bytes:
    return (
        f'<w:document xmlns:w="{W_NS}"><w:body>'.encode()
        + b"<w:p>" * depth
        + b"</w:p>" * depth
        + b"</w:body></w:document>"
    )


def docm_with_vba() -> bytes:
    members = read_members(minimal_docx())
    members["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    return write_members(list(members.items()))


def macro_content_type_only() -> bytes:
    members = read_members(minimal_docx())
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    return write_members(list(members.items()))


def xlsx_like_zip() -> bytes:
    return write_members(
        [
            ("[Content_Types].xml", b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
            ("_rels/.rels", b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
            ("xl/workbook.xml", b"<workbook/>"),
        ]
    )


CFB_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024
PDF_FILE = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


# ---------------------------------------------------------------- hostile images


def _png_chunk(ctype: bytes, payload: bytes) -> bytes:
    return (
        struct.pack(">I", len(payload)) + ctype + payload + struct.pack(">I", zlib.crc32(ctype + payload) & 0xFFFFFFFF)
    )


def png_dimension_bomb(width: int = 50_000, height: int = 50_000) -> bytes:
    """A tiny PNG whose header claims a gigantic canvas."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * (width + 1) * 4)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")


def png_ztxt_bomb() -> bytes:
    """A 1x1 PNG with a zTXt chunk inflating to 50 MB."""
    buf = io.BytesIO()
    Image.new("L", (1, 1)).save(buf, "PNG")
    data = buf.getvalue()
    bomb = _png_chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"A" * (50 * 1024 * 1024), 9))
    return data[:33] + bomb + data[33:]


def truncated_jpeg() -> bytes:
    buf = io.BytesIO()
    gradient((200, 200)).save(buf, "JPEG")
    return buf.getvalue()[:400]


def gif_animation(frames: int = 3, size=(16, 16)) -> bytes:
    ims = [Image.new("P", size, color=i * 40) for i in range(frames)]
    for im in ims:
        im.putpalette([v for i in range(256) for v in (i, 255 - i, (i * 3) % 256)])
    buf = io.BytesIO()
    ims[0].save(
        buf,
        "GIF",
        save_all=True,
        append_images=ims[1:],
        duration=[100, 200, 300][:frames],
        loop=0,
        comment=META["jpeg_comment"],
    )
    return buf.getvalue()
