"""One demo login per role (SPEC §1), each tied to a person at a real-sounding unit."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction

from cms import roles
from directory.demo import upsert_person
from directory.models import Organisation, TitleLevel
from directory.services import grant_publisher_gatekeeper, grant_unit_admin
from review.models import Expert, ExpertCategory
from selection.models import SelectionCommittee
from selection.services import grant_committee_access

DEMO_PASSWORD = "Jigong@2026"


@dataclass(frozen=True)
class DemoLogin:
    username: str
    full_name: str
    role: roles.Role | None
    employer: str


DEMO_LOGINS = [
    DemoLogin("admin", "平台管理员", None, "人力资源社会保障部"),
    DemoLogin("author", "陈立新", roles.AUTHOR, "重庆市工业技师学院"),
    DemoLogin("unit_admin", "周海燕", roles.UNIT_ADMIN, "重庆市工业技师学院"),
    DemoLogin("gatekeeper", "郑文博", roles.PUBLISHER_GATEKEEPER, "中国劳动社会保障出版社"),
    DemoLogin("reviewer", "", roles.REVIEWER, ""),
    DemoLogin("organiser", "韩建华", roles.ORGANISER_NATIONAL, "人力资源社会保障部"),
    DemoLogin("organiser_cq", "谭晓东", roles.ORGANISER_PROVINCIAL, "重庆市人力资源和社会保障局"),
    # The demo's ideologically strong items are national 统编 ones (R10), politically reviewed
    # by the national review MOHRSS organises (Art. 18).
    DemoLogin("political", "龚志强", roles.POLITICAL_REVIEWER, "全国技工院校教材政治审核组（人力资源社会保障部组织）"),
    DemoLogin("committee", "", roles.SELECTION_COMMITTEE, "广州市工贸技师学院"),
    DemoLogin("hrss", "雷春生", roles.HRSS_ADMIN, "人力资源社会保障部"),
]


def _upsert_user(login, full_name):
    User = get_user_model()
    user, _ = User.objects.get_or_create(username=login.username)
    user.first_name = full_name
    user.email = f"{login.username}@demo.jigong.example.cn"
    user.is_superuser = user.is_staff = login.role is None
    user.set_password(DEMO_PASSWORD)
    user.save()
    user.groups.set([roles.role_group(login.role)] if login.role else [])
    return user


def _demo_reviewer_person():
    """The demo reviewer is a real expert of the pool, so the reviewer workspace has work."""
    return (
        Expert.objects.filter(category=ExpertCategory.TEACHER)
        .select_related("person")
        .order_by("person__name")
        .first()
        .person
    )


def _demo_committee_person(school_name):
    committee = SelectionCommittee.objects.get(school__name=school_name)
    return committee, committee.members.get(is_chair=True).person


@transaction.atomic
def seed_users():
    """Create or reset every demo login; returns (username, role name, unit) rows for printing."""
    rows = []
    for login in DEMO_LOGINS:
        if login.role is roles.REVIEWER:
            person = _demo_reviewer_person()
            user = _upsert_user(login, person.name)
        elif login.role is roles.SELECTION_COMMITTEE:
            committee, person = _demo_committee_person(login.employer)
            user = _upsert_user(login, person.name)
            grant_committee_access(user, committee)
        else:
            employer = Organisation.objects.get(name=login.employer)
            user = _upsert_user(login, login.full_name)
            person = upsert_person(login.full_name, employer, TitleLevel.ASSOCIATE_SENIOR, user=user)
            if login.role is roles.UNIT_ADMIN:
                grant_unit_admin(user, employer)
            elif login.role is roles.PUBLISHER_GATEKEEPER:
                grant_publisher_gatekeeper(user, employer)
        if person.user_id != user.pk:
            person.user = user
            person.save(update_fields=["user"])
        rows.append((login.username, login.role.name if login.role else "超级管理员", person.employer.name))
    return rows
