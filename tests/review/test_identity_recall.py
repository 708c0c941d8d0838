"""R3 (Art. 21): identities as manuscripts really carry them — abbreviated and former unit names,
unregistered team members after signature cues, names in footers and keywords, a phone on the
cue's line — are found and leave the reviewer's copy; the same suite fails when the matcher is
reduced to the exact registered names. The target (recall ≥ 0.95, precision ≥ 0.95) is measured on
a held-out set the matcher was never tuned on (the next one, written apart from this change); the
sets it was tuned on — v9 since its misses were fixed — hold what they reached."""

import io

import docx
import pytest

from review.anonymise import (
    IdentityProfile, anonymise_docx, apply_redactions, ner, redaction_strings, scan_parts, scan_text, variants,
)
from tests.review import hostile_files as hf
from tests.review.identity_corpus import CORPUS, measure
from tests.review.identity_heldout import HELDOUT
from tests.review.identity_heldout_v2 import HELDOUT_V2
from tests.review.identity_heldout_v3 import HELDOUT_V3
from tests.review.identity_heldout_v4 import HELDOUT_V4
from tests.review.identity_heldout_v5 import HELDOUT_V5
from tests.review.identity_heldout_v6 import HELDOUT_V6
from tests.review.identity_heldout_v7 import HELDOUT_V7
from tests.review.identity_heldout_v8 import HELDOUT_V8
from tests.review.identity_heldout_v9 import HELDOUT_V9
from tests.review.identity_heldout_v10 import HELDOUT_V10
from tests.review.identity_heldout_v11 import HELDOUT_V11
from tests.review.identity_heldout_v12 import HELDOUT_V12
from tests.review.identity_heldout_v13 import HELDOUT_V13
from tests.review.identity_heldout_v14 import HELDOUT_V14
from tests.review.identity_heldout_v15 import HELDOUT_V15

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


def _signed(text):
    """The names the signature cues find in ``text``, in order."""
    return [name for _, _, name in variants.signature_names(text)]


@pytest.fixture
def exact_names_only(monkeypatch):
    """The matcher as it was: the exact registered strings, nothing after signature cues, no
    school found by its place and type, no language model."""
    monkeypatch.setattr(variants, "unit_variants", lambda name: [name] if name else [])
    monkeypatch.setattr(variants, "signature_names", lambda text: [])
    monkeypatch.setattr(variants, "school_names", lambda text: [])
    monkeypatch.setattr(variants, "organisation_names", lambda text: [])
    monkeypatch.setattr(variants, "employers", lambda text: [])
    monkeypatch.setattr(variants, "former_and_stamped_units", lambda text, units: [])
    monkeypatch.setattr(variants, "co_writing_units", lambda text: [])
    monkeypatch.setattr(variants, "chat_senders", lambda text: [])
    monkeypatch.setattr(variants, "contracted_schools", lambda text, schools: [])
    monkeypatch.setattr(ner, "suspected", lambda texts: [[] for _ in texts])


@pytest.mark.parametrize(
    "corpus, least_found, false_findings",
    # Everything the matcher was tuned on, at the level it reached (v1-v4 label co-writing companies,
    # employers and supporters since v5 did; v3-v6 label the ISBN since v8 did). Left: v2's "哈劳技" (哈尔滨劳动技师学院);
    # v6's "大良烹饪技校" is found since a registered school lends its placeless forms, v5's "黔航集团" and v6's
    # "翠苑集团", "发艺坊集团" since a company named in full lends its short forms to the whole manuscript;
    # v3's false finding is the company of an accounting exercise ("太原华晋商贸有限公司出纳员王芳"), v2's a
    # national brand an adviser works for ("企业顾问：陈 斌（唯品会）"), which v2 did not label.
    # v7 was 0.738/0.972 (104/141) when held out, v8 0.762/0.965 (128/168; by position, not by string, also 芦笙,
    # 海拉尔, 古丽/米拉, 韩成 and 锁永 were false).
    # v9 was 0.740/0.963 (125/169) when held out; left: 和田技工 (a school named by its place alone, as "成都技校" is any of the
    # city's).
    # v10 was 0.844/0.963 (152/180) when held out.
    # v11 was 0.766/0.993 (141/184) when held out; left: a company known only by its brand (琴韵坊), a Japanese name
    # (佐藤美咲, サトウ ミサキ), a Russian given name with 女士 (伊琳娜), an employer bracket a cue one line above owns
    # (三峡大学), a Russian company's name alone.
    # v12 was 0.817/0.962 (152/186) when held out; left: brand-only 榫卯居, a chat's spaced name, a German expert.
    # Since the language model (review/anonymise/ner.py) reads people and organisations no rule marks, its
    # candidates reach the organiser as 疑似; the false findings below are mostly its own: the named co-drafting
    # companies v3 and v4 did not label, an accounting exercise's clerks (v3), peony varieties (v8), another
    # school's competitors in a results list (v12), places (焦柳, 索松), a college thanked as supporter (v2, which
    # did not label supporters).
    # v13 was 0.960/0.995 (190/198) when held out, with the first model version; v14 0.933/0.974 (181/194) after v13's
    # fixes. Left: a county bureau thanked (南丰县农业农村局, a public body), a pier's 管理处, an OCR'd name broken at a
    # line end, a romanised name before its Chinese one in brackets, 丛德福 (a partner's farmer the model misses).
    [(CORPUS, 83, 1), (HELDOUT, 52, 0), (HELDOUT_V2, 95, 2), (HELDOUT_V3, 121, 9), (HELDOUT_V4, 120, 4), (HELDOUT_V5, 135, 0),
     (HELDOUT_V6, 144, 1), (HELDOUT_V7, 141, 0), (HELDOUT_V8, 168, 3), (HELDOUT_V9, 168, 1), (HELDOUT_V10, 180, 0),
     (HELDOUT_V11, 175, 1), (HELDOUT_V12, 178, 10), (HELDOUT_V13, 197, 1), (HELDOUT_V14, 189, 0)],
    ids=["development set", "first held-out set", "second held-out set", "third held-out set", "fourth held-out set",
         "fifth held-out set", "sixth held-out set", "seventh held-out set", "eighth held-out set", "ninth held-out set",
         "tenth held-out set", "eleventh held-out set", "twelfth held-out set", "thirteenth held-out set",
         "fourteenth held-out set"],
)
def test_the_development_sets_keep_the_recall_and_precision_they_reached(corpus, least_found, false_findings):
    found, planted, true_findings, all_findings, missed = measure(corpus)
    assert found >= least_found, missed
    assert all_findings - true_findings <= false_findings


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


def test_unit_variants_of_a_district_s_ordinal_school_and_a_vocational_high_school():
    assert {"龙岗二职", "深圳龙岗二职", "龙岗区第二职业技术学校"} <= set(variants.unit_variants("广东省深圳市龙岗区第二职业技术学校"))
    assert {"南昌一技", "武汉二技"} <= set(variants.unit_variants("江西省南昌市第一技工学校")) | set(variants.unit_variants("武汉市第二高级技工学校"))
    ningbo = variants.unit_variants("浙江省宁波市鄞州职业高级中学")
    assert "宁波鄞州职高" in ningbo
    assert "宁波鄞州" not in ningbo  # a district of the city, not its school


def test_signature_cues_find_unregistered_people_but_not_common_words():
    text = "主编：张三丰（电话：13912345678） 副主编：欧阳静怡、李 娜\n2025年3月修订\n作者认为本章方法可行"
    assert _signed(text) == ["张三丰", "欧阳静怡", "李 娜"]


def test_unit_variants_drop_a_province_before_a_known_city_and_abbreviate_as_people_say():
    assert "厦门技师学院" in variants.unit_variants("福建省厦门技师学院")
    assert "长沙二高技" in variants.unit_variants("湖南省长沙市第二高级技工学校")
    assert "北京劳保职校" in variants.unit_variants("北京市劳动保障职业学校")
    # Without a city the province stays: "交通运输技师学院" names one in every province.
    assert "交通运输技师学院" not in variants.unit_variants("广东省交通运输技师学院")


def test_committee_tables_spaced_names_and_the_division_of_work_name_people():
    committee = "编委会\n主  任 马国栋\n副主任 邓立新 曾 静\n委  员 罗小兵 胡海燕 杨帆\n委员会由行业专家组成。"
    assert _signed(committee) == ["马国栋", "邓立新", "曾 静", "罗小兵", "胡海燕", "杨帆"]
    assert _signed("副主编 高 雪 梅\n参编人员有朱 琳、许志强。") == ["高 雪 梅", "朱 琳", "许志强"]
    assert _signed("编者 李 娜 王 芳") == ["李 娜", "王 芳"]
    division = "本书编写分工如下：杜文静编写项目一、项目二；祁少军编写项目三。项目四由王立平、夏天编写。"
    assert _signed(division) == ["杜文静", "祁少军", "王立平", "夏天"]
    prose = "本教材依据课程标准编写。系主任要求各专业完成教材编写，教研组全体教师参与编写。"
    assert variants.signature_names(prose) == []


def test_unit_variants_keep_the_former_type_and_the_short_forms_people_say():
    weifang = variants.unit_variants("山东省潍坊市技师学院")
    assert {"潍坊技院", "潍坊市技院"} <= set(weifang)  # a city has one 技师学院 named after it alone
    assert "潍坊技工学校" not in weifang  # but not one 技工学校: no former type without a distinctive word
    assert {"洛阳市机电技工学校", "洛阳机电高级技工学校", "洛阳机电高技", "洛阳机院"} \
        <= set(variants.unit_variants("河南省洛阳市机电技师学院"))
    assert {"无锡交校", "无锡交通技校", "无锡交通运输技校"} <= set(variants.unit_variants("江苏省无锡市交通运输技工学校"))
    assert "大连二职中" in variants.unit_variants("辽宁省大连市第二职业中等专业学校")
    # A rare word of two characters names the school alone ("佛山轻工" is no common phrase)...
    assert "佛山轻工" in variants.unit_variants("广东省佛山市轻工技工学校")
    # ...a frequent one is a common word first: "南京交通" is the city's traffic.
    assert "南京交通" not in variants.unit_variants("江苏省南京市交通技工学校")
    assert "广西交运" not in variants.unit_variants("广西壮族自治区交通运输技师学院")


def test_signature_cues_read_the_lines_that_run_on_and_names_without_a_common_surname():
    committee = "委　　员（按姓氏笔画为序）\n叶 青　祝晓红　温国栋\n　　　　黎志刚（高级技师）\n本书共分六个项目，由编委会审定。"
    assert _signed(committee) == ["叶 青", "祝晓红", "温国栋", "黎志刚"]
    # A PDF extraction breaks a name at the end of the line.
    assert _signed("副 主 编　吕 晓 东　陶\n然\n汽修教研组 编") == ["吕 晓 东", "陶\n然"]
    listed = "参加编写的还有邝 敏、努尔兰·哈力木、母建军（成都新都车辆厂）、郄 宁。\n企业顾问：孙 悦（成都新都车辆厂）"
    assert _signed(listed) == ["邝 敏", "努尔兰·哈力木", "母建军", "郄 宁", "孙 悦"]
    assert variants.signature_names("参加编写的有关单位应提交书面意见。企业顾问建议采用精益生产方式。") == []


def test_curriculum_standards_entrusted_people_thanks_bios_and_name_columns_name_people():
    assert _signed("本标准主要起草人：罗振华　覃　静\n起草人员：吕　强") == ["罗振华", "覃　静", "吕　强"]
    assert _signed("试行中由邵佳琪、司马文负责数据整理。") == ["邵佳琪", "司马文"]
    assert _signed("感谢某公司工程师闵　杰、高级技师滕海军的指导。") == ["闵　杰", "滕海军"]
    assert _signed("段晓梅，女，1979年生，高级讲师。") == ["段晓梅"]
    table = "序号\t姓名\t工作单位\t编写分工\n1\t米　兰\t某公司\t项目一、二\n2\t敖　登\t某学校\t统稿"
    assert _signed(table) == ["米　兰", "敖　登"]
    padded = "姓名　　　单位　　　　　　　职称\n米　兰　　绵阳技师学院　　　高级讲师\n敖登高娃　成都工业技师学院　讲师\n本表按姓氏笔画排序。"
    assert _signed(padded) == ["米　兰", "敖登高娃"]
    grid = "| 序号 | 姓名 | 单位 |\n| 1 | 米兰 | 某公司 |\n| 2 | 温国栋 | 某学校 |"
    assert _signed(grid) == ["米兰", "温国栋"]
    # A work task's character and a part of the book are nobody.
    assert _signed("由王师傅负责示范，工程师们的意见见项目一。") == []


def test_names_without_a_chinese_surname_are_read_from_their_transliterated_syllables():
    assert _signed("副主编：旺堆次仁　朝鲁门\n主审：阿拉坦仓（某公司）") == ["旺堆次仁", "朝鲁门", "阿拉坦仓"]
    assert variants.signature_names("主编寄语：学好本领，建设家乡。") == []
    # Two syllables are a name in a list of people: rare ones alone, a common word beside another name.
    assert _signed("编者：扎西　卓玛　李文华\n副主编　拉姆　格桑") == ["扎西", "卓玛", "李文华", "拉姆", "格桑"]


def test_yi_names_are_read_from_their_syllables_and_the_subject_of_a_part_of_the_book_is_a_person():
    assert _signed("编　者　吉伍伍各　海来阿卓\n审　稿　曲比阿乌") == ["吉伍伍各", "海来阿卓", "曲比阿乌"]
    assert _signed("全书由马海木呷统稿，勒格阿呷负责全书插图。") == ["马海木呷", "勒格阿呷"]
    # A well-known word spelt with the same syllables is no one; nor a group taking a part of the book.
    assert _signed("苏格拉底\n2025年4月") == []
    assert _signed("学生负责任务实施，教研组负责项目一的审核。") == []


def test_prose_names_people_before_and_after_their_post():
    thanks = "感谢市烹饪协会秦雪梅秘书长、某酒店管　宁经理，以及合作企业的罗　军老师。"
    assert _signed(thanks) == ["秦雪梅", "管　宁", "罗　军"]
    assert _signed("实训中心主任邝　勇提出了修改意见，副主任吴建新审阅了全稿。") == ["邝　勇", "吴建新"]
    # A teacher by surname alone, a post after a department, the people of a work task are nobody.
    assert _signed("学生向李老师请教后，由王老师示范。车间主任和维修技师黄师傅检查了设备。陈女士是项目经理。") == []
    # Public figures the dictionary knows well are cited, not thanked.
    assert _signed("华罗庚教授曾说：“聪明在于勤奋。”京张铁路由詹天佑主持修建。") == []


def test_a_cip_line_names_every_editor_but_a_reference_list_names_nobody():
    cip = "图书在版编目（CIP）数据\n电工技术基础 / 夏天, 钟　敏, 阿西木呷主编. —2版. —北京：中国劳动社会保障出版社，2025"
    assert _signed(cip) == ["夏天", "钟　敏", "阿西木呷"]
    references = "参考文献\n[1] 李国华主编. 铣工工艺学[M]. 北京：中国劳动社会保障出版社，2018.\n[2] 周建华, 刘敏. 电工学[M]. —北京：高等教育出版社，2019."
    assert _signed(references) == []


def test_a_table_extracted_one_cell_per_line_and_a_spaced_cover_unit_are_read_whole():
    page = ("编审人员名单\n主编\n罗振华\n绵阳技师学院\n参编\n米　兰\n绵阳技师学院\n敖登高娃\n四川长虹电器股份有限公司\n"
            "许志强\n绵阳技师学院\n主审\n陶　然\n四川省机械工业学校\n本书按工学一体化课程标准编写。")
    assert _signed(page) == ["罗振华", "米　兰", "敖登高娃", "许志强", "陶　然"]
    cover = "主　编　谷振东\n副主编　郎　月\n温 州 技 师 学 院　编\nWenzhou Technician College"
    findings = scan_text(cover, IdentityProfile())
    assert [(f.kind, f.matched) for f in findings][-2:] == [("unit", "温 州 技 师 学 院"), ("unit", "Wenzhou Technician College")]


def test_a_cover_puts_the_role_after_the_names_and_headings_and_roles_are_nobody():
    cover = "电工基础\n王建国　主编\n李　娜　刘晓峰　副主编\n温 州 技 师 学 院　编"
    assert _signed(cover) == ["王建国", "李　娜", "刘晓峰"]
    assert _signed("作者简介：刘建华，男，1975年出生，汉族，高级讲师。") == ["刘建华"]
    assert _signed("本书编写组：组长 王立新；成员 赵　敏、钱　坤") == ["王立新", "赵　敏", "钱　坤"]
    assert _signed("本书由王芳担任主编，李明、赵强担任副主编。") == ["王芳", "李明", "赵强"]


def test_a_list_counted_before_a_post_names_each_person_and_the_school_starts_at_its_place():
    thanks = "感谢泸州市职业技术学校的刘　强、陈国华和吴晓梅三位老师，以及曾建华等专家。"
    assert _signed(thanks) == ["刘　强", "陈国华", "吴晓梅", "曾建华"]
    assert [n for *_, n in variants.school_names(thanks)] == ["泸州市职业技术学校"]  # not "谢泸州…"
    assert _signed("行业企业专家和兄弟院校两位老师参与了审稿。他们曾向老师请教。") == []


def test_dai_names_and_the_preposition_before_a_list_of_writers():
    assert _signed("本书由玉应香、岩温扁、刀国栋编写。") == ["玉应香", "岩温扁", "刀国栋"]
    assert _signed("编者：岩罕　玉香　依拉罕") == ["岩罕", "玉香", "依拉罕"]
    assert _signed("本书由和平出版社出版，由于篇幅所限，习题答案从略。") == []


def test_reviewers_project_leads_and_research_groups_are_cues():
    front = "审读专家：周国强（四川大学）　刘　敏\n项目负责人：陈晓明\n课题组成员：王芳　李强\n参与本书编写的老师有：苏晓燕、廖志强。"
    assert _signed(front) == ["周国强", "刘　敏", "陈晓明", "王芳", "李强", "苏晓燕", "廖志强"]
    assert _signed("经审核，本教材符合要求。项目负责人应组织学生完成任务。校对工作十分重要。") == []


def test_an_english_title_page_names_its_editors_and_its_school_on_lines_of_their_own():
    page = "Chief Editor: Wang Jianguo\nAssociate Editors: Li Na, LIU Xiaofeng and Zhang Wei\nCompiled by Ouyang Jingyi\n" \
           "Qiqihar Technician College"
    findings = scan_text(page, IdentityProfile())
    assert [(f.kind, f.matched) for f in findings] == [
        ("name", "Wang Jianguo"), ("name", "Li Na"), ("name", "LIU Xiaofeng"), ("name", "Zhang Wei"),
        ("name", "Ouyang Jingyi"), ("unit", "Qiqihar Technician College")]
    assert scan_text("The author of this method is unknown. Editors should check the Table of Contents.", IdentityProfile()) == []


def test_people_who_helped_are_the_subject_of_their_clause_and_a_post_inside_a_school_name_is_none():
    assert _signed("感谢我的同事王芳、李明对本书的帮助。在编写过程中，苏晓燕提出了宝贵意见。") == ["王芳", "李明", "苏晓燕"]
    assert _signed("在教学中，学生提出问题，教师给予指导，班长提供记录。学生王明和李华参与了讨论。") == []
    assert _signed("绵阳技师学院　王　芳　编") == ["王　芳"]  # not "王　芳　编" after the 技师 of 技师学院
    assert _signed("本书编写人员及分工：王芳（项目一、二）、李明（项目三）。") == ["王芳", "李明"]


def test_a_school_s_web_site_a_qq_group_and_an_official_account_are_contact_findings():
    findings = scan_text("教学资源：http://www.mytech.edu.cn/jxzy　交流QQ群：635281947　微信公众号：mytech_jsxy", IdentityProfile())
    assert [(f.kind, f.matched) for f in findings] == [
        ("contact", "http://www.mytech.edu.cn/jxzy"), ("contact", "635281947"), ("contact", "mytech_jsxy")]
    assert _signed("联系人：王老师　电话：0816-2345678") == []  # a surname and a title, not "王老师　电话"


def test_signatures_dated_in_words_or_by_season_and_the_book_s_editors_in_prose():
    assert _signed("恳请读者批评指正。\n——王芳\n2025年春于绵阳") == ["王芳"]
    assert _signed("恳请读者批评指正。\n王　芳　李建军\n二〇二五年五月") == ["王　芳", "李建军"]
    assert _signed("本书由绵阳技师学院王芳、李建军编著。") == ["王芳", "李建军"]
    assert _signed("本课程在数控系王芳老师的班级试用。") == ["王芳"]
    assert _signed("王芳，绵阳技师学院高级讲师，主要研究方向为数控加工。\n方法，学校应当组织学生实训。") == ["王芳"]
    references = "参考文献\n李明，王芳. 电工学[M]. 北京：北京理工大学出版社，2019.\n张华. 焊接工艺学[M]. 北京：机械工业出版社，2018."
    assert _signed(references) == []
    assert _signed("2025年春季学期起，实习指导老师和企业专家共同指导。") == []


def test_a_course_s_teaching_team_and_a_team_formed_by_people_are_named():
    course = "授课教师：李建军\n教学团队：赵强　周敏　钱坤\n实训指导教师：吴晓东\n第1章　直流电路　　　　王芳　主讲"
    assert _signed(course) == ["李建军", "赵强", "周敏", "钱坤", "吴晓东", "王芳"]
    assert _signed("由王芳、李明、张华等组成的编写团队历时两年完成本书。") == ["王芳", "李明", "张华"]
    assert _signed("学生在指导教师的帮助下完成任务。由教师和学生组成学习小组。") == []


def test_policy_prose_quoted_in_a_preface_names_nobody():
    policy = ("选优配强职业学校主要负责人，建设高素质专业化干部队伍。采取购买服务，向学生提供助学贷款；符合规定的，由政府提供补贴。"
              "教材由各地负责组织审定。研究编制教学标准。学校对具有双职务资格的教师在晋级方面给予优惠。遴选业内公认的专家担任评审专家，"
              "强化对参与竞赛有关人员的培训，组建提供技术支持的专家团队。")
    assert _signed(policy) == []


def test_people_right_after_their_school_and_the_division_revision_and_illustration_cues():
    thanks = "感谢以下单位和个人的支持：绵阳技师学院王芳、李明；成都工业技师学院赵强。"
    assert _signed(thanks) == ["王芳", "李明", "赵强"]
    assert _signed("绵阳技师学院教师、学生和企业专家共同参与。绵阳技师学院周边企业众多。") == []
    credits = "编写分工：项目一，周晓梅；项目二，吴　刚。\n修订人员：钱晓东\n插图绘制：孙　悦\n第二版由邝　敏修订。"
    assert _signed(credits) == ["周晓梅", "吴　刚", "钱晓东", "孙　悦", "邝　敏"]


def test_any_school_written_with_its_place_is_found_but_not_a_type_alone():
    text = "参编 侯　亮(绵阳技校) 杨　柳(四川省南充市职业技术学校)\n本书原为宜昌市机电工业学校讲义。"
    assert [n for *_, n in variants.school_names(text)] == ["绵阳技校", "四川省南充市职业技术学校", "宜昌市机电工业学校"]
    assert variants.school_names("全国技工院校规划教材，供技工学校、技师学院使用，培养高技能人才。") == []
    # A city's 技师学院 was its 高级技工学校, not any of its 技工学校.
    assert "潍坊市高级技工学校" in variants.unit_variants("山东省潍坊市技师学院")
    assert "潍坊技校" not in variants.unit_variants("山东省潍坊市技师学院")


def test_a_district_of_three_characters_and_a_city_called_by_its_first_character_place_a_school():
    text = "参编 张　华（东西湖区职业技术学校）\n页脚：牡市技院 电气系\n本市技工学校、全市技工学校、三市技工学校均可选用。"
    assert [n for *_, n in variants.school_names(text)] == ["东西湖区职业技术学校", "牡市技院"]
    # A PDF line break inside a school's name; a line ending in a department is no place.
    broken = "本书由绵阳技\n师学院联合编写。\n页脚：电气系\n本市技工学校通用"
    assert [n for *_, n in variants.school_names(broken)] == ["绵阳技\n师学院"]


def test_vocational_high_schools_and_schools_of_a_trade_are_schools_with_their_place():
    drafters = "本标准起草单位：绵阳市职业中学、四川省交通学校、成都市财贸职业高级中学。"
    assert [n for *_, n in variants.school_names(drafters)] == ["绵阳市职业中学", "四川省交通学校", "成都市财贸职业高级中学"]
    generic = "全国中等职业学校、职业中学的学生都可以使用；交通学校毕业生也可。办好一批县级职业中学，建设重点技师学院。"
    assert variants.school_names(generic) == []


def test_a_school_s_english_name_and_any_school_written_with_its_place_are_unit_findings():
    findings = scan_text("Wuxi Transport Technician College\n无锡交通技校 编", IdentityProfile())
    assert [(f.kind, f.matched) for f in findings] == [("unit", "Wuxi Transport Technician College"), ("unit", "无锡交通技校")]


def test_the_publisher_s_staff_on_the_copyright_page_are_people():
    imprint = "策划编辑：罗　兰\n责任校对：阿依古丽\n责任印制：付晓东\n本书介绍版式设计的基本原则。"
    assert _signed(imprint) == ["罗　兰", "阿依古丽", "付晓东"]
    findings = scan_text("封面设计：尚品工作室", IdentityProfile())
    assert [f.kind for f in findings] and "尚品" not in "".join(f.excerpt for f in findings)


def test_organisations_written_with_their_place_are_units_a_reviewer_does_not_see():
    text = ("本书由绵阳技师学院与四川九洲电器集团有限责任公司合作开发，经绵阳市汽车维修行业协会组织审定。\n"
            "参编：王　芳（成都市第三人民医院）　李建军（成都工业学院）\n"
            "感谢平武县高山茶叶专业合作社、中国石化销售股份有限公司四川绵阳分公司的支持。")
    findings = scan_text(text, IdentityProfile())
    units = [f.matched for f in findings if f.kind == "unit"]
    assert units == ["绵阳技师学院", "四川九洲电器集团有限责任公司", "绵阳市汽车维修行业协会", "成都市第三人民医院", "成都工业学院",
                     "平武县高山茶叶专业合作社", "中国石化销售股份有限公司四川绵阳分公司"]
    shown = "".join(f.excerpt for f in findings)  # the masked context an organiser reviews
    assert "■■■" in shown and not [w for w in ("九洲", "人民医院", "合作社", "分公司", "行业协会") if w in shown]


def test_public_bodies_brands_any_company_and_a_university_policy_names_stay_visible():
    text = ("贯彻人力资源社会保障部和国家标准化管理委员会的要求；某汽车维修企业、相关企业和合作企业参与实训，江油市某合作社提供场地；"
            "学生使用比亚迪、FANUC 和华中数控的设备。加快推进西南交通大学“双一流”建设。中国烹饪协会发布了标准。")
    assert scan_text(text, IdentityProfile()) == []


def test_full_width_contacts_an_account_s_id_and_the_school_s_site_on_any_host():
    text = ("交流ＱＱ群：６３５２８１９４７　电话：（０８１６）２３４５６７８　手机：１３９８１６２４５７０\n微信公众号：数控小课堂（myjy_sk）\n"
            "学校网站：https://www.myjsxy.com/zs　资源网址：http://sk.myjsxy.net\n平台（网址：http://www.smartedu.cn）")
    assert [(f.kind, f.matched) for f in scan_text(text, IdentityProfile())] == [
        ("contact", "６３５２８１９４７"), ("phone", "（０８１６）２３４５６７８"), ("phone", "１３９８１６２４５７０"),
        ("contact", "myjy_sk"), ("contact", "https://www.myjsxy.com/zs"), ("contact", "http://sk.myjsxy.net")]


def test_any_middle_dot_dai_and_tibetan_names_and_a_school_of_an_autonomous_prefecture():
    assert _signed("副主编：努尔艾力・买买提　古丽米拉•阿不都\n编者：刀　丽　召温香") == ["努尔艾力・买买提", "古丽米拉•阿不都", "刀　丽", "召温香"]
    assert _signed("本书由次仁央宗任主编；降措、四郎多吉参编。") == ["次仁央宗", "降措", "四郎多吉"]
    assert _signed("图1-2　泽仁卓玛老师示范酥油茶的制作\n加强班主任队伍建设。") == ["泽仁卓玛"]
    schools = variants.school_names("黔东南苗族侗族自治州技工学校　编\n海西蒙古族藏族自治州职业技术学校")
    assert [n for *_, n in schools] == ["黔东南苗族侗族自治州技工学校", "海西蒙古族藏族自治州职业技术学校"]


def test_a_cue_s_lone_word_a_table_one_cell_per_line_and_the_people_prose_asks_to_contact():
    assert _signed("副主编　高原\n本书共六个项目。") == ["高原"]
    assert _signed("主编寄语\n作者认为本章方法可行。") == []
    assert _signed("姓名\n单位\n职称\n钟　岚\n某学校\n讲师\n覃振宇\n某公司\n工程师\n前　言\n本书共六个项目。") == ["钟　岚", "覃振宇"]
    assert _signed("使用中的问题请联系钟岚，电话：0816-2345678。如有疑问请联系学校教务处。") == ["钟岚"]
    assert _signed("电工基础／王　芳，邝建军主编．—北京：中国劳动社会保障出版社，2025") == ["王　芳", "邝建军"]
    assert _signed("出 版 人：罗　兰\n其中，邝建军负责视频拍摄与剪辑，学生负责任务实施。") == ["罗　兰", "邝建军"]
    assert _signed("资料整理由人事处的郑小娟同志完成。") == ["郑小娟"]


def test_a_leader_the_text_titles_or_quotes_is_a_public_figure_even_above_a_date():
    assert _signed("习近平总书记强调，职业教育前途广阔。\n　　习近平\n　　2020年12月10日") == []
    assert _signed("习近平同志指出，要大力弘扬工匠精神。") == []


def _units(text):
    return [f.matched for f in scan_text(text) if f.kind == "unit"]


def _contacts(text):
    return [(f.kind, f.matched) for f in scan_text(text) if f.kind in ("email", "phone", "contact")]


def test_contacts_are_found_however_they_are_grouped_or_spelt_out():
    assert _contacts("电话 0433－2918 756；电话：0477 – 8315 260") == [("phone", "0433－2918 756"), ("phone", "0477 – 8315 260")]
    assert _contacts("合作咨询：香港 (852) 2735 6180") == [("phone", "2735 6180")]  # the number, not the country code
    assert _contacts("教学交流Q群：615 083 927") == [("contact", "615 083 927")]
    assert _contacts("问题反馈：duanmu.xc(at)bdjsxy.edu.cn") == [("email", "duanmu.xc(at)bdjsxy.edu.cn")]
    assert _contacts("配套资源：http://uav.dzjgxx.cn/res") == [("contact", "http://uav.dzjgxx.cn/res")]
    assert _contacts("实验脚本：https://gitee.com/bdjsxy-sec/ops-labs") == [("contact", "bdjsxy-sec")]
    assert _contacts("配套视频见微信视频号“黔江职教美发”") == [("contact", "黔江职教美发")]


def test_a_lessons_example_address_is_no_identity():
    assert _contacts("在配置文件中填写管理员邮箱 admin@example.com 或 ops@lab.example，再重启服务。") == []
    assert _contacts("管理员邮箱 admin@jsxy.edu.cn") == [("email", "admin@jsxy.edu.cn")]


def test_organisations_of_every_kind_and_their_branches_are_one_unit():
    assert _units("顾问：韩　旭（吉林省特种设备检验研究院延边分院　高级工程师）") == ["吉林省特种设备检验研究院延边分院"]
    assert _units("纳　新\t宁夏塞上驰骋汽车销售服务有限公司吴忠分公司\t主管") == ["宁夏塞上驰骋汽车销售服务有限公司吴忠分公司"]
    assert _units("本标准由内蒙古自治区焊接学会组织审定。青海省药学会专家审阅了书稿。") == ["内蒙古自治区焊接学会", "青海省药学会"]
    assert _units("在伊宁市第三幼儿园、霍城县江南幼教集团的跟岗实践中完成") == ["伊宁市第三幼儿园", "霍城县江南幼教集团"]
    assert _units("主审：赛里克（伊犁哈萨克自治州妇幼保健院　主任医师）") == ["伊犁哈萨克自治州妇幼保健院"]
    # A bio's alma mater and former employer narrow who the author is; a university in a policy's prose does not.
    assert _units("毕业于东北林业大学土木工程专业，曾任佳木斯市建筑设计研究院结构设计师。") == ["东北林业大学", "佳木斯市建筑设计研究院"]
    assert _units("加快推进东北林业大学等高校建设。") == []
    # A city jieba's dictionary knows only as a noun or a name with its level (保定市, 吴忠市) is a place.
    assert _units("端木晓川\n保定技师学院\n哈继武，吴忠技校汽车系主任") == ["保定技师学院", "吴忠技校"]
    assert _units("本教材由黔江职教中心牵头") == ["黔江职教中心"]


def test_an_employer_is_a_unit_where_a_team_is_listed_under_any_form():
    table = "| 姓名 | 单位 | 职务 |\n|---|---|---|\n| 包永胜 | 东胜重装 | 首席技师 |\n| 亓　鹏 | 同上 | 教授 |"
    assert _units(table) == ["东胜重装"]
    assert _units("参　编：王亚英 / 吉　祥（椰风通航）") == ["椰风通航"]
    # Not a people, a post, the order of a list nor a cited book's edition.
    assert _units("委　员　穆海鹰（正高级讲师）　虎兰芳（一级实习指导教师）\n编　委（按姓氏笔画排序）") == []
    assert _units("[2] 李国华主编. 铣工工艺学（第五版）[M].") == []


def test_people_of_every_origin_are_found_where_a_team_is_named():
    assert _signed("副主编　韩乙四夫\n主　审　才让东主（海东市平安区中藏医医院）") == ["韩乙四夫", "才让东主"]
    assert _signed("编　委（按姓氏笔画排序）\n　　　　拉毛才让") == ["拉毛才让"]
    assert _signed("副主编　佟春兰　阿斯哈尔．别克波拉提") == ["佟春兰", "阿斯哈尔．别克波拉提"]
    assert _signed("本书得到学校校长吐尔洪·买买提明的关心；幼儿园园长马雪莲提供了案例。") == ["吐尔洪·买买提明", "马雪莲"]
    assert _signed("感谢公司总经理仉　伟的支持。翠苑集团行政总厨陈耀祖先生审阅了全部菜谱。") == ["仉　伟", "陈耀祖"]
    assert _signed("图2-7　首席技师朴正洙（右二）指导学生") == ["朴正洙"]
    assert _signed("（模特：2023级美发班谭小雨；摄影：冉　苒）") == ["谭小雨", "冉　苒"]
    assert _signed("附图1\n设计\n尤\u3000佳\n审核\n那振宇\n图号\n建施-03") == ["尤\u3000佳", "那振宇"]
    assert _signed("副主编　梁家伟（LEUNG Ka-wai）") == ["梁家伟", "LEUNG Ka-wai"]
    # A cue's lone word the dictionary knows, or a label after it, is no one; nor a work task's cast.
    assert _signed("编者微信：xiangqj_hair") == []
    assert _signed("联系人及电话：") == []
    assert _signed("【案例】保育员阿依夏老师轻抚其腹部") == []


def _across(parts):
    """(part, kind, matched) of what scanning a manuscript's parts together finds."""
    return [(f.part, f.kind, f.matched) for f in scan_parts(parts)]


def test_a_unit_or_person_named_in_full_in_one_part_is_found_by_its_short_form_in_every_part():
    assert _across({"封面": "株洲湘江轨道装备股份有限公司　组编", "前言": "湘江装备转向架事业部的工程师合作编写"}) == [
        ("封面", "unit", "株洲湘江轨道装备股份有限公司"), ("前言", "unit", "湘江装备")]
    assert _across({"封面": "香港翠苑饮食集团有限公司　合编", "前言": "翠苑集团行政总厨审阅了全部菜谱"}) == [
        ("封面", "unit", "香港翠苑饮食集团有限公司"), ("前言", "unit", "翠苑集团")]
    assert _across({"封面": "株洲铁路技师学院　编", "前言": "本书由株洲铁技城轨车辆教研室编写"}) == [
        ("封面", "unit", "株洲铁路技师学院"), ("前言", "unit", "株洲铁技")]
    assert _across({"编写人员": "参　编：鄢　平", "图注": "图1-4　鄢平师傅示范“开孔”"}) == [
        ("编写人员", "name", "鄢\u3000平"), ("图注", "name", "鄢平")]
    # Not a word of the dictionary: an industry (智能制造) nor a name that is a word (夏天) beyond its list.
    assert _across({"封面": "宁波智能制造有限公司　组编", "前言": "智能制造是本书的主线"}) == [
        ("封面", "unit", "宁波智能制造有限公司")]
    assert _across({"编写人员": "参编：白云飞、夏天", "正文": "夏天气温高，注意防暑。"}) == [
        ("编写人员", "name", "白云飞"), ("编写人员", "name", "夏天")]
    # Two characters run into prose after a cue (the cue's own false finding) are sought nowhere else:
    # not in every "适应经济" of the book.
    assert _across({"规程": "教材编写人员应经所在单位党组织审核同意", "意见": "要主动适应经济发展新形势"}) == [
        ("规程", "name", "应经")]


def test_a_reviewer_copy_loses_a_short_form_whose_full_name_is_in_another_paragraph():
    document = docx.Document()
    document.add_paragraph("大同能源技校　大同云冈智能电气有限公司　共同开发")
    document.add_paragraph("接线方法由云冈电气的工程师示范。")
    document.sections[0].footer.paragraphs[0].text = "云冈电气　校企合作教材"
    buffer = io.BytesIO()
    document.save(buffer)
    cleaned = anonymise_docx(buffer.getvalue(), IdentityProfile(units=["山西省大同市能源技工学校"]))
    copy = apply_redactions(cleaned.content, redaction_strings(cleaned.findings))
    text = "\n".join(blob.decode("utf-8", "ignore") for blob in hf.read_members(copy).values())
    assert "云冈" not in text and "大同能源技校" not in text
    assert "接线方法由" in text


def test_traditional_characters_are_read_as_simplified_and_masked_as_written():
    assert _across({"扉页": "臺北華裳服飾設計股份有限公司　合编", "前言": "华裳服饰提供了真实的打版样板"}) == [
        ("扉页", "unit", "臺北華裳服飾設計股份有限公司"), ("前言", "unit", "华裳服饰")]
    assert [(f.kind, f.matched) for f in scan_text("主編：洪麗華　　聯絡電話：0592-6158 273")] == [
        ("name", "洪麗華"), ("phone", "0592-6158 273")]


def test_unit_variants_write_a_word_of_the_school_by_its_first_character():
    assert "株洲铁技" in variants.unit_variants("湖南省株洲铁路技师学院")  # its place written without 市
    assert "昌江陶校" in variants.unit_variants("江西省景德镇市昌江陶瓷技工学校")  # a district without 区
    # The city and a type alone are any of its schools.
    assert not {"株洲技校", "株洲技院", "景德镇陶校"} & set(variants.unit_variants("湖南省株洲铁路技师学院"))


def test_taiwan_phones_chat_and_video_accounts_a_school_code_and_a_street_address_are_contacts():
    assert _contacts("台湾联络：02-2765-3318；手机 0912-345-678；电话：0917-3625 418") == [
        ("phone", "02-2765-3318"), ("phone", "0912-345-678"), ("phone", "0917-3625 418")]
    assert _contacts("抖音号：txjx_chayi（屯溪技校茶艺）\n快手号：ljlyjx2025\n课程钉钉群号：31508627\nB站（UID 358209147）") == [
        ("contact", "txjx_chayi"), ("contact", "ljlyjx2025"), ("contact", "31508627"), ("contact", "358209147")]
    # The street and number, not the city and district before them nor the postcode after.
    assert _contacts("学校代码：120307\n地址：宝鸡市渭滨区清姜路 71 号　邮编：721006") == [
        ("contact", "120307"), ("contact", "清姜路 71 号")]
    # A lesson's delivery address, an app named in prose and a document number are no one's.
    assert _contacts("收货地址：北京市朝阳区建国路 88 号；他在微博 weibo2025 上发帖；文件编号 2025-0012") == []
    assert _contacts("新建用户 student01 的 UID: 10001") == []


def test_mentors_video_crews_signatures_and_a_full_name_after_what_colleagues_call_someone():
    assert _signed("企业导师：乔晋生（大同云冈智能电气有限公司　电气工程师）说：“多看一眼图纸。”") == ["乔晋生"]
    assert _signed("拍　摄：方宇航\n剪　辑：叶知秋\n配　音：吴晓蝶\n出　镜：2024级茶艺班　储佳怡") == ["方宇航", "叶知秋", "吴晓蝶", "储佳怡"]
    assert _signed("企业指导教师签名：阳　光　　学校指导教师签名：莫家宁") == ["阳\u3000光", "莫家宁"]
    assert _signed("感谢集团技术部杜工（杜志远）审核了全书。") == ["杜志远"]
    assert _signed("课程团队特聘秦川精工退休总工艺师屈宗汉先生为顾问。桂林市饭店协会秘书长粟建民为本书联系了酒店。") == [
        "屈宗汉", "粟建民"]
    # A surname and a post alone, or another surname in the bracket, name no one.
    assert _signed("杜工提醒大家注意安全。王总（李建国）提供了案例。") == []


def test_a_table_aligned_with_spaces_and_a_list_of_names_with_rare_surnames():
    table = "序号　姓名　　职称　　　　　承担内容\n1　　党振华　正高级讲师　　课程负责人\n2　　寇　敏　高级讲师　　　项目一、二\n"
    assert _signed(table) == ["党振华", "寇\u3000敏"]
    assert _signed("成　员　牛建军　把晓东　火　娟") == ["牛建军", "把晓东", "火\u3000娟"]
    assert _signed("编写组\n组　长：蒙丽娟（壮族）") == ["蒙丽娟"]  # a label is no name


def test_a_cue_in_prose_ends_with_its_sentence_and_a_department_is_no_one():
    assert _signed("销售顾问小王运用 FABE 法介绍车辆。伏羲庙和麦积山石窟的自驾路线可作为试驾话题。") == []
    assert _signed("视频制作：屯溪技校融媒体中心") == []
    assert _signed("全书由吴春生主审。") == ["吴春生"]


def test_an_alliance_named_after_a_region_is_a_unit():
    assert _units("校企合作单位\n京津冀冷链物流产业联盟") == ["京津冀冷链物流产业联盟"]
    assert _units("本书由全国职业教育产业联盟推荐") == []


def test_the_book_s_isbn_and_cip_number_and_a_landline_after_plus_86_are_contacts():
    assert _contacts("ISBN 978-7-5167-6283-1\n中国版本图书馆 CIP 数据核字（2025）第 081736 号") == [
        ("contact", "978-7-5167-6283-1"), ("contact", "081736")]
    # The number without "+86", its area code without 0 as written; a mobile keeps its own rule.
    assert _contacts("Tel: +86-631-7586 203 | T: +86 510 8521 6390 | M: +86 139 2117 4065") == [
        ("phone", "631-7586 203"), ("phone", "510 8521 6390"), ("phone", "+86 139 2117 4065")]
    assert _contacts("电话：+86-0631-7586203；传真：+86 (631) 758 6204") == [("phone", "631-7586203"), ("phone", "(631) 758 6204")]
    # A standard's number, a notice's number, a price and a year name no book nor anyone.
    assert _contacts("按 GB 10810.1—2005 检测；依据 2025 年第 3 号公告；定价 39.80 元") == []
    # A 校本教材's permit, another country's number after its code, a co-writer's site in a letter.
    assert _contacts("内部资料性出版物准印证号：苏内资准字 2025-A012 号\nWhatsApp: +65 9123 4567\nWeb: www.xcmicro-wx.com") == [
        ("contact", "苏内资准字 2025-A012 号"), ("phone", "9123 4567"), ("contact", "www.xcmicro-wx.com")]
    # A voltage, a temperature and a ministry's site are no one's.
    assert _contacts("电压 +5 V，温度 -40 ℃；Web: www.mohrss.gov.cn") == []


def test_a_school_without_its_place_and_an_autonomous_prefecture_written_with_zhou():
    qiandongnan = set(variants.unit_variants("贵州省黔东南苗族侗族自治州民族工艺技工学校"))
    assert {"黔东南苗族侗族自治州民族工艺技工学校", "黔东南州民族工艺技校", "民族工艺技校"} <= qiandongnan
    assert "临夏州河州古建工艺技工学校" in variants.unit_variants("甘肃省临夏回族自治州河州古建工艺技工学校")
    assert "石油技院" in variants.unit_variants("新疆维吾尔自治区克拉玛依市石油工程技师学院")
    assert {"园艺技校", "牡丹园艺技校"} <= set(variants.unit_variants("河南省洛阳市牡丹园艺技工学校"))
    # Trades alone are any school of the trade; nor is "高级技工学校" without its place anyone's.
    assert not {"交通运输技院", "交通运输技师学院"} & set(variants.unit_variants("广东省交通运输技师学院"))
    assert not {"电子技校", "工程技院"} & set(variants.unit_variants("江苏省无锡市梁溪电子技工学校")
                                              + variants.unit_variants("新疆维吾尔自治区克拉玛依市石油工程技师学院"))
    assert variants.unit_variants("上海市高级技工学校")[-1] == "上海高技"
    # A school the text names lends no placeless form: it is as often another's. The language model still reads a
    # school in the footer, and the organiser decides on it.
    assert _across({"封面": "无锡市梁溪电子技工学校　编", "页脚": "梁溪电子技校"}) == [
        ("封面", "unit", "无锡市梁溪电子技工学校"), ("页脚", "suspected_unit", "梁溪电子技校")]
    # The whole school is found, not the profile's shorter form inside it with the place left visible.
    profile = IdentityProfile(units=["江苏省丹阳市光学眼镜技工学校"])
    assert [f.matched for f in scan_text("本版由丹阳眼镜技校修订", profile)] == ["丹阳眼镜技校"]


def test_a_company_named_in_full_is_found_by_its_initials_elsewhere():
    assert _across({"乙方": "乙方：新疆准噶尔油田技术服务有限责任公司", "页脚": "准油技服　采油二队"}) == [
        ("乙方", "unit", "新疆准噶尔油田技术服务有限责任公司"), ("页脚", "unit", "准油技服")]
    # Three words make no initials: "湘江轨道装备" is no 湘轨装.
    assert "湘轨装" not in variants.short_forms("株洲湘江轨道装备股份有限公司")


def test_a_former_factory_school_a_local_centre_and_a_university_that_employed_or_graduated_someone():
    assert _units("丹阳市光学眼镜技工学校（原丹阳市镜片厂职工技术学校）") == ["丹阳市光学眼镜技工学校", "丹阳市镜片厂职工技术学校"]
    assert _units("黔东南州非物质文化遗产保护中心提供了测音资料") == ["黔东南州非物质文化遗产保护中心"]
    assert _units("凯里学院音乐与舞蹈学院的龙　婕教授审读了音律部分") == ["凯里学院"]
    assert _units("1998 年毕业于河南农业大学园艺系") == ["河南农业大学"]
    assert _units("毕业于郑州轻工业学院（现郑州轻工业大学）") == ["郑州轻工业学院", "郑州轻工业大学"]
    assert _units("本书编写过程中得到了通辽市畜牧兽医科学研究所的支持") == ["通辽市畜牧兽医科学研究所"]
    # A province's or a region's centre and a university in a policy's prose are public.
    assert _units("发挥云南省职业教育师资培训中心作用，建设南亚东南亚辐射中心，支持宁波大学建设一流学科。") == []


def test_names_broken_across_lines_an_agreement_s_signatories_credits_and_a_quote_s_attribution():
    assert _signed("副主编：古丽米拉·\n买合木提　叶尔波拉提·沙肯") == ["古丽米拉·\n买合木提", "叶尔波拉提·沙肯"]
    assert _signed("主编：古丽米拉 · 买合木提、依明江‧卡德尔") == ["古丽米拉 · 买合木提", "依明江‧卡德尔"]
    assert _signed("副 主 编 ：韩 玉 兰 、锁 永\n福\n插 图 ：海明珠") == ["韩 玉 兰", "锁 永\n福", "海明珠"]
    assert _signed("参编：王 芳\n李\n") == ["王 芳"]  # a surname alone on the next line is someone else's
    assert _signed("甲方代表（签字）：闫立疆　　乙方代表（签字）：依明江·卡德尔") == ["闫立疆", "依明江·卡德尔"]
    assert _signed("讲解：潘秀英\n演奏：2023 级民族乐器班　石秋月\n解说：吴胜蓉") == ["潘秀英", "石秋月", "吴胜蓉"]
    assert _signed("字幕：中英双语\n示范：学生分组练习") == []
    assert _signed("（作者：2022 级玉雕 1 班　闪佳琪；指导教师：仝海波）") == ["闪佳琪", "仝海波"]
    assert _signed("“料有千变，雕随料走。”\n——焦德坤（镇平县御雕阁玉器有限公司首席雕刻师）") == ["焦德坤"]
    # A subtitle's dash, a public figure quoted, a verb after a cue, a date under a cue and a letter's heading name no one.
    assert _signed("陶瓷手工成型\n——拉坯与利坯") == []
    assert _signed("“横眉冷对千夫指。”——鲁迅") == []
    assert _signed("审读了音律部分；保护中心提供了 20 世纪 80 年代的芦笙测音资料。") == []
    assert _signed("编　者\n2025 年 5 月于海拉尔") == []
    assert _signed("（附：韩方编者来信签名）\n—— 以下为企业编者来信（节选）——") == []


def test_a_one_cell_per_line_table_with_its_title_and_a_base_named_after_a_place():
    assert _signed("表 0-1　编写分工\n姓名\n工作单位\n编写内容\n曲红霞\n威海市海洋渔业技工学校\n项目一\n玄春花（朝鲜族）\n同上\n项目三") == [
        "曲红霞", "玄春花"]
    assert _signed("编写分工\n姓名\n单位\n编写内容\n端木晓川\n保定技师学院\n项目一\n诸葛婧\n同上\n项目二") == ["端木晓川", "诸葛婧"]
    assert _signed("珠海航空技校金湾实训基地") == []


def test_a_letter_signs_in_every_script_and_a_team_member_may_sign_in_latin_letters():
    signature = ("（附：韩方编者来信签名）\n김민준 Kim Min-jun | 金敏俊\n양식기술부 부장 / 养殖技术部 部长\n"
                 "Weihai Hancheng Aquatic Products Co., Ltd.\nTel: +86-631-7586 203")
    assert [(f.kind, f.matched) for f in scan_text(signature)] == [
        ("name", "김민준"), ("name", "Kim Min-jun"), ("name", "金敏俊"), ("unit", "Weihai Hancheng Aquatic Products Co., Ltd."),
        ("phone", "631-7586 203")]
    assert _signed("Best regards,\nKevin Lim 林凯文\nSenior Process Engineer, SMT Line 3") == ["Kevin Lim", "林凯文"]
    assert _signed("Regards,\nDr. Kevin LIM\n\n参编：LIM Kevin") == ["Kevin LIM", "LIM Kevin"]
    assert _signed("参　编：荣佳慧　Kevin Lim（林凯文，新加坡籍）") == ["荣佳慧", "Kevin Lim", "林凯文"]
    assert _signed("副主编　梁嘉豪（Leong Ka Hou，B1 执照工程师）") == ["梁嘉豪", "Leong Ka Hou"]
    assert _signed("参　编：金敏俊（김민준，威海韩成水产有限公司）") == ["金敏俊", "김민준"]
    assert _signed("感谢 Kevin Lim 先生审阅了英文术语，Dr. Leong Ka Hou 提供了工卡。") == ["Kevin Lim", "Leong Ka Hou"]
    assert _signed("依据 IPC Standards 与 Gordon Moore 的预言编写。") == []  # no title, no cue: prose
    # A post on a line of its own, English prose and a people in the bracket are no one.
    assert _signed("Senior Process Engineer\nTel: 0510-85216390") == []
    assert _signed("Best regards,\nThe Editors\n") == []
    assert _signed("Best regards,\nIPC Standards\nTel: 0510-85216390") == []
    assert _signed("主　编　格日乐图雅（蒙古族）\n副主编　孟和朝鲁（蒙古族）") == ["格日乐图雅", "孟和朝鲁"]


def test_a_listed_name_that_is_a_word_is_found_elsewhere_only_spaced_again_or_before_a_title():
    assert _across({"编写人员": "副主编：白　露\n参　编：常　青", "工作页": "白露前后为何要低温处理？签名：白　露",
                    "二维码": "常青老师讲解嫁接；松柏常青"}) == [
        ("编写人员", "name", "白\u3000露"), ("编写人员", "name", "常\u3000青"), ("工作页", "name", "白\u3000露"),
        ("二维码", "name", "常青")]


def test_a_reply_to_reviewers_a_shared_document_and_a_team_list_name_who_changed_owned_and_reviewed_it():
    assert _signed("已改。（修改人：达吾列提·塔斯恒）\n团队成员：祖丽皮亚·艾则孜（本校教师）") == ["达吾列提·塔斯恒", "祖丽皮亚·艾则孜"]
    assert _signed("文档所有者：德庆旺姆（飞书号 dechen.wm）\n编辑者：洛桑旺堆、拉巴卓嘎\n企业审核：罗布次旦（企业微信 LuobuCD-thg）") == [
        "德庆旺姆", "洛桑旺堆", "拉巴卓嘎", "罗布次旦"]
    # An account in a name's bracket is no employer; a voucher's bare 审核 in an accounting exercise signs for no one.
    assert _units("企业审核：罗布次旦（企业微信 LuobuCD-thg）") == []
    assert _signed("制单：张华　　审核：李明　　记账：赵丽") == []


def test_a_dotted_name_is_the_same_person_undotted_spaced_or_with_another_dot_and_a_bio_may_give_the_people_first():
    assert _across({"致谢": "孟根·巴雅尔师傅审读了项目四。", "思政": "孟根巴雅尔是风电场的运维班长。"}) == [
        ("致谢", "name", "孟根·巴雅尔"), ("思政", "name", "孟根巴雅尔")]
    assert _across({"简介": "洛古·有格，彝族，1991 年生于四川凉山。", "页脚": "第 3 页\n洛 古 有 格　整理"}) == [
        ("简介", "name", "洛古·有格"), ("页脚", "name", "洛 古 有 格")]
    assert _signed("副主编：达吾列提．塔斯恒\n参　编：阿拉腾苏布达") == ["达吾列提．塔斯恒", "阿拉腾苏布达"]
    # OCR's third character before the list's next name; a word beginning the next line is no part of the name.
    assert _signed("参 编 ：马 宏\n亮 、白永清") == ["马 宏\n亮", "白永清"]
    assert _signed("主编：王 芳\n亮点") == ["王 芳"]


def test_a_name_s_bracket_giving_another_name_and_romanised_names_with_marks_or_two_capitals():
    assert _signed("本书第 1 版由全明浩（朝鲜文名 전명호）任主编。丁学礼（经名尤努斯）老师统稿。") == [
        "全明浩", "전명호", "丁学礼", "尤努斯"]
    assert _signed("主编　马地娜·卡里木　Madina Kärim") == ["马地娜·卡里木", "Madina Kärim"]
    assert _signed("Best,\nPo-Han Huang 黄柏翰\nQA Manager\nM: +86 139 1567 0824") == ["Po-Han Huang", "黄柏翰"]
    # A school's English name in its bracket is no one.
    assert _signed("学校（英文名 Ski Resort School）") == []


def test_office_chat_ids_an_official_account_s_id_and_where_a_base_is_are_contacts():
    assert _contacts("飞书：yuepeng_altxue\n文档所有者：德庆旺姆（飞书号 dechen.wm）\n企业审核：罗布次旦（企业微信 LuobuCD-thg）") == [
        ("contact", "yuepeng_altxue"), ("contact", "dechen.wm"), ("contact", "LuobuCD-thg")]
    assert _contacts("欢迎关注微信公众号“楚雄农业技工”（ID：cxnyjg_1985）。") == [
        ("contact", "楚雄农业技工"), ("contact", "cxnyjg_1985")]
    assert _contacts("基地位于楚雄市鹿城镇紫溪路 96 号校区东侧") == [("contact", "紫溪路 96 号")]
    assert _contacts("和平饭店位于上海市黄浦区南京东路 20 号，是装饰艺术风格的代表。") == []  # a lesson's public place
    # The app named in prose, a shared document's name and a place without its street are no one's.
    assert _contacts("本手册在飞书文档中协作编写，企业微信 App 可以打卡。学校位于楚雄市鹿城镇。") == []


def test_pinyin_initials_in_the_names_of_files_handed_in_and_a_word_comment_s_initials_are_people():
    assert _signed("交稿清单\n管道工程施工_项目1-3_DingXL_终稿.docx\n彩灯制作技艺_全书_ZengWM_20250603.docx") == ["DingXL", "ZengWM"]
    assert _signed("（审阅批注导出）\n[ZWM1] 第 2 页：四道工序的顺序请统一。\n[ZWM3] 第 15 页的照片请换掉。") == ["ZWM", "ZWM"]
    # A product's or a technology's name in a file name is no one's initials, nor a reference's number.
    assert _signed("数据库_MySQL_v2.docx、实验_PowerPoint_模板.pptx、第1章_JavaEE_讲义.docx\n[1] 叶杭冶. 风力发电[M].") == []
    assert _signed("[GB1] 国家标准的代号") == []


def test_a_role_someone_took_is_no_label_and_an_example_record_that_says_it_is_made_up_is_no_one_s():
    assert _signed("第 2 版由郄振邦任主编修订，对接新版补贴目录，删去了已淘汰的东方红-54 拖拉机。") == ["郄振邦"]
    assert _contacts("示例：雪票销售记录（虚构数据）\n票号 A0231　姓名 王雪晴　手机 138 0000 5521\n"
                     "入住登记示例（教学用虚构数据）：证件号 110101199003071234　手机 13800000000") == []
    # A sentence saying the cases are made up vouches for no number after it.
    assert _contacts("本书案例均为虚构。联系电话：0871-65123456") == [("phone", "0871-65123456")]


def test_a_school_s_type_cut_to_its_first_word_after_its_own_word_and_place():
    assert "楚雄农业技工" in variants.unit_variants("云南省楚雄彝族自治州农业技工学校")
    assert "锡盟能源技师" in variants.short_forms("锡盟能源技师学院")
    # Without the school's own word, or without its place, they are a city's or a trade's workers.
    assert not {"厦门技师", "厦门技工", "成都技工"} & set(variants.unit_variants("福建省厦门技师学院") + variants.unit_variants("成都市技工学校"))
    assert not {"能源技师", "农业技工"} & set(variants.unit_variants("锡盟能源技师学院") + variants.unit_variants("楚雄州农业技工学校"))


def test_a_company_s_trade_name_cut_apart_by_the_segmenter_lends_its_short_forms():
    assert _across({"扉页": "林芝市桃花谷乡村旅游开发有限公司　编", "前言": "本手册由桃花谷旅游共同编写。林芝桃花节吸引大批游客。"}) == [
        ("扉页", "unit", "林芝市桃花谷乡村旅游开发有限公司"), ("前言", "unit", "桃花谷旅游")]
    assert "雪都山地" in variants.short_forms("阿勒泰雪都山地运动有限公司")
    # The honour "中国雪都" and a common word before a company's trade are none of its forms.
    assert not {"雪都", "智能制造"} & set(variants.short_forms("阿勒泰雪都山地运动有限公司") + variants.short_forms("宁波智能制造有限公司"))


def test_a_former_name_in_brackets_a_hong_kong_company_s_bracketed_place_and_a_stamped_opinion_s_unit():
    assert _units("沧州渤达管道装备集团有限公司（原孟村县渤达弯头厂）合作编写") == ["沧州渤达管道装备集团有限公司", "孟村县渤达弯头厂"]
    assert _units("副主编：鄧永樂（星匯玩具製品（香港）有限公司　產品開發總監）") == ["星匯玩具製品（香港）有限公司"]
    assert _units("推荐单位意见：\n同意推荐。\n（盖章）和田地区人力资源和社会保障局") == ["和田地区人力资源和社会保障局"]
    # A local bureau cited as a source, a factory in prose and any company's Hong Kong branch stay visible.
    assert _units("已补注，引自阿勒泰地区文物局公开的资料；老厂房（原纺织厂）改建；某（香港）有限公司报价。") == []


def test_a_signature_in_uyghur_or_tibetan_script_with_its_romanisation_is_a_person_in_both_scripts():
    assert _signed("ئەكبەر روزى\nEkber Rozi") == ["ئەكبەر روزى", "Ekber Rozi"]
    assert _signed("前言正文。\n\nབདེ་ཆེན་དབང་མོ། (Dechen Wangmo)\n2025 年 7 月") == ["བདེ་ཆེན་དབང་མོ", "Dechen Wangmo"]
    # A greeting a lesson glosses, in the same shape, is no one.
    assert _signed("管家须用问候语：\nབཀྲ་ཤིས་བདེ་ལེགས། (Tashi Delek)\n意为吉祥如意。") == []


def test_a_transliterated_name_a_pdf_broke_between_its_syllables_is_one_name():
    assert _signed("主编　德庆\n旺姆\n副主编　洛桑\n旺堆") == ["德庆\n旺姆", "洛桑\n旺堆"]
    # Two Chinese names on two lines are two people; a date under a name is no part of it.
    assert _signed("主编：王芳\n李明") == ["王芳", "李明"]
    assert _signed("参编：格桑\n2025 年 5 月") == ["格桑"]


def test_a_people_in_the_bracket_after_a_listed_word_says_it_is_someone_of_any_origin():
    assert _signed("副主编　毕丽芬（彝族）　洛古有格（彝族）") == ["毕丽芬", "洛古有格"]
    # Outside a team's list a people's bracket follows a dance or a festival as often.
    assert _signed("欣赏：阿细跳月（彝族）、火把节（彝族）") == []


def test_a_name_s_hangul_form_right_beside_it_is_the_same_person():
    assert _signed("参编：全明浩 전명호、金顺姬　김순희") == ["全明浩", "전명호", "金顺姬", "김순희"]
    assert _signed("主编：王芳 안녕하세요") == ["王芳"]  # a Korean sentence after a name is none


def test_a_company_whose_place_starts_with_a_joining_character_keeps_its_place():
    assert _across({"团队": "团队成员：图尔荪江·如则（和田玉河织艺地毯有限公司　纹样设计师）", "样章": "以玉河织艺提供的纹样为例"}) == [
        ("团队", "name", "图尔荪江·如则"), ("团队", "unit", "和田玉河织艺地毯有限公司"), ("样章", "unit", "玉河织艺")]
    # 和 joining two names stays out of the second.
    assert _units("本书由沧州渤达管道装备集团有限公司和孟村县渤达管件有限公司合作编写") == [
        "沧州渤达管道装备集团有限公司", "孟村县渤达管件有限公司"]


def test_the_units_a_book_says_wrote_it_together_are_found_by_those_short_forms_everywhere():
    assert _across({"前言": "本书由舟山船校与海达船修合作编写。", "附录": "海达船修　技术部", "页脚": "舟山船校　内部使用"}) == [
        ("前言", "unit", "舟山船校"), ("前言", "unit", "海达船修"), ("附录", "unit", "海达船修"), ("页脚", "unit", "舟山船校")]
    # A former name in brackets may stand before the joining word, and is the unit's too; "按…" may come before the verb.
    assert _units("本书由连云港港机技校与东港港机（原连云港港务局机械修造厂）共同编写") == ["连云港港机技校", "东港港机", "连云港港务局机械修造厂"]
    assert _units("本课程由福鼎茶校与翠岚茶业按真实工序共同开发") == ["福鼎茶校", "翠岚茶业"]
    # Kinds of partners are anyone.
    assert _units("本书由学校与合作企业共同开发；本教材由企业技术人员和一线教师合作编写，港澳餐饮企业提供了菜谱。") == []


def test_a_company_s_old_shop_name_a_local_promotion_society_and_a_university_whose_teacher_is_thanked():
    assert _across({"后记": "本书由亳州济世堂中药饮片有限公司合作编写。", "正文": "感谢济世堂的师傅。"}) == [
        ("后记", "unit", "亳州济世堂中药饮片有限公司"), ("正文", "unit", "济世堂")]
    assert _units("本标准由宁德市白茶产业促进会组织审定。") == ["宁德市白茶产业促进会"]
    assert _units("感谢红河学院生物科学与农学学院的宾晓霞老师审读了食品卫生部分。") == ["红河学院"]
    # A brand of old no company of the book is named after, a national society and a university in prose stay visible.
    assert _units("同仁堂的炮制规范可作对照；本标准由中国烹饪协会组织审定；加快推进红河学院建设。") == []


def test_an_email_with_a_hash_for_its_at_or_an_ocr_space_an_account_s_bracketed_id_and_a_site_on_a_contact_line():
    assert _contacts("邮箱：gengyun#bzzyjx.edu.cn（发送时请将#换成@）\nE-mail：luxz@lpsmjjx .edu.cn") == [
        ("email", "gengyun#bzzyjx.edu.cn"), ("email", "luxz@lpsmjjx .edu.cn")]
    assert _contacts("微信公众号：蒙自餐饮技校（ID：mzcyjx1998）") == [("contact", "mzcyjx1998")]
    assert ("contact", "www.hafpjx.cn") in _contacts("淮安烹饪技校　www.hafpjx.cn　咨询：0517—8390 6625")
    # A hashtag and a reference's site on a line without the unit stay visible.
    assert _contacts("话题 #白茶# 下讨论，#换成@ 的写法见第二章\n参考网站：www.cnki.net") == []


def test_a_company_s_trade_name_after_its_district_and_a_cover_table_s_approver():
    assert {"淮府酒店", "淮府管理"} <= set(variants.short_forms("淮安市清江浦淮府酒店管理有限公司"))
    # A two-character trade name that is also a place's name stays the trade name.
    assert "陇上汇通" in variants.short_forms("甘肃陇上汇通汽车销售服务有限公司")
    assert _signed("编写人\n覃美玲\n审核人\n韦德昌\n批准人\n谭 劲 松\n编写单位\n蒙自市餐饮技工学校") == ["韦德昌", "谭 劲 松"]


def test_a_mail_s_display_name_a_contact_line_in_english_and_a_people_s_bracket_in_a_division_of_work():
    assert _signed("抄送：Jingwen Tian <jingwen.tian@caidu-coldchain.com>") == ["Jingwen Tian"]
    assert _signed("Contact: Shentu Liqun | Email: shentulq@ajzmjx.edu.cn") == ["Shentu Liqun"]
    assert "仁青措姆" in _signed("项目四、项目五由戈壁光能运维部的仁青措姆（藏族）编写；全书由司马宏远统稿。")
    # A newsletter's name before its address off a mail header, a contact form's heading and a dance's people are no one.
    assert _signed("订阅 Cold Chain <news@example.com>；Contact Us\n阿细跳月（彝族）由来已久。") == []


def test_the_book_after_a_reviewer_a_department_in_a_mentor_s_bracket_a_market_and_a_work_task_s_cast_are_no_one():
    assert _signed("感谢贵州工程应用技术学院帅鸣皋教授审读全书．") == ["帅鸣皋"]
    assert _units("企业指导教师：廖胜堂（中央厨房　主管）") == []
    assert _units("副主任委员：仲崇文（淮府酒店　行政总厨）") == ["淮府酒店"]  # a trade name before a post is the employer
    assert _units("亳州中药材交易中心是本项目的参观点。") == []
    assert _signed("【任务】船东代表 Lars Nilsson 先生对 3 号分段的漆膜厚度提出异议。\n任务描述：Hannah Weber 女士来电。") == []
    assert _signed("感谢 Kevin Lim 先生提供的工艺卡。") == ["Kevin Lim"]


def test_a_one_cell_per_line_table_s_rows_start_at_their_serial_numbers_when_a_name_is_broken():
    table = "序号\n姓名\n单位\n职务\n1\n邬海鹏\n舟山船校\n讲师\n2\n上官\n子墨\n同上\n讲师\n3\n虞海蓉\n同上\n讲师"
    assert _signed(table) == ["邬海鹏", "上官\n子墨", "虞海蓉"]
    # Without serial numbers a row is as many lines as the header: the table ends where a name cell holds no name.
    assert "讲师" not in _signed("姓名\n单位\n邬海鹏\n舟山船校\n上官\n子墨\n同上\n讲师")


def test_a_bracket_a_cue_s_reach_cuts_open_holds_no_one():
    line = "编写组联系人：耿芸　电话：0558-5126 308　邮箱：gengyun#bzzyjx.edu.cn（发送时请将#换成@）"
    assert _signed(line) == ["耿芸"]


def test_a_technical_school_by_the_first_characters_of_its_place_and_its_word():
    assert "蒙餐技校" in variants.unit_variants("云南省蒙自市餐饮技工学校")
    assert "水矿技校" in variants.unit_variants("水城矿务局技工学校")
    # Never from a place alone or an ordinal: "成技校", "南第技校" name no school.
    assert not [form for form in variants.unit_variants("成都市技工学校") + variants.unit_variants("江西省南昌市第一技工学校")
                if len(form) == 4 and form.endswith("技校") and form[1] in "技第"]


def test_a_company_by_two_characters_of_its_trade_name_and_the_first_of_the_next_two_words():
    assert "乌蒙矿机" in variants.short_forms("六盘水乌蒙山矿山机电设备有限公司")
    # A common first word is still no trade name, whatever follows it; a one-character word gives no initial.
    assert variants.short_forms("宁波智能制造有限公司") == []
    assert not {"济堂中", "济世中饮"} & set(variants.short_forms("亳州济世堂中药饮片有限公司"))


def test_contacts_a_pdf_broke_or_a_label_introduces():
    # A landline a PDF broke after the area code's first digit; the unbroken number in a sentence still one phone.
    assert _contacts("联系电话：0391-7\n415 208") == [("phone", "0391-7\n415 208")]
    assert _contacts("服务热线：400-0531-627　800 611 2345") == [("phone", "400-0531-627"), ("phone", "800 611 2345")]
    assert _contacts("食品生产许可证编号：SC12337011200528") == [("contact", "SC12337011200528")]
    assert _contacts("微信公众号 ID：jnhs_pr") == [("contact", "jnhs_pr")]
    assert _contacts("实训基地：德州市陵城区工业园新河路 19 号") == [("contact", "工业园新河路 19 号")]
    # An example record's heading says its numbers are made up; a real contact line keeps its number.
    assert _contacts("登记表（示例）：客户 王丽　电话 139 0000 5678") == []
    assert _contacts("售后（工作日）：139 6123 5678") == [("phone", "139 6123 5678")]


def test_word_s_revision_pane_and_printed_comments_name_their_reviser():
    pane = "郜晓燕　插入的内容\n　　本章实训在合作企业完成。\n卓一航　批注 [ZYH3]\n　　已核对。"
    assert _signed(pane) == ["郜晓燕", "卓一航", "ZYH"]
    assert _signed("页 8：批注 [LHM1]　鲁海明　2025/5/6 9:30:00\n请补图。") == ["LHM", "鲁海明"]
    # Without 批注 a bracket of capitals is a reference's or a figure's label.
    assert _signed("见文献 [GB2] 的规定。") == []


def test_a_form_s_work_unit_cell_a_log_s_recorder_and_who_drew_the_book():
    assert _units("评审专家\n蒲　帆\n工作单位\n宜宾学 院\n评审结论") == ["宜宾学 院"]
    assert _units("工作单位：某某\n") == []  # no unit's ending, no unit
    assert "柯文锦" in _signed("实践单位：某食品厂\n记录人：柯文锦\n内容：跟班")
    assert "戚晓岚" in _signed("模块一由韦东编写；戚晓岚绘制了全部插图。")


def test_a_company_s_trade_name_after_its_city_and_district_and_an_old_shop_s_name():
    assert "云栖酒庄" in variants.short_forms("潍坊青州云栖酒庄有限公司")
    assert "玉河织艺" in variants.short_forms("和田玉河织艺地毯有限公司")  # the place-led form kept: it may be the trade name
    assert "味香记" in variants.short_forms("梧州味香记食品有限公司")


def test_a_russian_letter_s_people_and_company_but_not_a_name_in_a_sentence():
    letter = ("发件人: Анна Кузнецова <a.kuz@example.ru>\n\nУважаемый Вэйдун,\n样例已更新。\n\nС уважением,\n"
              "Анна Кузнецова\nООО «Северный Путь», Хабаровск")
    assert _signed(letter) == ["Анна Кузнецова", "Вэйдун", "Анна Кузнецова"]
    assert _units(letter) == ["ООО «Северный Путь»"]
    assert _signed("【任务】买家 Сергей Волков 要求随附证书。") == []


def test_accented_romanised_names_their_transliteration_and_a_school_s_competitors():
    assert _signed("副主编　Émile Durand（埃米尔·迪朗，葡萄园　技术顾问）") == ["Émile Durand", "埃米尔·迪朗"]
    assert _signed("2025 年 5 月，我校选手贺一鸣、旦增多吉（藏族）分获二等奖。") == ["贺一鸣", "旦增多吉"]
    assert _signed("选手须在 4 小时内完成。") == []


def test_the_fifteenth_held_out_set_reaches_the_recall_target():
    """v15 was written by someone who never read the matcher and measured once, after the matcher learned v14:
    recall 0.964 (188/195), precision 0.969 (189/195); without the language model 0.944/0.989. It must not be
    tuned on: the next change to the matcher is measured on a new set."""
    found, planted, true_findings, all_findings, missed = measure(HELDOUT_V15)
    assert found / planted >= RECALL_TARGET, missed
    assert true_findings / all_findings >= PRECISION_TARGET
