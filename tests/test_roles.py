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


def test_every_role_group_holds_exactly_its_permissions(demo_world):
    for role in roles.ROLES:
        group = Group.objects.get(name=role.name)
        held = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}
        assert held == set(role.permissions), role.name


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
