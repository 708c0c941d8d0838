"""Textbook rules (SPEC §3, §4 R7/R8/R10/R11, §5 S6) as small pure functions.

Each function decides one thing from plain values and is named after it. Refusals are Chinese
messages that start with the rule id and article. ``textbooks.checks`` gathers the values from
the database for model/form ``clean()`` and ``textbooks.services``; nothing here touches it.
"""

import datetime
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass

from django.core.exceptions import ValidationError

# Planning levels and category/catalogue keys are the string values of the model choices;
# they are spelled out here so that this module stays free of model imports.
NATIONAL = "national"
PROVINCIAL = "provincial"
NON_PLANNED = "non_planned"

UNIFIED_CATEGORY = "unified"
TRAINING_CATEGORIES = frozenset({"vocational_training", "job_training"})
UNIFIED_PUBLIC_COURSE = "unified_public"  # curriculum.CourseCategory.UNIFIED_PUBLIC

NATIONAL_PLANNED_CATALOGUE = "national_planned"
PROVINCIAL_PLANNED_CATALOGUE = "provincial_planned"
VOCATIONAL_TRAINING_CATALOGUE = "vocational_training"
SKILLS_UPGRADING_CATALOGUE = "skills_upgrading"
INFORMATION_LIBRARY = "information_library"

APPROVED = "approved"
PRC_NATIONALITY = "中国"
PUBLISHER_PENALTY_YEARS = 5

# ------------------------------------------------------------------------------------ ISBN


def normalise_isbn(raw):
    """Digits (and a final X) only: '978-7-5167-1234-5' → '9787516712345'.

    Full-width digits and hyphens typed with a Chinese input method are read as ASCII (NFKC), so
    that one ISBN has one spelling (Art. 28(6): one ISBN, one textbook)."""
    return re.sub(r"[\s\-—]", "", unicodedata.normalize("NFKC", raw or "").strip()).upper()


def isbn13_problem(raw):
    """Why ``raw`` is not a valid ISBN-13, or None. Checks prefix, length and the check digit."""
    isbn = normalise_isbn(raw)
    # ASCII digits only: \d and int() also take Arabic-Indic, Devanagari … digits.
    if not re.fullmatch(r"[0-9]{13}", isbn):
        return f"ISBN“{raw}”应为 13 位数字（可含连字符）。"
    if not isbn.startswith(("978", "979")):
        return f"ISBN“{raw}”应以 978 或 979 开头。"
    expected = isbn13_check_digit(isbn[:12])
    if isbn[12] != expected:
        return f"ISBN“{raw}”校验位错误（应为 {expected}），请核对是否录入有误或为盗版书号。"
    return None


def isbn13_check_digit(first_twelve):
    """ISBN-13's check digit: weights 1 and 3 alternating, ten's complement of the sum mod 10."""
    total = sum(int(digit) * (1 if i % 2 == 0 else 3) for i, digit in enumerate(first_twelve))
    return str((10 - total % 10) % 10)


# ------------------------------------------------------------------------------------ files

MANUSCRIPT_EXTENSIONS = (".docx", ".pdf")


def validate_manuscript_name(field_file):
    if not str(field_file.name).lower().endswith(MANUSCRIPT_EXTENSIONS):
        raise ValidationError("书稿只能是 DOCX 或 PDF 文件。")


def manuscript_content_problem(name, head):
    """The first bytes must match the extension: a renamed file is refused, not stored."""
    lower = name.lower()
    if lower.endswith(".pdf") and not head.startswith(b"%PDF-"):
        return "书稿文件扩展名为 PDF，但内容不是 PDF 文件。"
    if lower.endswith(".docx") and not head.startswith(b"PK\x03\x04"):
        return "书稿文件扩展名为 DOCX，但内容不是 Word 文档。"
    return None


# ------------------------------------------------------------------------------------ units


@dataclass(frozen=True)
class UnitQualification:
    """Art. 12 facts about a compiling unit."""

    registered_in_prc: bool
    independent_legal_person: bool
    legal_representative_nationality: str
    has_compiling_team: bool
    has_service_team: bool
    has_funding: bool
    national_lead_basis: str
    organisation_kind: str


def unit_qualification_problems(q):
    """Unmet conditions of Art. 12(1)–(4): a unit with any of them may compile nothing."""
    problems = []
    if not (q.registered_in_prc and q.independent_legal_person):
        problems.append("第十二条第（一）项：须在中华人民共和国境内登记注册并具有独立法人资格。")
    if q.legal_representative_nationality.strip() not in (PRC_NATIONALITY, "中华人民共和国"):
        problems.append("第十二条第（一）项：单位法定代表人须具有中华人民共和国国籍。")
    if not q.has_compiling_team:
        problems.append("第十二条第（二）项：须有熟悉相关学科专业教材编写工作的专业团队。")
    if not q.has_service_team:
        problems.append("第十二条第（三）项：须有跟踪服务和研究的专业团队及常态化质量监控机制。")
    if not q.has_funding:
        problems.append("第十二条第（四）项：须有相应的经费保障与硬件支持条件。")
    return problems


PUBLISHER_LEAD_BASIS = "specialist_publisher"


def eligible_planning_levels(q):
    """Which planning levels a unit may lead: none, or provincial and non-planned, plus national
    when it meets the stricter lead-unit conditions of Art. 12(5)."""
    if unit_qualification_problems(q):
        return []
    levels = [PROVINCIAL, NON_PLANNED]
    basis = q.national_lead_basis
    # A publisher leads national textbooks only as a specialist publisher (Art. 12(5), 2nd sentence).
    if basis and (q.organisation_kind != "publisher" or basis == PUBLISHER_LEAD_BASIS):
        levels.insert(0, NATIONAL)
    return levels


def unit_may_lead(q, planning_level):
    return planning_level in eligible_planning_levels(q)


def unit_eligibility_refusal(unit_name, q, planning_level, level_label, registered=True):
    """Art. 12: refusal when a unit may not lead this level. ``q`` is None when the unit has no
    profile (``registered`` False) or HRSS has not verified it yet: a proposal counts for nothing."""
    if not registered:
        return f"第十二条：{unit_name}尚未登记编写单位资质，不能承担教材编写。"
    if q is None:
        return f"第十二条：{unit_name}的编写单位资质尚未经人力资源社会保障部门核验，不能承担教材编写。"
    if unit_may_lead(q, planning_level):
        return None
    reasons = unit_qualification_problems(q) or [
        "第十二条第（五）项：牵头全国技工教育规划教材的单位须为办学质量较高的技工院校、行业领先企业、教科研机构或人社、教育、科技类及行业出版机构。"
    ]
    return f"{unit_name}不具备牵头编写{level_label}的条件：" + "".join(reasons)


PUBLISHER_UNVERIFIED = "第二十四条：出版资质尚未经人力资源社会保障部门核验。"


def publisher_qualification_problems(
    *, has_qualified_editors, has_service_capacity, has_adequate_capital, penalty_dates, today
):
    """Unmet conditions of Art. 24 (a penalty within the last five years disqualifies)."""
    problems = []
    if not has_qualified_editors:
        problems.append("第二十四条第（一）项：须有相关专业背景、中级以上职业资格的在编专职编辑人员。")
    if not has_service_capacity:
        problems.append("第二十四条第（二）项：须具备教材使用培训、回访服务等专业服务能力。")
    if not has_adequate_capital:
        problems.append("第二十四条第（三）项：须具有与教材出版相适应的资金和经营规模。")
    since = _years_before(today, PUBLISHER_PENALTY_YEARS)
    recent = sorted(d for d in penalty_dates if d > since)
    if recent:
        problems.append(
            f"第二十四条第（四）项：最近 5 年内受到出版主管部门处罚（{recent[-1].isoformat()}）。"
        )
    return problems


def _years_before(day, years):
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


# ------------------------------------------------------------------------------------ authors

SENIOR_LEVELS = frozenset({"associate_senior", "senior"})
INTERMEDIATE_OR_ABOVE = SENIOR_LEVELS | {"intermediate"}


def author_problems(name, title_level, party_org_approved, is_chief_editor):
    """Art. 13/14 conditions the unit checks before announcing its authors."""
    problems = []
    if not party_org_approved:
        problems.append(f"第十三条：{name}未经所在单位党组织审核同意。")
    if is_chief_editor and title_level not in SENIOR_LEVELS:
        problems.append(f"第十四条：主编{name}一般应具有高级专业技术职务（职业资格、职业技能等级）。")
    elif title_level not in INTERMEDIATE_OR_ABOVE:
        problems.append(f"第十三条：{name}一般应具有中级以上专业技术职务（职业资格、职业技能等级）。")
    return problems


TEAM_GROUPS = {
    "课程专业领域专家": {"subject_expert"},
    "一线教师": {"teacher", "integrated_teacher"},
    "行业企业专业技术人员或高技能人才": {"industry_technician", "high_skill"},
}


# The chief editor is, by Art. 14(2), a specialist of the course: the team's subject expert.
CHIEF_EDITOR_CATEGORY = "subject_expert"


def missing_team_groups(categories):
    """Art. 15: the groups a balanced team generally includes and this one lacks."""
    present = set(categories)
    return [label for label, members in TEAM_GROUPS.items() if not present & members]


def team_structure_problems(categories, has_chief_editor, relaxed):
    """Art. 15 at submission: a team lacking a usual group is refused unless the organiser relaxed
    the requirement with a recorded reason (“一般包含”)."""
    missing = missing_team_groups([*categories, *([CHIEF_EDITOR_CATEGORY] if has_chief_editor else [])])
    if not missing or relaxed:
        return []
    return [f"第十五条：编写团队一般应包含{'、'.join(missing)}；缺少的，须由审核组织单位记录理由后方可送审。"]


def relaxation_problems(*, may_decide, kind, person_named, reason):
    """Art. 13(2), 14(2), 15: only the organiser relaxes a requirement, always with a reason."""
    if not may_decide:
        return ["第十三条至第十五条：放宽编写人员要求须由审核组织单位决定，编写单位不能自行放宽。"]
    problems = []
    if kind == "title" and not person_named:
        problems.append("第十三条、第十四条：放宽职称要求须指明人员。")
    if not (reason or "").strip():
        problems.append("第十三条至第十五条：放宽要求须写明理由（如新兴专业、紧缺技术人才、高技能人才）。")
    return problems


# ------------------------------------------------------------------------------------ R7, R8


def r7_chief_editor_change_refusal(approved_chief_ids, new_chief_id, approved_change_chief_ids):
    """R7 (Art. 14): once a textbook passed review its chief editor stays, unless the competent
    department approved a change request naming the new chief editor."""
    if not approved_chief_ids or new_chief_id in approved_chief_ids:
        return None
    if new_chief_id in approved_change_chief_ids:
        return None
    return "R7（第十四条）：审核通过后的教材原则上不更换主编；确需更换的，须提交变更申请并经主管部门批准。"


PENDING_CHANGE_REQUEST = "pending"  # textbooks.ChangeRequestStatus.PENDING


def change_request_is_open(status):
    """Art. 23: a change request is decided once; until then it may be edited and decided."""
    return status is None or status == PENDING_CHANGE_REQUEST


def change_request_edit_refusal(status):
    """R7 (Art. 14): a decided change request is a record of the department's decision; only a
    pending one may still be edited."""
    if not change_request_is_open(status):
        return "变更申请已处理，不能再修改。"
    return None


def r8_conflicting_titles(textbook_id, course_ids, chief_editorships):
    """R8 (Art. 13): titles of *other* textbooks serving one of ``course_ids`` whose chief editor
    is the same person. ``chief_editorships`` is (textbook id, title, course ids) for that person."""
    courses = set(course_ids)
    return sorted(
        {title for other_id, title, other_courses in chief_editorships if other_id != textbook_id and courses & set(other_courses)}
    )


def r8_refusal(person_name, conflicting_titles):
    if not conflicting_titles:
        return None
    titles = "、".join(f"《{t}》" for t in conflicting_titles)
    return f"R8（第十三条）：同一课程不同版本教材不能由同一人担任主编——{person_name}已是{titles}的主编。"


# ------------------------------------------------------------------------------------ R10

SENSITIVE_TOPIC_LABELS = {
    "sovereignty": "国家主权",
    "security": "国家安全",
    "ethnicity": "民族",
    "religion": "宗教",
}


def is_ideologically_strong(category, course_categories, sensitive_topics):
    """Art. 4: 思政/语文/历史 courses, unified textbooks, and sovereignty/security/ethnicity/religion."""
    return (
        category == UNIFIED_CATEGORY
        or UNIFIED_PUBLIC_COURSE in set(course_categories)
        or bool(set(sensitive_topics))
    )


def r10_refusal(*, ideologically_strong, category, planning_level, unit_authorised):
    """R10 (Art. 4, 36(5)): such textbooks are compiled only on the national unified route —
    a 统编 category, national planning, and a unit MOHRSS entrusted with unified compilation."""
    if not ideologically_strong and category != UNIFIED_CATEGORY:
        return None
    if category == UNIFIED_CATEGORY and planning_level == NATIONAL and unit_authorised:
        return None
    return (
        "R10（第四条、第三十六条第（五）项）：思想政治、语文、历史课程教材及涉及国家主权、安全、民族、宗教等内容的教材"
        "实行国家统一编写、统一审核、统一使用，只能由受人力资源社会保障部委托的单位按国家统编教材、全国规划渠道编写和送审。"
    )


# ------------------------------------------------------------------------------------ R11

R11_PREFIX = "R11（第三十六条第（六）项）："

# Art. 36(6) targets unauthorised planning marks and scope labels, not the words 国家/全国:
# 《国家安全教育读本》, "国家职业技能等级认定培训教材" and "依据国家职业技能标准编写" are
# ordinary wording. A clause stops at punctuation so a label never spans two phrases.
_CLAUSE = r"[^，。；、：,.;:\s（）()《》“”]"
NATIONAL_PLANNING_MARK = re.compile(rf"(全国|国家){_CLAUSE}{{0,10}}规划教材")
NATIONAL_SCOPE_LABEL = re.compile(rf"国家级{_CLAUSE}{{0,12}}教材")
PLANNING_LABEL = re.compile(rf"{_CLAUSE}{{0,16}}规划教材")


def r11_findings(planning_level, province, texts, carries_planned_mark):
    """R11 (Art. 36(6)): unauthorised planning marks and misleading scope labels in title or metadata.

    ``texts`` maps a field label to its text. Only national planned textbooks may carry the
    national mark or call themselves national planned (全国/国家…规划教材); a "国家级…教材" label
    is refused on any other textbook; "规划教材" is allowed only on a provincial textbook whose
    label names its province (otherwise its scope is unclear).
    """
    findings = []
    if carries_planned_mark and planning_level != NATIONAL:
        findings.append(f"{R11_PREFIX}非全国规划教材不得使用全国技工教育规划教材标识。")
    if planning_level == NATIONAL:
        return findings
    for label, text in texts.items():
        text = unicodedata.normalize("NFKC", text or "")
        national_mark = NATIONAL_PLANNING_MARK.search(text)
        if national_mark:
            findings.append(f"{R11_PREFIX}{label}中擅自标注“{national_mark.group(0)}”，非全国规划教材不得使用。")
        scope_label = NATIONAL_SCOPE_LABEL.search(text)
        if scope_label:
            findings.append(f"{R11_PREFIX}{label}中擅自标注“{scope_label.group(0)}”等国家级范围标识，可能误导教材选用。")
        if national_mark:
            continue
        for match in PLANNING_LABEL.finditer(text):
            if not (planning_level == PROVINCIAL and province and _names_province(match.group(0), province)):
                findings.append(f"{R11_PREFIX}{label}中含有标注主体或范围不明确的“规划教材”字样（“{match.group(0)}”）。")
                break
    return findings


def _names_province(text, province):
    short = re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", province)
    return province in text or short in text


# ------------------------------------------------------------------------------------ editions


CHINESE_DIGITS = "零一二三四五六七八九"


def chinese_number(n):
    if n < 10:
        return CHINESE_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CHINESE_DIGITS[tens]) + "十" + (CHINESE_DIGITS[ones] if ones else "")


def edition_label(edition, change_number=0):
    label = f"第{chinese_number(edition)}版"
    return f"{label}·第{change_number}次变更" if change_number else label


# ------------------------------------------------------------------------------------ Art. 17


def revision_due_on(published_on, schooling_cycle_years):
    """Art. 17: revised, as a rule, once per schooling cycle after publication."""
    if published_on is None:
        return None
    return _years_before(published_on, -schooling_cycle_years)


def is_revision_overdue(due_on, today, has_newer_edition):
    return due_on is not None and due_on < today and not has_newer_edition


# ------------------------------------------------------------------------------------ catalogues


def may_enter_information_library(planning_level, has_passed_review):
    """Art. 23: planned textbooks enter automatically; non-planned ones after passing review."""
    return planning_level in (NATIONAL, PROVINCIAL) or has_passed_review


def catalogues_on_approval(category, planning_level, province, has_passed_review):
    """(kind, province) of every catalogue an approved version enters automatically (Art. 23)."""
    targets = []
    if planning_level == NATIONAL:
        kind = VOCATIONAL_TRAINING_CATALOGUE if category in TRAINING_CATEGORIES else NATIONAL_PLANNED_CATALOGUE
        targets.append((kind, ""))
    elif planning_level == PROVINCIAL:
        targets.append((PROVINCIAL_PLANNED_CATALOGUE, province))
    if may_enter_information_library(planning_level, has_passed_review):
        targets.append((INFORMATION_LIBRARY, ""))
    return targets


def catalogue_admission_problem(
    *, catalogue_kind, catalogue_province, category, planning_level, province, approved, has_passed_review
):
    """Why a version may not be put into a catalogue by hand, or None."""
    if not approved:
        return "第二十三条：只有审核通过并经批准的教材才能纳入目录。"
    if catalogue_kind == NATIONAL_PLANNED_CATALOGUE and planning_level != NATIONAL:
        return "第二十三条：只有全国技工教育规划教材才能纳入全国规划教材目录。"
    if catalogue_kind == PROVINCIAL_PLANNED_CATALOGUE and (
        planning_level != PROVINCIAL or province != catalogue_province
    ):
        return "第二十三条：只有本省的省级规划教材才能纳入该省规划教材目录。"
    if catalogue_kind in (VOCATIONAL_TRAINING_CATALOGUE, SKILLS_UPGRADING_CATALOGUE) and category not in TRAINING_CATEGORIES:
        return "第二十八条第（五）项：职业培训类目录只收录职业培训教材和岗位培训教材。"
    if catalogue_kind == INFORMATION_LIBRARY and not may_enter_information_library(planning_level, has_passed_review):
        return "第二十三条：非规划教材须按程序审核通过后方可纳入教材信息库。"
    return None


def catalogue_province_problem(kind, province):
    if kind == PROVINCIAL_PLANNED_CATALOGUE and not province:
        return "省级规划教材目录须指定省份。"
    if kind != PROVINCIAL_PLANNED_CATALOGUE and province:
        return "只有省级规划教材目录按省份设立。"
    return None


# ------------------------------------------------------------------------------------ S6


def is_selectable(version):
    """S6 (Art. 28(4), 36(8)): only approved, unaltered versions not under a stop-use order.

    ``version`` is a ``TextbookVersion`` (or anything with ``status``, ``altered_at`` and
    ``stopped_at``). Superseded, draft, submitted and rejected versions are never selectable.
    """
    return version.status == APPROVED and version.altered_at is None and version.stopped_at is None


def public_status_label(version):
    """What the public catalogue says about an approved version."""
    if version.stopped_at:
        return "已停止使用"
    if version.altered_at:
        return "内容被擅自更改，不得选用"
    return "审核通过，可选用"


def listed_filter():
    """What catalogue lists (pages, API, exports) show: approved versions, but never stopped ones —
    a stop-use order takes the textbook out of every catalogue view (S12, Art. 36). Its detail
    page still answers, saying it was stopped, for schools that hold it."""
    return {"status": APPROVED, "stopped_at__isnull": True}


def selectable_filter():
    """The same decision as a queryset filter: ``TextbookVersion.objects.filter(**selectable_filter())``."""
    return {"status": APPROVED, "altered_at__isnull": True, "stopped_at__isnull": True}


# ------------------------------------------------------------------------------------ freezing


def fingerprint(metadata, file_digests):
    """SHA-256 over canonical JSON of the metadata and the (role, SHA-256) of each file.

    File *names* are left out on purpose: storage may rename a file, only its bytes matter.
    """
    canonical = json.dumps(
        {"metadata": metadata, "files": sorted(file_digests)},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        default=_canonical_value,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _canonical_value(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


TITLE_SORT_KEY_LENGTH = 400


def title_sort_key(title):
    """The order Chinese readers expect: titles by pinyin syllable and tone (pypinyin), so that
    数控 sorts under s and a Latin title such as “CAD 制图” under c, instead of by code point."""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(title or "", style=Style.TONE3, neutral_tone_with_five=True)
    return "".join(syllables).lower()[:TITLE_SORT_KEY_LENGTH]


def in_review_refusal():
    return "第十八条（凡编必审）：教材正在审核中，送审内容不得更改；审核组织单位作出“修改后通过”结论后方可修改。"


def frozen_refusal():
    return "第二十三条：经审核通过的教材已冻结，未经人力资源社会保障部门同意不得更改；请提交变更申请。"


def version_lock_reason(frozen, under_review):
    """Why a version cannot be edited now, or None: approved and frozen (Art. 23) or its content
    under review (Art. 18). Edit views show the version read-only with this reason; the model and
    services refuse a forged save with the same words."""
    if frozen:
        return frozen_refusal()
    if under_review:
        return in_review_refusal()
    return None


def is_published(published_on, today):
    return published_on is not None and published_on <= today


def batch_lock_reason(published_on, document_number, today):
    """A planning batch published on its date (Art. 23: 纳入规划教材目录，定期公开发布) is a public
    document: its name, date and document number stay as published; a correction is a new batch."""
    if not is_published(published_on, today):
        return None
    issued = f"（{document_number}）" if document_number else ""
    return f"第二十三条：该批次目录已于 {published_on.isoformat()} 公开发布{issued}，发布内容不能修改；更正须另行发布批次。"


def catalogue_lock_reason(published_batches):
    """A catalogue with a published batch is known to schools by its kind, province and name
    (Art. 23); changing them would move approved textbooks into another catalogue."""
    if not published_batches:
        return None
    return f"第二十三条：该目录已公开发布 {published_batches} 个批次，目录类型、省份、名称和说明不能修改。"
