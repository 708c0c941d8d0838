"""Demo textbooks: 300+ realistic Chinese textbooks across every category and catalogue.

Built with bulk_create so that seed_demo stays fast; the data obeys the rules (R8: every
textbook has its own chief editor; R10: ideological textbooks only on the unified route; R11:
no planned wording on non-planned titles; Art. 12: only qualified units lead national ones).
Most versions are approved and frozen; a few are drafts, under review or rejected; one was
changed after freezing and is found altered; a few are overdue for revision (Art. 17).
Idempotent: when the demo textbooks exist it only makes sure the catalogue page exists.
"""

import datetime
import io
import random
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page

from cms.models import CataloguePage
from curriculum.models import Course, CourseCategory, Major, TrainingLevel
from directory.demo import chinese_names
from directory.models import Organisation, OrganisationKind, Person, SchoolType, TitleLevel
from textbooks import freezing, rules, services
from textbooks.models import (
    ApprovalRecord,
    AuthorCategory,
    AuthorRole,
    Batch,
    Catalogue,
    CatalogueEntry,
    CatalogueKind,
    CompilingUnitProfile,
    NationalLeadBasis,
    PlanningLevel,
    PublisherProfile,
    Textbook,
    TextbookCategory,
    TextbookForm,
    TextbookVersion,
    TrialKind,
    TrialRecord,
    VersionAuthor,
    VersionStatus,
)

C = TextbookCategory
P = PlanningLevel
ALL_LEVELS = ("intermediate", "advanced", "technician")

# Professional textbooks per major (技工院校专业目录 codes of curriculum.demo); the first two of
# each major are 一体化 textbooks.
PROFESSIONAL = {
    "0101": ["车工工艺与技能训练", "典型零件车削加工", "普通车床操作与维护", "车削加工技术", "机械制图", "机械基础", "金属材料与热处理", "公差配合与技术测量", "车工（高级）技能训练", "钳工工艺与技能训练"],
    "0103": ["数控车床编程与操作", "数控铣床编程与操作", "数控加工工艺", "加工中心编程与操作", "CAD/CAM软件应用", "数控机床故障诊断与维修", "多轴加工技术", "数控机床操作与维护", "数控加工编程基础", "零件数控车削加工"],
    "0106": ["冲压模具设计与制造", "塑料模具设计与制造", "模具制造工艺", "模具钳工技能训练", "模具CAD/CAM", "电加工技术", "模具装配与调试", "模具材料与热处理"],
    "0107": ["焊条电弧焊", "钨极氩弧焊技能训练", "焊接工艺与技能训练", "气体保护焊技术", "焊接结构生产", "焊接检验", "焊接机器人操作与编程", "金属熔焊原理"],
    "0118": ["工业机器人编程与调试", "工业机器人系统集成", "工业机器人基础", "工业机器人维护与保养", "机器视觉应用技术", "智能制造生产线运行与维护", "PLC控制技术", "液压与气动技术"],
    "0201": ["电力拖动控制线路与技能训练", "电气控制线路安装与维修", "电工基础", "电子技术基础", "可编程序控制器及其应用", "变频器应用技术", "电机与变压器", "供配电技术", "自动化生产线安装与调试", "电工仪表与测量"],
    "0203": ["电子产品装配与调试", "单片机原理与应用", "电子线路", "传感器技术及应用", "电子测量仪器", "数字电子技术", "模拟电子技术", "电子CAD"],
    "0301": ["网络设备配置与管理", "网络综合布线", "计算机网络基础", "Windows服务器配置与管理", "Linux系统管理", "网络安全技术", "局域网组建与维护", "云计算基础"],
    "0303": ["Python程序设计", "网页设计与制作", "C语言程序设计", "Java程序设计", "数据库应用基础", "软件测试基础", "移动应用开发", "Web前端开发"],
    "0401": ["汽车发动机构造与维修", "汽车底盘构造与维修", "汽车电气设备构造与维修", "汽车维护", "汽车故障诊断技术", "汽车空调维修", "汽车自动变速器维修", "汽车车身修复", "汽车文化", "汽车电控发动机维修"],
    "0408": ["动力电池及管理系统检修", "驱动电机及控制系统检修", "新能源汽车概论", "新能源汽车高压安全与防护", "纯电动汽车维护", "混合动力汽车构造与检修", "新能源汽车充电系统检修", "智能网联汽车技术"],
    "0411": ["城市轨道交通客运组织", "城市轨道交通行车组织", "城市轨道交通概论", "城市轨道交通车站设备", "城市轨道交通票务管理", "城市轨道交通安全管理"],
    "1201": ["中式烹调技艺", "中式面点技艺", "烹饪原料知识", "烹饪营养与卫生", "刀工与勺工", "冷拼与食品雕刻", "宴席设计与制作", "地方风味菜制作"],
    "1212": ["老年人生活照护", "老年人基础护理", "老年人心理护理", "老年人康复护理", "养老机构运营管理", "老年人营养与膳食"],
    "0901": ["网店运营", "直播电商", "电子商务基础", "网络营销", "商品拍摄与图片处理", "电子商务物流", "客户服务与管理", "跨境电子商务"],
}
# (course code, title): 思政/语文/历史 are national unified textbooks (R10).
UNIFIED = [
    ("GG001", "中国特色社会主义"), ("GG001", "心理健康与职业生涯"), ("GG001", "哲学与人生"), ("GG001", "职业道德与法治"),
    ("GG002", "语文（基础模块·上册）"), ("GG002", "语文（基础模块·下册）"), ("GG002", "语文（职业模块）"),
    ("GG003", "中国历史"), ("GG003", "世界历史"),
]
PUBLIC_BASIC = [
    ("GG006", "数学（第一册）"), ("GG006", "数学（第二册）"), ("GG006", "数学（第三册）"), ("GG006", "应用数学"),
    ("GG007", "英语（第一册）"), ("GG007", "英语（第二册）"), ("GG007", "职业英语"), ("GG007", "英语听说训练"),
    ("GG008", "计算机基础与应用（上册）"), ("GG008", "计算机基础与应用（下册）"), ("GG008", "办公软件应用"),
    ("GG009", "体育与健康"), ("GG009", "体育与健康（拓展模块）"),
    ("GG004", "劳动教育"), ("GG004", "劳动教育读本"), ("GG004", "劳动安全与职业健康"),
    ("GG005", "通用职业素质（基础模块）"), ("GG005", "通用职业素质（拓展模块）"), ("GG005", "职业生涯规划"), ("GG005", "工匠精神读本"),
]
OCCUPATIONS = ["电工", "焊工", "车工", "钳工", "数控车工", "汽车维修工", "中式烹调师", "中式面点师", "养老护理员", "育婴员",
               "保育员", "家政服务员", "电子商务师", "网络与信息安全管理员", "工业机器人系统操作员", "美容师", "美发师", "物流服务师",
               "茶艺师", "健康照护师"]
JOB_TRAINING = ["安全生产管理岗位培训教程", "叉车司机岗位培训", "班组长岗位培训", "电梯安全管理员岗位培训", "危险化学品安全作业",
                "消防设施操作员岗位培训", "高处作业安全技术", "焊接与热切割作业安全技术", "快递员岗位培训", "网约配送员岗位培训",
                "企业新型学徒制培训教程", "新能源汽车维修岗位安全培训", "制冷与空调作业安全技术", "起重机械指挥岗位培训",
                "农产品电商岗位培训", "社区网格员岗位培训", "企业内训师岗位培训", "仓储管理员岗位培训", "客服代表岗位培训", "收银员岗位培训"]
# Non-planned material derived from professional titles (Art. 7, 37).
DERIVED = [
    (C.SCHOOL_BASED, "{}实训指导书"),
    (C.LECTURE_NOTES, "{}讲义"),
    (C.LESSON_PLANS, "{}教案"),
    (C.TEACHING_REFERENCE, "{}教学参考书"),
    (C.DIGITAL, "{}数字教材"),
]
DERIVED_PER_CATEGORY = 20
DESCRIPTIONS = [
    "本书以企业典型工作任务为载体，按照工作过程组织学习内容，配有学习任务工作页。",
    "本书对接职业技能等级要求，突出操作技能训练，融入安全生产与工匠精神教育。",
    "本书依据一体化课程规范编写，每个学习任务按获取信息、制定计划、做出决策、实施计划、检查控制、评价反馈展开。",
    "本书吸收行业新技术、新工艺、新设备，配套微课视频和数字资源。",
]
NATIONAL_BATCHES = [("2021年第一批", datetime.date(2021, 6, 1)), ("2023年第二批", datetime.date(2023, 7, 15)), ("2025年第三批", datetime.date(2025, 9, 1))]
TRAINING_BATCHES = [("2022年第一批", datetime.date(2022, 5, 10)), ("2025年第二批", datetime.date(2025, 4, 20))]
SKILLS_BATCH = ("2023年", datetime.date(2023, 3, 1))
PROVINCIAL_BATCH = ("2024年第一批", datetime.date(2024, 3, 1))
MANUSCRIPTS = 12
COVERS = 36
ALTERED_TITLE = "汽车空调维修"
OVERDUE_TITLES = ("普通车床操作与维护", "电工仪表与测量", "汽车文化")
DEMO_CHIEF = ("陈立新", "重庆市工业技师学院")  # the demo author login (cms.demo) edits this one
DEMO_CHIEF_TITLE = "数控车床编程与操作"
# Units MOHRSS entrusted with national unified (统编) compilation (R10, Art. 4). The Chongqing
# college compiles the demo's ideologically strong manuscript in political review (review.demo).
UNIFIED_ROUTE_UNITS = ("中国技工教育研究所", "重庆市工业技师学院")


@dataclass
class Plan:
    title: str
    category: str
    planning_level: str
    unit: Organisation
    course_code: str
    course_name: str = ""
    course_category: str = ""
    majors: list = field(default_factory=list)
    levels: tuple = ALL_LEVELS
    province: str = ""
    form: str = TextbookForm.TRADITIONAL
    editions: int = 1


# ------------------------------------------------------------------------------ units


def seed_unit_profiles():
    """Art. 12 profiles for every compiling unit and Art. 24 profiles for the publishers."""
    units = Organisation.objects.filter(
        kind__in=[OrganisationKind.SCHOOL, OrganisationKind.ENTERPRISE, OrganisationKind.INSTITUTE, OrganisationKind.PUBLISHER]
    )
    for unit in units:
        basis = {
            OrganisationKind.ENTERPRISE: NationalLeadBasis.LEADING_ENTERPRISE,
            OrganisationKind.INSTITUTE: NationalLeadBasis.RESEARCH_INSTITUTE,
            OrganisationKind.PUBLISHER: NationalLeadBasis.SPECIALIST_PUBLISHER,
        }.get(unit.kind, NationalLeadBasis.HIGH_QUALITY_SCHOOL if unit.school_type == SchoolType.TECHNICIAN_COLLEGE else "")
        # get_or_create: a unit's later proposals (seed_verification_demo) are its own, not reset here.
        profile, _ = CompilingUnitProfile.objects.get_or_create(
            organisation=unit,
            defaults={
                "has_compiling_team": True,
                "has_service_team": True,
                "has_funding": True,
                "national_lead_basis": basis,
                "unified_route_authorised": unit.name in UNIFIED_ROUTE_UNITS,
            },
        )
        # The demo's history: HRSS verified these before the demo starts (Art. 12, 24); the
        # verification by the demo HRSS login is shown by seed_verification_demo.
        if not profile.is_verified:
            services.verify_unit_qualification(profile, None)
        if unit.kind == OrganisationKind.PUBLISHER:
            publisher, _ = PublisherProfile.objects.update_or_create(
                organisation=unit,
                defaults={
                    "licence_number": f"新出发京批字第直{unit.pk:03d}号",
                    "has_qualified_editors": True,
                    "has_service_capacity": True,
                    "has_adequate_capital": True,
                },
            )
            if not publisher.is_verified:
                services.verify_publisher_qualification(publisher, None)


def seed_batches():
    batches = {}
    for kind, rows in (
        (CatalogueKind.NATIONAL_PLANNED, NATIONAL_BATCHES),
        (CatalogueKind.VOCATIONAL_TRAINING, TRAINING_BATCHES),
        (CatalogueKind.SKILLS_UPGRADING, [SKILLS_BATCH]),
    ):
        catalogue = Catalogue.objects.get(kind=kind, province="")
        batches[kind] = [
            Batch.objects.update_or_create(catalogue=catalogue, name=name, defaults={"published_on": on})[0]
            for name, on in rows
        ]
    return batches


def provincial_batch(province, cache):
    if province not in cache:
        catalogue = services.provincial_catalogue(province)
        cache[province] = Batch.objects.update_or_create(
            catalogue=catalogue, name=PROVINCIAL_BATCH[0], defaults={"published_on": PROVINCIAL_BATCH[1]}
        )[0]
    return cache[province]


def seed_catalogue_page():
    if CataloguePage.objects.exists():
        return
    home = Page.objects.get(depth=2)
    home.add_child(
        instance=CataloguePage(
            title="教材目录",
            slug="catalogue",
            intro="<p>全国和省级技工教育规划教材目录、职业培训教材目录及技工院校教材信息库（仅收录审核通过的教材）。</p>",
        )
    )


# ------------------------------------------------------------------------------ the plan


def build_plan(rng):
    units = {u.name: u for u in Organisation.objects.select_related("compiling_profile")}
    leads = [u for u in units.values() if getattr(u, "compiling_profile", None) and u.compiling_profile.national_lead_basis]
    schools = [u for u in units.values() if u.kind == OrganisationKind.SCHOOL]
    enterprises = [u for u in units.values() if u.kind == OrganisationKind.ENTERPRISE]
    publishers = [u for u in units.values() if u.kind == OrganisationKind.PUBLISHER]
    institutes = [u for u in units.values() if u.kind == OrganisationKind.INSTITUTE]
    unified_unit = units["中国技工教育研究所"]
    majors = {m.code: m for m in Major.objects.prefetch_related("levels")}
    plan = [Plan(title, C.UNIFIED, P.NATIONAL, unified_unit, code, editions=2) for code, title in UNIFIED]
    plan += [
        Plan(title, C.PUBLIC_BASIC, P.NATIONAL, institutes[i % len(institutes)], code, editions=1 + (i % 4 == 0))
        for i, (code, title) in enumerate(PUBLIC_BASIC)
    ]
    professional = []
    for major_code, titles in PROFESSIONAL.items():
        major = majors[major_code]
        levels = tuple(level.code for level in major.levels.all())
        for i, title in enumerate(titles):
            integrated = i < 2
            roll = rng.random()
            if integrated or roll < 0.55:
                unit, level, province = rng.choice(leads), P.NATIONAL, ""
            elif roll < 0.8:
                unit = rng.choice(schools + enterprises)
                level, province = P.PROVINCIAL, unit.province
            else:
                unit, level, province = rng.choice(schools), P.NON_PLANNED, ""
            form = TextbookForm.WORKBOOK if integrated else rng.choice(
                [TextbookForm.TRADITIONAL, TextbookForm.TRADITIONAL, TextbookForm.LOOSE_LEAF, TextbookForm.MULTIMEDIA]
            )
            item = Plan(
                title,
                C.INTEGRATED if integrated else C.PROFESSIONAL,
                level,
                unit,
                f"ZY{major_code}{i + 1:02d}",
                course_name=title,
                course_category=CourseCategory.INTEGRATED if integrated else CourseCategory.PROFESSIONAL,
                majors=[major],
                levels=levels,
                province=province,
                form=form,
                editions=3 if title == DEMO_CHIEF_TITLE else 1 + (rng.random() < 0.2),
            )
            if title == DEMO_CHIEF_TITLE:
                item.unit, item.planning_level, item.province = units[DEMO_CHIEF[1]], P.NATIONAL, ""
            professional.append(item)
    plan += professional
    for n, occupation in enumerate(OCCUPATIONS):
        for grade in ("初级", "中级"):
            plan.append(
                Plan(
                    f"{occupation}（{grade}）",
                    C.VOCATIONAL_TRAINING,
                    P.NATIONAL,
                    publishers[n % len(publishers)],
                    f"PX{n + 1:03d}",
                    course_name=f"{occupation}职业技能培训",
                    course_category=CourseCategory.VOCATIONAL_TRAINING,
                    levels=(),
                )
            )
    for n, title in enumerate(JOB_TRAINING):
        plan.append(
            Plan(title, C.JOB_TRAINING, P.NON_PLANNED, enterprises[n % len(enterprises)], f"GW{n + 1:03d}",
                 course_name=title.replace("岗位培训教程", "").replace("岗位培训", ""), course_category=CourseCategory.VOCATIONAL_TRAINING, levels=())
        )
    bases = rng.sample(professional, k=DERIVED_PER_CATEGORY * len(DERIVED) // 2)
    for c, (category, pattern) in enumerate(DERIVED):
        for base in rng.sample(bases, k=DERIVED_PER_CATEGORY):
            plan.append(
                Plan(
                    pattern.format(base.title),
                    category,
                    P.NON_PLANNED,
                    rng.choice([s for s in schools if s.province == base.unit.province] or schools),
                    base.course_code,
                    majors=base.majors,
                    levels=base.levels,
                    form=TextbookForm.DIGITAL if category == C.DIGITAL else TextbookForm.LOOSE_LEAF if c % 2 else TextbookForm.TRADITIONAL,
                )
            )
    return plan


# ------------------------------------------------------------------------------ people and courses


def ensure_courses(plan):
    wanted = {p.course_code: p for p in plan if p.course_name}
    existing = set(Course.objects.filter(code__in=wanted).values_list("code", flat=True))
    Course.objects.bulk_create(
        Course(code=code, name=p.course_name, category=p.course_category) for code, p in wanted.items() if code not in existing
    )
    courses = {c.code: c for c in Course.objects.filter(code__in={p.course_code for p in plan})}
    through = Course.majors.through
    links = {(c.pk, m.pk) for p in plan if p.course_name for c in [courses[p.course_code]] for m in p.majors}
    present = set(through.objects.filter(course_id__in=[c for c, _ in links]).values_list("course_id", "major_id"))
    through.objects.bulk_create(through(course_id=c, major_id=m) for c, m in links - present)
    return courses


def ensure_people(plan, rng):
    """One distinct chief editor per textbook (R8) and a few team members per unit."""
    names = [n for n in chinese_names(len(plan) + 201, seed="textbook-chiefs") if n != DEMO_CHIEF[0]]
    rows = []
    for i, item in enumerate(plan):
        name = DEMO_CHIEF[0] if (item.title, item.unit.name) == (DEMO_CHIEF_TITLE, DEMO_CHIEF[1]) else names[i]
        rows.append((name, item.unit, rng.choice([TitleLevel.SENIOR, TitleLevel.ASSOCIATE_SENIOR, TitleLevel.ASSOCIATE_SENIOR])))
    units = {item.unit.pk: item.unit for item in plan}
    member_names = names[len(plan):]
    for u, unit in enumerate(units.values()):
        for k in range(4):
            rows.append((member_names[(u * 4 + k) % len(member_names)], unit, TitleLevel.INTERMEDIATE if k % 2 else TitleLevel.ASSOCIATE_SENIOR))
    existing = {(p.name, p.employer_id): p for p in Person.objects.filter(employer__in=list(units))}
    titles = {TitleLevel.SENIOR: "正高级讲师", TitleLevel.ASSOCIATE_SENIOR: "高级讲师", TitleLevel.INTERMEDIATE: "讲师"}
    Person.objects.bulk_create(
        [
            Person(name=name, employer=unit, title=titles[level], title_level=level, party_org_approved=True,
                   email=f"author{i:04d}@authors.example.cn")
            for i, (name, unit, level) in enumerate(rows)
            if (name, unit.pk) not in existing
        ],
        ignore_conflicts=True,
    )
    people = {(p.name, p.employer_id): p for p in Person.objects.filter(employer__in=list(units))}
    chiefs = [people[(name, unit.pk)] for name, unit, _ in rows[: len(plan)]]
    members = {}
    for name, unit, _ in rows[len(plan):]:
        members.setdefault(unit.pk, []).append(people[(name, unit.pk)])
    return chiefs, members


# ------------------------------------------------------------------------------ a 统编 manuscript


# An ideologically strong manuscript on the national unified route (R10): 统编, national planning,
# an entrusted unit. Its political review falls to the national political review MOHRSS organises
# (Art. 18), where the demo political login works (review.demo).
UNIFIED_MANUSCRIPT = {
    "title": "中华优秀传统文化",
    "course": "GG001",  # 思想政治
    "unit": "重庆市工业技师学院",
    "publisher": "中国劳动社会保障出版社",
    "isbn": "978750942026",  # the first twelve digits; the check digit is computed
    "chief": "诸葛文澜",
    "member": "司马晓岚",
}


def seed_unified_manuscript():
    """The 统编 manuscript as a draft version with its team and manuscript file (idempotent)."""
    from directory.demo import upsert_person

    m = UNIFIED_MANUSCRIPT
    unit = Organisation.objects.get(name=m["unit"])
    version = TextbookVersion.objects.filter(textbook__title=m["title"], textbook__compiling_unit=unit).first()
    if version is not None:
        return version
    textbook = services.save_textbook(
        Textbook(title=m["title"], category=C.UNIFIED, planning_level=P.NATIONAL, compiling_unit=unit,
                 series_name="全国技工教育规划教材"),
        None,
        courses=[Course.objects.get(code=m["course"])],
        levels=list(TrainingLevel.objects.filter(code__in=ALL_LEVELS)),
    )
    chief = upsert_person(m["chief"], unit, TitleLevel.SENIOR)
    member = upsert_person(m["member"], unit, TitleLevel.ASSOCIATE_SENIOR)
    version = TextbookVersion(
        textbook=textbook,
        isbn=m["isbn"] + rules.isbn13_check_digit(m["isbn"]),
        publisher=Organisation.objects.get(name=m["publisher"]),
        price="36.00",
        description="本书以中华优秀传统文化的核心思想理念、传统美德和人文精神为主线，结合技工院校学生职业成长设计学习单元。",
        chief_editor=chief,
    )
    version.manuscript = ContentFile(manuscript_bytes(m["title"], rules.edition_label(1, 0)), name="manuscript.docx")
    version = services.save_version(
        version, None, authors=[(member, AuthorRole.MEMBER, AuthorCategory.SUBJECT_EXPERT)]
    )
    # Art. 16: read and tried out by front-line teachers before submission, each opinion answered.
    TrialRecord.objects.bulk_create([
        TrialRecord(
            version=version, kind=TrialKind.READING, participant="欧阳明远", participant_role="一线任课教师，重庆市渝北职业技术学校",
            held_on=datetime.date(2026, 1, 12), opinion="第二单元“传统美德”案例偏重古代，建议补充当代技能人才事迹。",
            unit_response="已补充全国技术能手和大国工匠案例两则。",
        ),
        TrialRecord(
            version=version, kind=TrialKind.USE, participant="机电一体化专业 2025 级 2 班", participant_role="试用班级，重庆市工业技师学院",
            held_on=datetime.date(2026, 2, 27), opinion="学生对学习活动设计反响良好，部分古文注释偏少。",
            unit_response="已为第一、三单元古文增加注释和译文。",
        ),
    ])
    return version


# ------------------------------------------------------------------------------ files


def manuscript_bytes(title, edition_label):
    import docx

    document = docx.Document()
    document.add_heading(title, 0)
    document.add_paragraph(f"{edition_label} 书稿。本书按工学一体化课程要求编写。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def cover_image(title, rng):
    from PIL import Image as PILImage
    from PIL import ImageDraw

    colour = rng.choice([(179, 38, 30), (31, 78, 121), (46, 125, 50), (121, 85, 72), (69, 39, 160)])
    image = PILImage.new("RGB", (600, 800), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle([60, 180, 540, 420], fill=(255, 255, 255))
    draw.rectangle([60, 640, 540, 700], fill=(245, 245, 245))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return get_image_model().objects.create(title=f"{title}封面", file=ContentFile(buffer.getvalue(), name="cover.jpg"))


# ------------------------------------------------------------------------------ the seed


def seed_textbooks():
    """Seed everything; returns the number of demo textbooks."""
    seed_unit_profiles()
    batches = seed_batches()
    seed_catalogue_page()
    rng = random.Random(20261123)
    plan = build_plan(rng)
    if Textbook.objects.filter(title__in=[p.title for p in plan]).exists():
        return Textbook.objects.count()
    courses = ensure_courses(plan)
    chiefs, members = ensure_people(plan, rng)
    levels = {level.code: level for level in TrainingLevel.objects.all()}

    textbooks = Textbook.objects.bulk_create(
        Textbook(
            title=p.title,
            category=p.category,
            planning_level=p.planning_level,
            province=p.province,
            compiling_unit=p.unit,
            carries_planned_mark=p.planning_level == P.NATIONAL and p.category != C.UNIFIED,
            series_name="全国技工教育规划教材" if p.planning_level == P.NATIONAL else (
                f"{p.province}技工教育规划教材" if p.planning_level == P.PROVINCIAL else ""
            ),
            is_practical_skills=p.category in (C.VOCATIONAL_TRAINING, C.JOB_TRAINING),
        )
        for p in plan
    )
    Textbook.courses.through.objects.bulk_create(
        Textbook.courses.through(textbook_id=t.pk, course_id=courses[p.course_code].pk) for t, p in zip(textbooks, plan)
    )
    Textbook.majors.through.objects.bulk_create(
        Textbook.majors.through(textbook_id=t.pk, major_id=m.pk) for t, p in zip(textbooks, plan) for m in p.majors
    )
    Textbook.levels.through.objects.bulk_create(
        Textbook.levels.through(textbook_id=t.pk, traininglevel_id=levels[code].pk) for t, p in zip(textbooks, plan) for code in p.levels
    )
    versions = _bulk_versions(plan, textbooks, chiefs, members, rng)
    _approve_and_catalogue(versions, batches, rng)
    return len(textbooks)


def _statuses(count, rng):
    statuses = [VersionStatus.APPROVED] * count
    for index, status in zip(
        rng.sample(range(count), k=24), [VersionStatus.DRAFT] * 10 + [VersionStatus.SUBMITTED] * 9 + [VersionStatus.REJECTED] * 5
    ):
        statuses[index] = status
    return statuses


def _bulk_versions(plan, textbooks, chiefs, members, rng):
    publishers = list(Organisation.objects.filter(kind=OrganisationKind.PUBLISHER).order_by("name"))
    statuses = _statuses(len(plan), rng)
    versions = []
    for t, p, chief, status in zip(textbooks, plan, chiefs, statuses):
        if p.title in (DEMO_CHIEF_TITLE, ALTERED_TITLE, *OVERDUE_TITLES) or p.category == C.UNIFIED:
            status = VersionStatus.APPROVED
        for edition in range(1, p.editions + 1):
            latest = edition == p.editions
            if latest and p.title in OVERDUE_TITLES:
                published = datetime.date(2021, 8, 1)  # three-year cycle ended 2024: overdue (Art. 17)
            elif latest:
                published = datetime.date(rng.choice((2024, 2025, 2026)), rng.choice((1, 3, 7, 8)), 1)
            else:
                published = datetime.date(2018 + edition * 2, 8, 1)
            version = TextbookVersion(
                textbook=t,
                edition=edition,
                isbn=_isbn(len(versions)),
                publisher=publishers[len(versions) % len(publishers)],
                published_on=published if status == VersionStatus.APPROVED or not latest else None,
                price=f"{rng.randint(220, 680) / 10:.2f}",
                form=p.form,
                description=rng.choice(DESCRIPTIONS),
                chief_editor=chief,
                status=status if latest else VersionStatus.APPROVED,
                revision_due_on=rules.revision_due_on(published, t.schooling_cycle_years) if status == VersionStatus.APPROVED or not latest else None,
            )
            versions.append(version)
    versions = TextbookVersion.objects.bulk_create(versions)
    author_rows = []
    for v in versions:
        team = members[v.textbook.compiling_unit_id]
        for k, person in enumerate(rng.sample(team, k=2)):
            author_rows.append(
                VersionAuthor(
                    version=v,
                    person=person,
                    role=AuthorRole.DEPUTY_CHIEF if k == 0 else AuthorRole.MEMBER,
                    category=AuthorCategory.INTEGRATED_TEACHER if k == 0 else AuthorCategory.INDUSTRY_TECHNICIAN,
                    sort_order=k,
                )
            )
    VersionAuthor.objects.bulk_create(author_rows)
    _attach_files(versions, rng)
    return versions


def _isbn(n):
    first_twelve = f"978750{(4_000_000 + n * 7919) % 10_000_000:07d}"[:12]
    return first_twelve + rules.isbn13_check_digit(first_twelve)


def _attach_files(versions, rng):
    approved = [v for v in versions if v.status == VersionStatus.APPROVED]
    with_files = [v for v in approved if v.textbook.title in (ALTERED_TITLE, DEMO_CHIEF_TITLE)]
    with_files += rng.sample([v for v in approved if v not in with_files], k=MANUSCRIPTS - len(with_files))
    for v in with_files:
        v.manuscript.save(f"{v.textbook.title}（{v.edition_label}）.docx", ContentFile(manuscript_bytes(v.textbook.title, v.edition_label)), save=False)
    covered = [v for v in approved if v.textbook.title == DEMO_CHIEF_TITLE]
    covered += rng.sample([v for v in approved if v not in covered], k=COVERS - len(covered))
    for v in covered:
        v.cover = cover_image(v.textbook.title, rng)
    TextbookVersion.objects.bulk_update(set(with_files) | set(covered), ["manuscript", "cover"])


def _approve_and_catalogue(versions, batches, rng):
    """Record the passed reviews, freeze, enter catalogues, then alter one file after freezing."""
    now = timezone.now()
    approved_ids = [v.pk for v in versions if v.status in (VersionStatus.APPROVED, VersionStatus.REJECTED)]
    approved = list(
        TextbookVersion.objects.filter(pk__in=approved_ids)
        .select_related("textbook", "cover")
        .prefetch_related("authors", "attachments", "textbook__courses", "textbook__majors", "textbook__levels")
    )
    records, entries, provincial = [], [], {}
    libraries = {c.kind: c for c in Catalogue.objects.filter(province="")}
    for v in approved:
        passed = v.status == VersionStatus.APPROVED
        records.append(
            ApprovalRecord(
                version=v,
                passed=passed,
                review_reference=f"人社教材审〔{v.published_on.year if v.published_on else 2026}〕{v.pk:03d}号" if passed else "审核未通过：专业知识存在科学性错误",
                decided_at=now,
            )
        )
        if not passed:
            continue
        v.fingerprint = freezing.compute_fingerprint(v)
        v.frozen_at = now
        textbook = v.textbook
        for kind, province in rules.catalogues_on_approval(textbook.category, textbook.planning_level, textbook.province, True):
            batch = None
            if kind == CatalogueKind.PROVINCIAL_PLANNED:
                batch = provincial_batch(province, provincial)
                catalogue = batch.catalogue
            else:
                catalogue = libraries[kind]
                if kind in batches:
                    year = v.published_on.year
                    batch = next((b for b in batches[kind] if b.published_on.year >= year), batches[kind][-1])
            entries.append(CatalogueEntry(catalogue=catalogue, version=v, batch=batch, added_on=v.published_on))
        if textbook.category in (C.VOCATIONAL_TRAINING, C.JOB_TRAINING) and rng.random() < 0.5:
            entries.append(
                CatalogueEntry(catalogue=libraries[CatalogueKind.SKILLS_UPGRADING], version=v, batch=batches[CatalogueKind.SKILLS_UPGRADING][0])
            )
    ApprovalRecord.objects.bulk_create(records)
    TextbookVersion.objects.bulk_update([v for v in approved if v.frozen_at], ["fingerprint", "frozen_at"])
    CatalogueEntry.objects.bulk_create(entries)
    altered = next(v for v in approved if v.textbook.title == ALTERED_TITLE)
    with altered.manuscript.open("wb") as handle:
        handle.write(manuscript_bytes(ALTERED_TITLE, "未经批准擅自修改的内容"))
    services.verify_fingerprints()


DEMO_CHANGE_REASON = "因出版单位调整定价并修订内容简介（第十四条），现申请变更，其余内容不变。"


def seed_change_request():
    """One pending change request (Art. 14, 23) from the demo author's unit, so that the HRSS
    login finds one to decide and the author's list is not empty. Idempotent."""
    from django.contrib.auth import get_user_model

    from textbooks.models import ChangeRequest

    if ChangeRequest.objects.filter(reason=DEMO_CHANGE_REASON).exists():
        return
    author = get_user_model().objects.filter(username="author").first()
    unit = Person.objects.filter(user=author).values_list("employer", flat=True).first() if author else None
    versions = TextbookVersion.objects.filter(status=VersionStatus.APPROVED, frozen_at__isnull=False, altered_at=None)
    version = (versions.filter(textbook__compiling_unit=unit).first() if unit else None) or versions.order_by("pk").first()
    if version is None:
        return
    services.request_change(
        version, author, reason=DEMO_CHANGE_REASON, new_price=(version.price or 30) + 4,
        new_description="根据最新行业标准更新了第三章案例，补充了安全操作规范。",
    )


# ------------------------------------------------------------------------------ Art. 12 verification

VERIFIED_BY_HRSS_DEMO = "江苏省常州技师学院"
AWAITING_VERIFICATION_DEMO = "广东省技工教育教学研究院"


def seed_verification_demo():
    """The demo HRSS login verifies one unit's updated proposal (Art. 12, logged); another unit's
    proposal of the unified route waits for verification and counts for nothing meanwhile (R10)."""
    from django.contrib.auth import get_user_model

    hrss = get_user_model().objects.filter(username="hrss").first()
    verified = CompilingUnitProfile.objects.filter(organisation__name=VERIFIED_BY_HRSS_DEMO).first()
    if hrss is not None and verified is not None and verified.verified_by_id != hrss.pk:
        verified.national_lead_basis = NationalLeadBasis.COMPETITION_SCHOOL
        verified.save(update_fields=["national_lead_basis"])
        services.verify_unit_qualification(verified, hrss)
    CompilingUnitProfile.objects.filter(organisation__name=AWAITING_VERIFICATION_DEMO).update(unified_route_authorised=True)
