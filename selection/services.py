"""Committee state changes: each is checked against selection.rules, atomic and audited."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from guardian.shortcuts import assign_perm

from cms import audit
from selection.rules import missing_committee_member_types

COMMITTEE_OBJECT_PERMISSIONS = ("view_selectioncommittee", "change_selectioncommittee")


def grant_committee_access(user, committee):
    """A committee member's login acts on this school's committee only."""
    for codename in COMMITTEE_OBJECT_PERMISSIONS:
        assign_perm(f"selection.{codename}", user, committee)


@transaction.atomic
def announce_committee(committee, user, on=None):
    """Publicly announce the committee's members; refused while S1's member groups are incomplete."""
    missing = missing_committee_member_types(committee.members.values_list("member_type", flat=True))
    if missing:
        labels = "、".join(member_type.label for member_type in missing)
        raise ValidationError(f"S1（第二十七条第一款）：教材选用委员会缺少{labels}，不能公示成员。")
    committee.announced_on = on or timezone.localdate()
    committee.save(update_fields=["announced_on"])
    audit.record(
        committee,
        "selection.committee.announce",
        user=user,
        data={"announced_on": committee.announced_on.isoformat()},
    )
    return committee
