"""Demo expert pool: at least ten experts in each of the four Art. 19 categories."""

import datetime
import random

from curriculum.models import Major
from directory.demo import chinese_names, upsert_person
from directory.models import Organisation, OrganisationKind, TitleLevel
from review.models import Expert, ExpertCategory

EXPERTS_PER_CATEGORY = 11

# Where each category's experts work.
CATEGORY_EMPLOYER_KINDS = {
    ExpertCategory.SUBJECT: (OrganisationKind.SCHOOL, OrganisationKind.INSTITUTE),
    ExpertCategory.RESEARCH: (OrganisationKind.INSTITUTE,),
    ExpertCategory.TEACHER: (OrganisationKind.SCHOOL,),
    ExpertCategory.INDUSTRY: (OrganisationKind.ENTERPRISE,),
}


def seed_experts(progress=None):
    rng = random.Random(20261123)
    majors = list(Major.objects.order_by("code"))
    names = chinese_names(EXPERTS_PER_CATEGORY * len(ExpertCategory), seed="experts")
    experts = []
    for category_index, category in enumerate(ExpertCategory):
        employers = list(
            Organisation.objects.filter(kind__in=CATEGORY_EMPLOYER_KINDS[category]).order_by("name")
        )
        for i in range(EXPERTS_PER_CATEGORY):
            number = category_index * EXPERTS_PER_CATEGORY + i
            # Art. 19 asks for senior titles as a rule; a few frontline teachers hold intermediate ones.
            level = TitleLevel.INTERMEDIATE if category == ExpertCategory.TEACHER and i % 4 == 3 else (
                TitleLevel.SENIOR if i % 3 == 0 else TitleLevel.ASSOCIATE_SENIOR
            )
            person = upsert_person(
                names[number],
                employers[i % len(employers)],
                level,
                email=f"expert{number + 1:03d}@experts.example.cn",
                phone=f"139{number + 1:08d}",
            )
            expert, _ = Expert.objects.update_or_create(
                person=person,
                defaults={
                    "category": category,
                    "active": True,
                    "joined_on": datetime.date(2022 + number % 4, 1 + number % 12, 1),
                },
            )
            expert.specialties.set(rng.sample(majors, k=3))
            experts.append(expert)
            if progress:
                progress.advance()
    return experts
