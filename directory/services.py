"""Object-level grants for roles that act on their own organisation only."""

from guardian.shortcuts import assign_perm

UNIT_ADMIN_PERMISSIONS = ("directory.view_organisation", "directory.change_organisation")
GATEKEEPER_PERMISSIONS = ("directory.view_organisation", "directory.gatekeep_publisher")


def grant_unit_admin(user, organisation):
    for permission in UNIT_ADMIN_PERMISSIONS:
        assign_perm(permission, user, organisation)


def grant_publisher_gatekeeper(user, publisher):
    for permission in GATEKEEPER_PERMISSIONS:
        assign_perm(permission, user, publisher)
