"""Decision letters (审核结论通知书) as DOCX. They quote the opinions as 专家一, 专家二 …: no reviewer
is named anywhere in the document, its properties included (R3)."""

import io

import docx
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from review import anonymise

NUMERALS = "一二三四五六七八九十"


def expert_label(position):
    return f"专家{NUMERALS[position - 1] if 0 < position <= len(NUMERALS) else position}"


def letter_file_name(submission):
    return anonymise.neutral_file_name(submission.code, "审核结论通知书", submission.round_number, "docx")


def letter_paragraphs(submission):
    from review.services import round_opinions

    lines = [
        ("title", "审核结论通知书"),
        ("p", f"审核编号：{submission.code}"),
        ("p", f"送审名称：《{submission.title}》（{submission.kind_label}）"),
        ("p", f"审核轮次：第{submission.round_number}轮"),
        ("p", f"当前状态：{submission.get_stage_display()}"),
    ]
    if submission.decision:
        lines.append(("p", f"审核结论：{submission.get_decision_display()}"))
    if submission.decision_comment:
        lines.append(("p", f"结论说明：{submission.decision_comment}"))
    for review in submission.political_reviews.order_by("at"):
        lines.append(("p", f"政治把关意见：{'通过' if review.passed else '不通过'}。{review.comment}"))
    for opinion in round_opinions(submission.current_round):
        lines.append(("h", f"{expert_label(opinion.assignment.position)}意见（{opinion.get_recommendation_display()}）"))
        lines += [
            ("p", f"思想性（{opinion.ideology_score}分）：{opinion.ideology_comment}"),
            ("p", f"科学性（{opinion.science_score}分）：{opinion.science_comment}"),
            ("p", f"适应性（{opinion.adaptability_score}分）：{opinion.adaptability_comment}"),
            ("p", f"政治性错误检查：{opinion.get_political_error_display()}"),
        ]
        if opinion.texts_to_replace:
            lines.append(("p", f"须更换的选文：{opinion.texts_to_replace}"))
        if opinion.authors_to_replace:
            lines.append(("p", f"须更换的作者或编写人员：{opinion.authors_to_replace}"))
    lines.append(("p", f"{submission.organiser.name}　{timezone.localdate():%Y年%m月%d日}"))
    return lines


def decision_letter(submission):
    from review.services import reviewer_profile

    lines = letter_paragraphs(submission)
    if anonymise.scan_text("\n".join(text for _k, text in lines), reviewer_profile(submission.current_round), generic=False):
        raise ImproperlyConfigured("R3（第二十一条）：审核结论通知书含有评审专家身份信息。")
    document = docx.Document()
    for kind, text in lines:
        if kind == "title":
            document.add_heading(text, 0)
        elif kind == "h":
            document.add_heading(text, 2)
        else:
            document.add_paragraph(text)
    properties = document.core_properties
    properties.author = properties.last_modified_by = submission.organiser.name
    properties.title = f"审核结论通知书 {submission.code}"
    properties.comments = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
