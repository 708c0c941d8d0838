"""Each role reaches what SPEC §1 gives it and nothing else, including other units' and schools' objects."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from cms import roles
from directory.models import Organisation
from selection.models import SelectionCommittee

pytestmark = pytest.mark.django_db

OWN_UNIT = "重庆市工业技师学院"
OTHER_UNIT = "江苏省常州技师学院"
OWN_PUBLISHER = "中国劳动社会保障出版社"
OWN_SCHOOL = "广州市工贸技师学院"


def org(name):
    return Organisation.objects.get(name=name)


def committee(school_name):
    return SelectionCommittee.objects.get(school__name=school_name)


ADMIN = "wagtailadmin.access_admin"
REFERENCE = {"curriculum.view_major", "curriculum.view_course", "curriculum.view_traininglevel"}


def crud(app, *models, actions=("view", "add", "change")):
    return {f"{app}.{action}_{model}" for model in models for action in actions}


# The grants each group must hold, written from SPEC §1 (who does what), not read from cms/roles.py:
# a grant added to or dropped from a role there fails here until this table is changed on purpose.
EXPECTED_GRANTS = {
    # writes standards, resources, textbook versions; submits and asks for changes; never publishes (Art. 18).
    "编写人员": {
        ADMIN, *REFERENCE, "curriculum.add_coursestandard", "curriculum.add_resourceitem",
        "textbooks.add_textbookversion", "textbooks.add_changerequest", "review.add_submission",
    },
    # proposes its unit's (Art. 12) and its publisher's (Art. 24) qualifications, registers its
    # textbooks and authors, submits (own unit only); HRSS verifies the proposals.
    "编写单位管理员": {
        ADMIN, *REFERENCE, "textbooks.add_compilingunitprofile", "textbooks.add_publisherprofile", "textbooks.add_textbook",
        "textbooks.add_textbookversion", "textbooks.add_changerequest", "review.add_submission",
    },
    # the pre-submission self-check (专题自查, Art. 18) and nothing else.
    "出版单位政治把关": {ADMIN, *REFERENCE, "review.record_self_check"},
    # blind reviewers and political reviewers work only in the reviewer workspace (R3): no admin.
    "审核专家": set(),
    "政治审核": set(),
    # MOHRSS manages the pool, draws and decides, publishes approved standards (Art. 18, 19, 23).
    "审核组织者（国家级）": {
        ADMIN, *REFERENCE, "directory.view_organisation", "directory.view_person",
        *crud("review", "expert"), "review.organise_submission", "curriculum.publish_coursestandard",
        "textbooks.view_textbook", "textbooks.view_textbookversion",
        # reviews the teaching resources it is responsible for under its own procedure (Art. 37, 22)
        "curriculum.view_resourceitem", "curriculum.review_resourceitem",
    },
    # provincial HRSS organises its province's reviews and reads the (national) pool.
    "审核组织者（省级）": {
        ADMIN, *REFERENCE, "directory.view_organisation", "directory.view_person",
        "review.view_expert", "review.organise_submission", "curriculum.publish_coursestandard",
        "textbooks.view_textbook", "textbooks.view_textbookversion",
        "curriculum.view_resourceitem", "curriculum.review_resourceitem",
    },
    # selects per course and term, publishes and files the result, reports usage (Art. 27, 29, 33).
    "教材选用委员会": {ADMIN, *REFERENCE, "selection.add_selectionround", "selection.add_usagereport"},
    # supervisors: catalogues, filings, reports, random checks, negative list, stop-use orders.
    "人社部门管理员": {
        ADMIN, *REFERENCE,
        *crud("curriculum", "major", "course", actions=("add", "change")),
        "curriculum.view_coursestandard", "curriculum.change_coursestandard", "curriculum.view_resourceitem",
        *crud("directory", "organisation", "person"),
        *crud("review", "expert"),
        "selection.view_selectioncommittee", "selection.view_committeemember", "selection.view_selectionround",
        "selection.view_provincialfiling", "selection.add_provincialfiling", "selection.view_usagereport",
        *crud("selection", "stopuseorder", "negativelistentry", "qualitycheck", "integratedpilot"),
        *crud(
            "textbooks", "textbook", "textbookversion", "compilingunitprofile", "publisherprofile",
            "publisherpenalty", "catalogue", "batch", "changerequest",
        ),
        "textbooks.view_catalogueentry", "textbooks.view_approvalrecord",
        # verifies what units propose (Art. 12, 24); supervises, never reviews, teaching resources (Art. 37)
        "textbooks.verify_compilingunitprofile", "textbooks.verify_publisherprofile",
        # sees every panel draw it supervises (R5)
        "review.view_paneldraw",
        # the State Council calendar's overrides for notice periods (S2)
        *crud("selection", "workingdayoverride"),
        # the search dictionary of the field's synonyms and abbreviations (SPEC §6)
        *crud("search", "searchsynonym", actions=("view", "add", "change", "delete")),
    },
}


def held(group_name):
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}


def test_every_role_group_holds_exactly_the_grants_spec_section_1_gives_it(demo_world):
    assert {role.name for role in roles.ROLES} == set(EXPECTED_GRANTS)
    for group_name, expected in EXPECTED_GRANTS.items():
        assert held(group_name) == expected, group_name


@pytest.mark.parametrize(
    "permission, only",
    [
        # Drawing panels and deciding are the organisers' (SPEC §1); authors never judge their own work (R1).
        ("review.organise_submission", {"审核组织者（国家级）", "审核组织者（省级）"}),
        # A standard is published only by approval after review (凡编必审, Art. 18).
        ("curriculum.publish_coursestandard", {"审核组织者（国家级）", "审核组织者（省级）"}),
        # Only the publisher's gatekeeping body records the 专题自查 (Art. 18).
        ("review.record_self_check", {"出版单位政治把关"}),
        # Stop-use orders and the negative list are the supervisors' (Art. 35, 36).
        ("selection.add_stopuseorder", {"人社部门管理员"}),
        ("selection.add_negativelistentry", {"人社部门管理员"}),
        ("textbooks.change_catalogue", {"人社部门管理员"}),
        # A unit's or publisher's qualification counts only once HRSS verified it (Art. 12, 24).
        ("textbooks.verify_compilingunitprofile", {"人社部门管理员"}),
        ("textbooks.verify_publisherprofile", {"人社部门管理员"}),
        # The draw records are the supervisors' to see (R5).
        ("review.view_paneldraw", {"人社部门管理员"}),
    ],
)
def test_a_decisive_grant_belongs_only_to_the_role_spec_gives_it_to(demo_world, permission, only):
    holders = {role.name for role in roles.ROLES if permission in held(role.name)}
    assert holders == only


@pytest.mark.parametrize(
    "username, reaches_admin",
    [
        ("author", True),
        ("unit_admin", True),
        ("gatekeeper", True),
        ("reviewer", False),  # reviewers work only in the blind reviewer workspace (R3)
        ("organiser", True),
        ("organiser_cq", True),
        ("political", False),
        ("committee", True),
        ("hrss", True),
    ],
)
def test_admin_is_open_only_to_roles_that_use_it(demo_world, client, login, username, reaches_admin):
    login(username)
    response = client.get("/admin/")
    if reaches_admin:
        assert response.status_code == 200
    else:
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_anonymous_visitors_are_sent_to_login(demo_world, client):
    response = client.get(reverse("organisations:index"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_unit_admin_sees_and_edits_only_its_own_unit(demo_world, client, login):
    login("unit_admin")
    listing = client.get(reverse("organisations:index")).content.decode()
    assert OWN_UNIT in listing
    assert OTHER_UNIT not in listing and OWN_PUBLISHER not in listing

    assert client.get(reverse("organisations:edit", args=[org(OWN_UNIT).pk])).status_code == 200
    assert client.get(reverse("organisations:edit", args=[org(OTHER_UNIT).pk])).status_code == 404


def test_unit_admin_cannot_change_another_unit_by_a_forged_post(demo_world, client, login):
    login("unit_admin")
    other = org(OTHER_UNIT)
    response = client.post(
        reverse("organisations:edit", args=[other.pk]),
        {"name": "被篡改的单位", "kind": other.kind, "province": other.province},
    )
    assert response.status_code == 404
    assert org(OTHER_UNIT).name == OTHER_UNIT


def test_unit_admin_cannot_create_or_delete_units(demo_world, client, login):
    login("unit_admin")
    assert client.get(reverse("organisations:add")).status_code in (302, 403)
    response = client.post(reverse("organisations:delete", args=[org(OWN_UNIT).pk]))
    assert response.status_code in (302, 403)
    assert Organisation.objects.filter(name=OWN_UNIT).exists()


def test_publisher_gatekeeper_sees_only_its_publisher_read_only(demo_world, client, login):
    login("gatekeeper")
    listing = client.get(reverse("organisations:index")).content.decode()
    assert OWN_PUBLISHER in listing and OWN_UNIT not in listing
    assert client.get(reverse("organisations:edit", args=[org(OWN_PUBLISHER).pk])).status_code in (302, 403)


def test_committee_sees_only_its_own_school(demo_world, client, login):
    login("committee")
    listing = client.get(reverse("committees:index")).content.decode()
    assert OWN_SCHOOL in listing and OWN_UNIT not in listing
    assert client.get(reverse("committees:edit", args=[committee(OWN_SCHOOL).pk])).status_code == 200
    assert client.get(reverse("committees:edit", args=[committee(OWN_UNIT).pk])).status_code == 404


def test_hrss_admin_supervises_every_unit_and_committee(demo_world, client, login):
    login("hrss")
    listing = client.get(reverse("organisations:index")).content.decode()
    assert OWN_UNIT in listing and OTHER_UNIT in listing and OWN_PUBLISHER in listing
    assert client.get(reverse("organisations:edit", args=[org(OTHER_UNIT).pk])).status_code == 200
    assert client.get(reverse("committees:index")).status_code == 200
    assert client.get(reverse("committees:edit", args=[committee(OWN_UNIT).pk])).status_code in (302, 403)


def test_organiser_manages_the_expert_pool_but_not_units(demo_world, client, login):
    login("organiser")
    assert client.get(reverse("experts:index")).status_code == 200
    assert client.get(reverse("experts:add")).status_code == 200
    assert client.get(reverse("organisations:index")).status_code == 200
    assert client.get(reverse("organisations:edit", args=[org(OWN_UNIT).pk])).status_code in (302, 403)


def test_provincial_organiser_reads_the_pool_without_changing_it(demo_world, client, login):
    login("organiser_cq")
    assert client.get(reverse("experts:index")).status_code == 200
    assert client.get(reverse("experts:add")).status_code in (302, 403)


@pytest.mark.parametrize("username", ["author", "committee", "unit_admin"])
def test_roles_without_pool_rights_never_see_experts(demo_world, client, login, username):
    login(username)
    assert client.get(reverse("experts:index")).status_code in (302, 403)


def test_author_cannot_reach_units_or_committees(demo_world, client, login):
    login("author")
    assert client.get(reverse("organisations:index")).status_code in (302, 403)
    assert client.get(reverse("committees:index")).status_code in (302, 403)
