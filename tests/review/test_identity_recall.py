"""R3 (Art. 21): identities as manuscripts really carry them — abbreviated and former unit names,
unregistered team members after signature cues, names in footers and keywords, a phone on the
cue's line — are found (recall ≥ 0.95 on the labelled set) and leave the reviewer's copy; the
same suite fails when the matcher is reduced to the exact registered names."""

import io

import docx
import pytest

from review.anonymise import IdentityProfile, anonymise_docx, apply_redactions, redaction_strings, variants
from tests.review import hostile_files as hf
from tests.review.identity_corpus import measure

RECALL_TARGET = 0.95

# A manuscript from a unit registered as "重庆市工业技师学院" whose registered team is incomplete.
REGISTERED = dict(names=["张三丰"], units=["重庆市工业技师学院"], phones=["13912345678"])
PLANTED = ["重庆工业技师学院", "刘建国", "赵敏", "王小明", "欧阳静怡", "张三丰", "13912345678", "陈志远"]


def _manuscript():
    document = docx.Document()
    document.add_paragraph("数控车削加工")
    document.add_paragraph("重庆工业技师学院机械工程系  编")
    document.add_paragraph("主编：张三丰（电话：13912345678）")
    document.add_paragraph("副主编：刘建国  欧阳静怡")
    document.add_paragraph("参编：赵敏、王小明")
    document.add_paragraph("本任务要求学生在数控车床上完成阶梯轴的加工，刀具选择参见附录A。")
    document.add_paragraph("陈志远")
    document.add_paragraph("2025年6月于重庆")
    document.sections[0].footer.paragraphs[0].text = "重庆工业技师学院  内部使用"
    document.core_properties.keywords = "数控车削;重庆工业技师学院;校本教材"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _leaks(data):
    """Planted identities left anywhere in the package, any part, read independently of the anonymiser."""
    text = "\n".join(blob.decode("utf-8", "ignore") for blob in hf.read_members(data).values())
    return [p for p in PLANTED if p in text]


def _reviewer_copy():
    cleaned = anonymise_docx(_manuscript(), IdentityProfile(**REGISTERED))
    return apply_redactions(cleaned.content, redaction_strings(cleaned.findings))


@pytest.fixture
def exact_names_only(monkeypatch):
    """The matcher as it was: the exact registered strings, nothing after signature cues."""
    monkeypatch.setattr(variants, "unit_variants", lambda name: [name] if name else [])
    monkeypatch.setattr(variants, "signature_names", lambda text: [])


def test_the_labelled_set_reaches_the_recall_target():
    found, planted, true_findings, all_findings, missed = measure()
    assert found / planted >= RECALL_TARGET, missed
    assert true_findings / all_findings >= 0.9


def test_a_manuscript_written_as_units_write_reaches_the_reviewer_clean():
    assert _leaks(_manuscript()) == PLANTED  # the planted file really carries every identity
    assert _leaks(_reviewer_copy()) == []


def test_the_leak_suite_fails_when_the_matcher_only_knows_exact_registered_names(exact_names_only):
    leaked = _leaks(_reviewer_copy())
    assert "重庆工业技师学院" in leaked  # body, footer and keywords keep the abbreviated name
    assert "陈志远" in leaked  # the 后记 signature above its date
    found, planted, *_ = measure()
    assert found / planted < RECALL_TARGET


def test_unit_variants_drop_the_administrative_level_and_shorten_the_type():
    assert "重庆工业技师学院" in variants.unit_variants("重庆市工业技师学院")
    assert {"成都技师学院", "四川成都技师学院"} <= set(variants.unit_variants("四川省成都市技师学院"))
    assert "深圳宝安职校" in variants.unit_variants("深圳市宝安区职业技术学校")
    assert "上海高技" in variants.unit_variants("上海市高级技工学校")
    # Never a variant that names any unit of its kind in the city.
    assert "深圳职业技术学校" not in variants.unit_variants("深圳市宝安区职业技术学校")
    assert "成都技校" not in variants.unit_variants("成都市技工学校")


def test_signature_cues_find_unregistered_people_but_not_common_words():
    text = "主编：张三丰（电话：13912345678） 副主编：欧阳静怡、李 娜\n2025年3月修订\n作者认为本章方法可行"
    names = [name for _, _, name in variants.signature_names(text)]
    assert names == ["张三丰", "欧阳静怡", "李 娜"]
