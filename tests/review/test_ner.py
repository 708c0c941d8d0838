"""The language model's second opinion on people and organisations (R3, review/anonymise/ner.py), and
the rules added with it: what it finds that no rule marks, what a lesson names that it leaves, and that
its candidates reach the organiser as suspected, for a decision, before the reviewer sees anything."""

import io

import docx

from review.anonymise import (
    IdentityProfile, anonymise_docx, apply_redactions, ner, redaction_strings, scan_parts, scan_text,
)
from tests.review import hostile_files as hf


def _found(text, profile=None):
    return [f.matched for f in scan_text(text, profile or IdentityProfile())]


def test_a_minute_s_attendees_and_a_chat_s_senders_are_found_though_no_cue_marks_them():
    minutes = "参会人员：文俊辉（湖南工程学院）、贺岳林（楚湘电机）、谭启明、旷楚天、易芳芳"
    assert {"文俊辉", "贺岳林", "谭启明", "旷楚天", "易芳芳"} <= set(_found(minutes))
    chat = "2025-09-18 20:36 吴秋萍\n视频明天发群里\n2025-09-18 20:40 卢秉坤\n收到"
    assert {"吴秋萍", "卢秉坤"} <= set(_found(chat))


def test_what_a_lesson_names_stays_visible():
    lesson = [
        "湘潭是毛泽东、彭德怀的家乡，齐白石也生长于此。",  # public figures
        "明代宋应星在《天工开物》中记述了失蜡铸造之法。",  # a figure of history
        "【任务】芜湖某泵业公司的王经理订购 200 件泵体，造型班长老陶须先检测型砂。",  # a task's cast, forms of address
        "欧普、雷士、飞利浦的产品说明书可作对照。",  # brands
        "炉前记录（示例）：炉号 2-07　熔炼工 张伟　出铁温度 1 450 ℃",  # an example record
        "[1] 郑怀礼. 水电厂运行与管理[M]. 北京：中国水利水电出版社，2019.",  # a reference entry
        "请对照中国国家铁路集团有限公司的服务标准完成任务。",  # a national body
        "加快推进西南交通大学“双一流”建设。",  # policy prose
        "陵水清水湾的码头管理处为学生提供了泊位，谨致谢忱。",  # thanks, no one
    ]
    for sentence in lesson:
        assert [f for f in scan_text(sentence, IdentityProfile()) if f.kind.startswith("suspected")] == [], sentence


def test_a_leader_the_text_titles_is_public_wherever_it_names_him_and_kinds_of_school_are_no_unit():
    speech = ("深入贯彻习近平新时代中国特色社会主义思想。\n预祝大赛取得圆满成功！\n习近平\n2020年12月10日\n"
              "各地要办好高级技工学校、职教集团和世界一流大学。")
    assert [f for f in scan_text(speech, IdentityProfile()) if f.kind.startswith("suspected")] == []


def test_a_partner_s_worker_in_a_case_is_the_book_s_and_a_name_the_rules_cut_is_read_whole():
    text = "本书由阳江市五金刀剪技工学校与阳江市锋钢刀剪实业有限公司合作编写。锋钢刀剪的高级技师林亚九编写项目五。"
    assert "林亚九" in _found(text)
    assert "吕大满" in _found("安徽鑫铸机械有限公司合作编写本书。鑫铸机械的造型工吕大满在砂型车间干了二十八年。")


def test_the_model_s_candidates_are_suspected_pending_and_labelled_for_the_organiser():
    findings = scan_text("出席：胡靖川、彭黛筠、聂卫国", IdentityProfile())
    suspected = [f for f in findings if f.kind == ner.SUSPECTED_NAME]
    assert suspected and all(not f.cleaned and f.suggest_redaction for f in suspected)
    assert suspected[0].label == "疑似姓名（语言模型识别）"
    assert "待确认遮盖" in suspected[0].message and "■■■" in suspected[0].excerpt


def test_a_docx_s_suspected_people_are_gone_from_the_reviewer_s_copy_once_the_organiser_masks_them():
    document = docx.Document()
    document.add_paragraph("《冷水鱼养殖》编写工作会会议纪要")
    document.add_paragraph("出席：汪治国、祁海燕、韩德胜（贵德县高原渔业技工学校）")
    document.add_paragraph("记录：祁海燕")
    buffer = io.BytesIO()
    document.save(buffer)
    cleaned = anonymise_docx(buffer.getvalue(), IdentityProfile(names=["汪治国"]))
    assert {f.kind for f in cleaned.pending} >= {"name"}
    copy = apply_redactions(cleaned.content, redaction_strings(cleaned.findings))
    text = "\n".join(blob.decode("utf-8", "ignore") for blob in hf.read_members(copy).values())
    assert not [name for name in ("汪治国", "祁海燕", "韩德胜", "贵德县高原渔业技工学校") if name in text]


def test_a_school_contracted_from_its_place_and_word_is_found_but_not_a_word_before_school():
    profile = IdentityProfile(units=["青海省贵德县高原渔业技工学校"])
    assert _found("贵德渔校《冷水鱼养殖》编写组\n2025 年 9 月", profile) == ["贵德渔校"]
    assert _found("地点：潭电技校图书馆三楼", IdentityProfile(units=["湖南省湘潭市电工电机技工学校"])) == ["潭电技校"]
    assert _found("本校学生参加技校技能比赛，贵德县的校长致辞。", profile) == []


def test_a_partner_is_found_by_four_characters_of_its_trade_name_but_not_by_common_words():
    parts = {"前言": "本书由仙桃市新材料技工学校与湖北仙桃恒润防护用品有限公司共同编写。",
             "纪要": "出席：万　俊（恒润防护）", "正文": "防护用品应符合 GB 2626 的要求。"}
    found = {(f.part, f.matched) for f in scan_parts(parts, IdentityProfile())}
    assert ("纪要", "恒润防护") in found
    assert not [matched for part, matched in found if part == "正文"]


def test_an_order_form_s_bank_account_and_an_ocr_spaced_id_number_are_identities():
    assert _found("开户名：中宁县枸杞产业技工学校\n账号：2943 0101 0400 1876 5")[-1] == "2943 0101 0400 1876 5"
    assert "62098219790316 0537" in _found("授权人签字：康宝华\n身份证号：62098219790316 0537")


def test_texts_of_different_lengths_tagged_together_are_tagged_as_each_alone():
    texts = ["参会人员：文俊辉（湖南工程学院）、贺岳林（楚湘电机）", "主　任　卢秉坤", "张三在北京市工作", "易芳芳"]
    together = ner.model().tag(texts)
    assert together == [ner.model().tag([text])[0] for text in texts]
    assert [tag.split("-")[0] for tag in together[2][:2]] == ["PER", "PER"]


def test_the_profile_alone_never_consults_the_model():
    assert scan_text("出席：胡靖川、彭黛筠", IdentityProfile(names=["胡靖川"]), generic=False)[0].matched == "胡靖川"
    assert len(scan_text("出席：胡靖川、彭黛筠", IdentityProfile(names=["胡靖川"]), generic=False)) == 1
