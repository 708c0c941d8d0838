"""S11 (Art. 35): who is on the negative list now: the facts review's gates rest on (review.rules
``gate_problems``, ``listed_author_problems`` decide with them). The list is kept by HRSS through
selection.services; these only read it."""

from selection.models import NegativeListEntry


def unit_is_blacklisted(organisation):
    """A unit on the negative list may not submit textbooks."""
    return NegativeListEntry.objects.filter(organisation=organisation, lifted_on__isnull=True).exists()


def listed_people(people):
    """Those of ``people`` (directory.Person) on the negative list, who must be replaced before
    their manuscript enters or passes review (R6)."""
    ids = set(
        NegativeListEntry.objects.filter(person__in=[p.pk for p in people], lifted_on__isnull=True)
        .values_list("person_id", flat=True)
    )
    return [p for p in people if p.pk in ids]


def listed_person_ids():
    """S11 (Art. 35): ids of everyone currently on the negative list (experts among them are never drawn)."""
    return set(
        NegativeListEntry.objects.filter(person__isnull=False, lifted_on__isnull=True).values_list("person_id", flat=True)
    )
