"""What the review pipeline needs from anything it reviews (凡编必审, Art. 18).

Textbook versions (textbooks/) and course-standard versions (curriculum/) both implement this
protocol, so one pipeline serves both. The pipeline never reads a manuscript's fields directly:
everything it shows a reviewer goes through ``review_metadata`` and ``review_files`` and is
anonymised first (R3), and everything it decides about people goes through ``review_people``.
"""

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


class PlanningLevel:
    """Which organiser reviews it (Art. 18): MOHRSS, the province, or the competent department."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    NON_PLANNED = "non_planned"


@dataclass
class ReviewPeople:
    """Who must be kept apart from the review (R1, R2) and hidden from reviewers (R3)."""

    authors: list = field(default_factory=list)  # directory.Person, chief editor included
    chief_editor: object = None  # directory.Person or None
    compiling_unit: object = None  # directory.Organisation
    publisher: object = None  # directory.Organisation or None


@dataclass
class ReviewFile:
    name: str  # the original name: never shown to a reviewer
    kind: str  # e.g. "书稿", "课程标准", "封面"
    content: bytes


@runtime_checkable
class Reviewable(Protocol):
    review_kind_label: str  # "教材" or "课程标准"

    def review_title(self) -> str:
        """A title free of author, unit and publisher names."""

    def review_planning_level(self) -> str:
        """One of PlanningLevel's values."""

    def review_province(self) -> str:
        """The province whose organiser reviews a provincial item; "" for national ones."""

    def review_course(self):
        """The curriculum.Course it serves (R2, R8: other editions of the same course), or None."""

    def review_people(self) -> ReviewPeople: ...

    def review_metadata(self) -> dict[str, str]:
        """Label → value pairs a reviewer may see (major, level, category, form, …), no identities."""

    def review_files(self) -> list[ReviewFile]: ...

    def public_namesakes(self) -> list[dict]:
        """R3: public records (catalogue, API, curriculum pages, search) a reviewer could find from
        this item's title, each as {"where": label, "names": [units and people it names]}."""

    def neutral_review_title(self) -> str:
        """R3: a title naming course/category/level only, no edition, for when the exact title
        would lead a reviewer to a public record naming the unit or an author."""

    def neutral_review_metadata(self) -> dict[str, str]:
        """R3: the metadata a reviewer sees with the neutral title (no title, edition or course)."""

    def is_ideologically_strong(self) -> bool:
        """Needs political review (R10, Art. 18)."""

    def is_practical_skills(self) -> bool:
        """Takes the shorter practical-skills route (Art. 22)."""

    def content_flags(self) -> dict[str, bool]:
        """The unit's proposal of review.rules.CONTENT_FLAGS; the organiser confirms it at intake."""

    def ideologically_strong_with(self, flags) -> bool:
        """Whether it needs political review given the confirmed flags (Art. 4, 18)."""

    def intake_refusal(self, flags) -> str | None:
        """Why it may not be reviewed at all on the confirmed facts (R10), or None."""

    def review_fingerprint(self) -> str:
        """A digest of the content under review: approval refuses an item changed since it was
        (re)submitted, so that what is approved is what the experts reviewed (Art. 18, 23)."""


# What happens to the item when it enters review, passes or fails is its owner's: the owning app
# connects receivers for its model to review.events (review_submitted, revision_requested,
# review_passed, review_failed); the pipeline only announces.
