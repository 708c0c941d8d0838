"""Selection rules S1–S12 as plain functions (SPEC §5). Each names the rule it decides."""

from selection.models import MemberType


def missing_committee_member_types(member_types):
    """S1 (Art. 27(1)): the member groups a committee still lacks, in the order the rule lists them."""
    present = set(member_types)
    return [member_type for member_type in MemberType if member_type not in present]
