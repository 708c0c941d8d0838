"""Demo organisations and people: real-sounding Chinese units, schools and staff."""

import random

from directory.models import Organisation, OrganisationKind, Person, SchoolType, TitleLevel

K = OrganisationKind
SCHOOLS = [
    ("重庆市工业技师学院", "重庆市", SchoolType.TECHNICIAN_COLLEGE),
    ("广州市工贸技师学院", "广东省", SchoolType.TECHNICIAN_COLLEGE),
    ("江苏省常州技师学院", "江苏省", SchoolType.TECHNICIAN_COLLEGE),
    ("浙江省机电技师学院", "浙江省", SchoolType.TECHNICIAN_COLLEGE),
    ("山东省济南高级技工学校", "山东省", SchoolType.SENIOR_SCHOOL),
    ("四川省成都市技师学院", "四川省", SchoolType.TECHNICIAN_COLLEGE),
    ("重庆市渝北区技工学校", "重庆市", SchoolType.SCHOOL),
]
ENTERPRISES = [
    ("重庆长江精密机床有限公司", "重庆市"),
    ("广东粤海智能装备股份有限公司", "广东省"),
    ("江苏恒瑞新能源汽车科技有限公司", "江苏省"),
]
INSTITUTES = [
    ("中国技工教育研究所", "北京市"),
    ("广东省技工教育教学研究院", "广东省"),
]
PUBLISHERS = [
    ("中国劳动社会保障出版社", "北京市"),
    ("机械工业出版社", "北京市"),
    ("高等教育出版社", "北京市"),
]
DEPARTMENTS = [
    ("人力资源社会保障部", "北京市", True),
    ("重庆市人力资源和社会保障局", "重庆市", False),
    ("广东省人力资源和社会保障厅", "广东省", False),
    ("江苏省人力资源和社会保障厅", "江苏省", False),
]
# (name, province, national): the national political review of national items is organised by
# MOHRSS (Art. 18), never left to the compiling unit's province.
PROPAGANDA = [
    ("中共重庆市委宣传部", "重庆市", False),
    ("全国技工院校教材政治审核组（人力资源社会保障部组织）", "北京市", True),
]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强海燕红梅鹏飞晓东立新文博建华春生玉兰德胜宏伟丽华永红俊杰晨曦思远子涵雨桐浩然"
TEACHING_TITLES = {
    TitleLevel.SENIOR: "正高级讲师",
    TitleLevel.ASSOCIATE_SENIOR: "高级讲师",
    TitleLevel.INTERMEDIATE: "讲师",
    TitleLevel.JUNIOR: "助理讲师",
}
INDUSTRY_TITLES = {
    TitleLevel.SENIOR: "正高级工程师",
    TitleLevel.ASSOCIATE_SENIOR: "高级工程师",
    TitleLevel.INTERMEDIATE: "工程师",
    TitleLevel.JUNIOR: "技术员",
}


def seed_organisations():
    rows = (
        [(name, K.SCHOOL, province, {"school_type": kind}) for name, province, kind in SCHOOLS]
        + [(name, K.ENTERPRISE, province, {}) for name, province in ENTERPRISES]
        + [(name, K.INSTITUTE, province, {}) for name, province in INSTITUTES]
        + [(name, K.PUBLISHER, province, {}) for name, province in PUBLISHERS]
        + [(name, K.DEPARTMENT, province, {"is_national": national}) for name, province, national in DEPARTMENTS]
        + [(name, K.PROPAGANDA, province, {"is_national": national}) for name, province, national in PROPAGANDA]
    )
    organisations = {}
    for index, (name, kind, province, extra) in enumerate(rows, start=1):
        organisations[name], _ = Organisation.objects.update_or_create(
            name=name,
            defaults={
                "kind": kind,
                "province": province,
                "credit_code": f"12{index:04d}00MB{index:08d}"[:18],
                "contact_email": f"office{index:02d}@unit{index:02d}.example.cn",
                "contact_phone": f"023-6{index:03d}{index * 37 % 10000:04d}",
                **extra,
            },
        )
    return organisations


def chinese_names(count, seed):
    """``count`` distinct, deterministic Chinese names."""
    rng = random.Random(seed)
    names = []
    while len(names) < count:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        if name not in names:
            names.append(name)
    return names


def upsert_person(name, employer, title_level, *, user=None, email="", phone="", approved=True):
    titles = INDUSTRY_TITLES if employer.kind == K.ENTERPRISE else TEACHING_TITLES
    defaults = {
        "title": titles[title_level],
        "title_level": title_level,
        "email": email,
        "phone": phone,
        "party_org_approved": approved,
    }
    if user is not None:
        defaults["user"] = user
    person, _ = Person.objects.update_or_create(name=name, employer=employer, defaults=defaults)
    return person
