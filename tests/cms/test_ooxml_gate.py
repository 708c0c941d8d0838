"""The shared OOXML gate (cms.ooxml_gate): every hostile package kind is refused with a Chinese
message naming the problem and the limit; legitimate large documents pass; memory stays flat."""

import io
import tracemalloc
import zipfile

import pytest
from docx import Document
from openpyxl import Workbook

from cms.ooxml_gate import DOCX, XLSX, OoxmlLimits, OoxmlRefused, check_ooxml
from tests.review import hostile_files as hf


def docx_with_table(rows):
    document = Document()
    document.add_heading("数控车床加工技术 教学进度表", level=1)
    table = document.add_table(rows=rows, cols=4)
    for index, row in enumerate(table.rows):
        cells = row.cells
        cells[0].text = f"学习任务{index + 1}"
        cells[1].text = "阶梯轴的车削加工"
        cells[2].text = "6"
        cells[3].text = "一体化教室"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def workbook(rows=3):
    book = Workbook()
    sheet = book.active
    sheet.append(["目录", "书名", "ISBN"])
    for n in range(rows):
        sheet.append(["全国技工教育规划教材目录", f"机械制图（第{n + 1}版）", "9787516700019"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def refusal(data, **kwargs):
    with pytest.raises(OoxmlRefused) as caught:
        check_ooxml(data, **kwargs)
    message = caught.value.message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message), message
    return caught.value


def test_a_3000_row_table_is_not_a_zip_bomb():
    data = docx_with_table(3000)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("word/document.xml")
    # The old gates refused anything over 1 MB packing over 100:1; this table does exactly that.
    assert info.file_size > 1024 * 1024 and info.file_size / info.compress_size > 100
    report = check_ooxml(data, kind=DOCX, filename="教学进度表.docx")
    assert report.main_part == "word/document.xml"
    assert report.uncompressed_bytes > info.file_size


def test_a_workbook_passes_as_xlsx_and_is_refused_as_docx():
    data = workbook()
    assert check_ooxml(data, kind=XLSX).main_part == "xl/workbook.xml"
    assert refusal(data, kind=DOCX).code == "wrong_kind"
    assert "Excel" in refusal(data, kind=DOCX).message
    assert refusal(hf.minimal_docx(), kind=XLSX).code == "wrong_kind"


@pytest.mark.parametrize(
    "build, code, words",
    [
        (hf.forged_huge_size_docx, "forged_size", "压缩炸弹"),
        (hf.encrypted_flag_docx, "encrypted_or_binary", "加密"),
        (lambda: hf.too_many_members_docx(5100), "too_many_parts", "5000"),
        (hf.path_traversal_docx, "bad_zip", "非法部件路径"),
        (hf.duplicate_name_docx, "bad_zip", "重名"),
        (lambda: hf.docx_with_document_xml(hf.BILLION_LAUGHS), "xml_dtd", "DOCTYPE/ENTITY"),
        (lambda: hf.docx_with_document_xml(hf.XXE), "xml_dtd", "DOCTYPE/ENTITY"),
        (lambda: hf.docx_with_document_xml(hf.UTF16_DOCTYPE), "xml_dtd", "DOCTYPE/ENTITY"),
        (hf.docm_with_vba, "macro", "宏"),
        (hf.macro_content_type_only, "macro", "宏"),
        (lambda: hf.CFB_FILE, "encrypted_or_binary", "旧版"),
        (lambda: hf.PDF_FILE, "wrong_kind", "PDF"),
        (lambda: b"<html><script>alert(1)</script></html>", "not_zip", "不是"),
        (lambda: b"", "empty", "为空"),
        (hf.xlsx_like_zip, "not_ooxml", "主文档"),
        (lambda: hf.docx_with_document_xml(hf.deep_nesting_xml(100_000)), "xml_depth", "嵌套超过 256 层"),
    ],
    ids=[
        "forged size", "encrypted", "5100 parts", "path traversal", "duplicate names",
        "billion laughs", "XXE", "UTF-16 DOCTYPE", "docm with VBA", "macro content type", "old .doc",
        "PDF", "HTML renamed", "empty", "no main part", "100,000-deep nesting",
    ],
)
def test_hostile_docx_are_refused_naming_the_problem(build, code, words):
    refused = refusal(build(), kind=DOCX)
    assert refused.code == code
    assert words in refused.message


def test_nesting_is_counted_while_streaming_and_ordinary_depth_passes():
    """A table nested in tables as deep as Word allows passes; one level past the limit does not
    (the limit is configurable); the 100,000-deep bomb is refused without building a tree."""
    assert check_ooxml(hf.docx_with_document_xml(hf.deep_nesting_xml(250)), kind=DOCX).main_part
    assert refusal(hf.docx_with_document_xml(hf.deep_nesting_xml(255)), kind=DOCX).code == "xml_depth"
    shallow = refusal(hf.docx_with_document_xml(hf.deep_nesting_xml(20)), kind=DOCX, limits=OoxmlLimits(max_xml_depth=16))
    assert shallow.code == "xml_depth" and "16 层" in shallow.message and "word/document.xml" in shallow.message
    tracemalloc.start()
    try:
        refusal(hf.docx_with_document_xml(hf.deep_nesting_xml(100_000)), kind=DOCX)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024**2


def test_a_deeply_nested_worksheet_is_refused_too():
    sheet = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + b"<row>" * 100_000 + b"</row>" * 100_000 + b"</sheetData></worksheet>"
    )
    refused = refusal(xlsx_with_sheet(sheet), kind=XLSX)
    assert refused.code == "xml_depth" and "xl/worksheets/sheet1.xml" in refused.message


def test_a_deflate_bomb_is_refused_by_absolute_size_naming_the_limit():
    limits = OoxmlLimits(max_xml_part_bytes=16 * 1024**2)
    refused = refusal(hf.zip_bomb_docx(30), kind=DOCX, limits=limits)
    assert refused.code == "part_too_large"
    assert "16 MB" in refused.message and "word/document.xml" in refused.message


def test_total_unpacked_size_is_limited():
    refused = refusal(docx_with_table(3000), kind=DOCX, limits=OoxmlLimits(max_total_bytes=1024**2))
    assert refused.code in ("total_too_large", "part_too_large")
    assert "1 MB" in refused.message


def test_macro_file_names_are_refused_before_reading():
    assert refusal(hf.minimal_docx(), filename="教材终稿.docm").code == "macro"
    assert refusal(workbook(), kind=XLSX, filename="目录.xlsm").code == "macro"


def xlsx_with_sheet(xml):
    members = hf.read_members(workbook())
    members["xl/worksheets/sheet1.xml"] = xml
    return hf.write_members(list(members.items()))


def test_xlsx_entity_bomb_and_vba_are_refused():
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>'
    )
    refused = refusal(xlsx_with_sheet(laughs), kind=XLSX)
    assert refused.code == "xml_dtd" and "xl/worksheets/sheet1.xml" in refused.message
    members = hf.read_members(workbook())
    members["xl/vbaProject.bin"] = hf.CFB_FILE
    assert refusal(hf.write_members(list(members.items())), kind=XLSX).code == "macro"


def test_a_doctype_split_across_read_chunks_is_found():
    padding = b" " * (65536 - 5)
    xml = b'<?xml version="1.0"?>' + padding + b'<!DOCTYPE w [<!ENTITY a "x">]><w:document/>'
    assert refusal(hf.docx_with_document_xml(xml), kind=DOCX).code == "xml_dtd"


def test_an_exotic_xml_encoding_is_refused():
    xml = b'<?xml version="1.0" encoding="UTF-7"?><w:document/>'
    assert refusal(hf.docx_with_document_xml(xml), kind=DOCX).code == "xml_encoding"


def test_a_large_document_is_checked_from_disk_with_flat_memory(tmp_path):
    path = tmp_path / "含大量插图的教材.docx"
    members = hf.read_members(hf.minimal_docx())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
        for n in range(8):
            with archive.open(f"word/media/image{n}.png", "w") as part:
                for _ in range(10):
                    part.write(bytes(range(256)) * 4096)  # 1 MB
    tracemalloc.start()
    report = check_ooxml(path, kind=DOCX)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert report.uncompressed_bytes > 80 * 1024**2
    assert peak < 4 * 1024**2, peak


def test_a_file_object_keeps_its_position():
    handle = io.BytesIO(hf.minimal_docx())
    handle.seek(7)
    check_ooxml(handle, kind=DOCX)
    assert handle.tell() == 7


def test_a_deflate_bomb_beyond_the_default_xml_limit_is_refused():
    refused = refusal(hf.zip_bomb_docx(100), kind=DOCX)
    assert refused.code == "part_too_large" and "64 MB" in refused.message


def test_xml_that_is_not_well_formed_is_refused():
    assert refusal(hf.zip_bomb_docx(2), kind=DOCX).code == "bad_xml"  # "<" and NULs
    assert refusal(hf.docx_with_document_xml(b"<w:document><w:body>"), kind=DOCX).code == "bad_xml"


def test_binary_parts_with_openxml_content_types_are_not_parsed_as_xml():
    assert check_ooxml(hf.build_planted_docx().data, kind=DOCX).main_part == "word/document.xml"
