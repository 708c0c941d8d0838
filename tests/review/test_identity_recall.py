"""R3 (Art. 21): identities as manuscripts really carry them — abbreviated and former unit names,
unregistered team members after signature cues, names in footers and keywords, a phone on the
cue's line — are found (recall ≥ 0.95 on every labelled set, precision ≥ 0.95) and leave the
reviewer's copy; the same suite fails when the matcher is reduced to the exact registered names."""

import io

import docx
import pytest

from review.anonymise import IdentityProfile, anonymise_docx, apply_redactions, redaction_strings, variants
from tests.review import hostile_files as hf
from tests.review.identity_corpus import CORPUS, measure
from tests.review.identity_heldout import HELDOUT
from tests.review.identity_heldout_v2 import HELDOUT_V2

RECALL_TARGET = 0.95
PRECISION_TARGET = 0.95

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


@pytest.mark.parametrize("corpus", [CORPUS, HELDOUT], ids=["development set", "first held-out set"])
def test_the_labelled_sets_reach_the_recall_and_precision_targets(corpus):
    found, planted, true_findings, all_findings, missed = measure(corpus)
    assert found / planted >= RECALL_TARGET, missed
    assert true_findings / all_findings >= PRECISION_TARGET


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


def test_unit_variants_drop_a_province_before_a_known_city_and_abbreviate_as_people_say():
    assert "厦门技师学院" in variants.unit_variants("福建省厦门技师学院")
    assert "长沙二高技" in variants.unit_variants("湖南省长沙市第二高级技工学校")
    assert "北京劳保职校" in variants.unit_variants("北京市劳动保障职业学校")
    # Without a city the province stays: "交通运输技师学院" names one in every province.
    assert "交通运输技师学院" not in variants.unit_variants("广东省交通运输技师学院")


def test_committee_tables_spaced_names_and_the_division_of_work_name_people():
    committee = "编委会\n主  任 马国栋\n副主任 邓立新 曾 静\n委  员 罗小兵 胡海燕 杨帆\n委员会由行业专家组成。"
    assert [name for _, _, name in variants.signature_names(committee)] == ["马国栋", "邓立新", "曾 静", "罗小兵", "胡海燕", "杨帆"]
    assert [name for _, _, name in variants.signature_names("副主编 高 雪 梅\n参编人员有朱 琳、许志强。")] == ["高 雪 梅", "朱 琳", "许志强"]
    assert [name for _, _, name in variants.signature_names("编者 李 娜 王 芳")] == ["李 娜", "王 芳"]
    division = "本书编写分工如下：杜文静编写项目一、项目二；祁少军编写项目三。项目四由王立平、夏天编写。"
    assert [name for _, _, name in variants.signature_names(division)] == ["杜文静", "祁少军", "王立平", "夏天"]
    prose = "本教材依据课程标准编写。系主任要求各专业完成教材编写，教研组全体教师参与编写。"
    assert variants.signature_names(prose) == []


@pytest.mark.xfail(
    strict=True,
    reason="R3 target not reached on the second held-out set: recall 0.761 (70/92), precision 0.987, "
    "measured once after the matcher change (benchmarks/identity_recall.py); it must not be tuned on",
)
def test_the_second_held_out_set_reaches_the_recall_target():
    found, planted, true_findings, all_findings, missed = measure(HELDOUT_V2)
    assert found / planted >= RECALL_TARGET, missed
    assert true_findings / all_findings >= PRECISION_TARGET
