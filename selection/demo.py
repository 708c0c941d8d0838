"""Demo selection committees: one per school, each with all four member groups (S1)."""

import datetime

from directory.demo import chinese_names, upsert_person
from directory.models import Organisation, OrganisationKind, TitleLevel
from selection.models import CommitteeMember, MemberType, SelectionCommittee

MEMBER_PLAN = [
    (MemberType.TEACHING_MANAGER, True, TitleLevel.SENIOR),
    (MemberType.PROFESSIONAL_TEACHER, False, TitleLevel.ASSOCIATE_SENIOR),
    (MemberType.PROFESSIONAL_TEACHER, False, TitleLevel.INTERMEDIATE),
    (MemberType.INDUSTRY_EXPERT, False, TitleLevel.ASSOCIATE_SENIOR),
    (MemberType.TEACHING_RESEARCHER, False, TitleLevel.ASSOCIATE_SENIOR),
]


def seed_committees():
    schools = list(Organisation.objects.filter(kind=OrganisationKind.SCHOOL).order_by("name"))
    industry = list(Organisation.objects.filter(kind=OrganisationKind.ENTERPRISE).order_by("name"))
    names = chinese_names(len(schools) * len(MEMBER_PLAN), seed="committees")
    committees = []
    for s, school in enumerate(schools):
        committee, _ = SelectionCommittee.objects.update_or_create(
            school=school, defaults={"announced_on": datetime.date(2026, 3, 2)}
        )
        for m, (member_type, is_chair, level) in enumerate(MEMBER_PLAN):
            # Industry experts are employed by enterprises, everyone else by the school.
            employer = industry[s % len(industry)] if member_type == MemberType.INDUSTRY_EXPERT else school
            person = upsert_person(names[s * len(MEMBER_PLAN) + m], employer, level)
            CommitteeMember.objects.update_or_create(
                committee=committee,
                person=person,
                defaults={"member_type": member_type, "is_chair": is_chair},
            )
        committees.append(committee)
    return committees
