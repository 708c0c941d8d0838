"""Demo majors from the 技工院校专业目录 and the common course catalogue."""

from curriculum.models import Course, CourseCategory, Industry, Major, TrainingLevel

ALL_LEVELS = ("intermediate", "advanced", "technician")
UPPER_LEVELS = ("advanced", "technician")

MAJORS = [
    ("0101", "机床切削加工（车工）", Industry.MACHINERY, ALL_LEVELS),
    ("0103", "数控加工", Industry.MACHINERY, ALL_LEVELS),
    ("0106", "模具制造", Industry.MACHINERY, ALL_LEVELS),
    ("0107", "焊接加工", Industry.MACHINERY, ALL_LEVELS),
    ("0118", "工业机器人应用与维护", Industry.MACHINERY, UPPER_LEVELS),
    ("0201", "电气自动化设备安装与维修", Industry.ELECTRICAL, ALL_LEVELS),
    ("0203", "电子技术应用", Industry.ELECTRICAL, ("intermediate", "advanced")),
    ("0301", "计算机网络应用", Industry.INFORMATION, ("intermediate", "advanced")),
    ("0303", "计算机程序设计", Industry.INFORMATION, ("intermediate", "advanced")),
    ("0401", "汽车维修", Industry.TRANSPORT, ALL_LEVELS),
    ("0408", "新能源汽车检测与维修", Industry.TRANSPORT, ALL_LEVELS),
    ("0411", "城市轨道交通运输与管理", Industry.TRANSPORT, ("intermediate", "advanced")),
    ("1201", "烹饪（中式烹调）", Industry.SERVICES, ALL_LEVELS),
    ("1212", "养老服务", Industry.SERVICES, ("intermediate", "advanced")),
    ("0901", "电子商务", Industry.COMMERCE, ("intermediate", "advanced")),
]

# Public courses: their category decides the catalogue rules of Art. 28 (S3, S4).
PUBLIC_COURSES = [
    ("GG001", "思想政治", CourseCategory.UNIFIED_PUBLIC),
    ("GG002", "语文", CourseCategory.UNIFIED_PUBLIC),
    ("GG003", "历史", CourseCategory.UNIFIED_PUBLIC),
    ("GG004", "劳动教育", CourseCategory.PUBLIC_BASIC),
    ("GG005", "通用职业素质", CourseCategory.PUBLIC_BASIC),
    ("GG006", "数学", CourseCategory.PUBLIC_BASIC),
    ("GG007", "英语", CourseCategory.PUBLIC_BASIC),
    ("GG008", "计算机基础与应用", CourseCategory.PUBLIC_BASIC),
    ("GG009", "体育与健康", CourseCategory.PUBLIC_BASIC),
]


def seed_majors():
    levels = {level.code: level for level in TrainingLevel.objects.all()}
    majors = []
    for code, name, industry, level_codes in MAJORS:
        major, _ = Major.objects.update_or_create(code=code, defaults={"name": name, "industry": industry})
        major.levels.set([levels[c] for c in level_codes])
        majors.append(major)
    return majors


def seed_public_courses():
    for code, name, category in PUBLIC_COURSES:
        Course.objects.update_or_create(code=code, defaults={"name": name, "category": category})
