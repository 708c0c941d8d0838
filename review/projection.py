"""The pseudonymous projection of a manuscript: the ONLY thing the reviewer workspace reads (R3).

Built from what the pipeline stored when the item entered review (the masked title and metadata,
the anonymised copies with neutral names) — never from the live object, its revisions, owner,
uploader, collection or original file names.
"""

from dataclasses import dataclass

from review.models import Stage


@dataclass(frozen=True)
class ProjectedFile:
    pk: int
    name: str  # what the reviewer downloads: the PDF's name when the copy has one (R3)
    kind: str
    docx_name: str = ""  # only where the organiser allows the DOCX


@dataclass(frozen=True)
class Projection:
    code: str
    kind_label: str
    title: str
    metadata: tuple  # (label, value) pairs
    files: tuple  # ProjectedFile
    round_number: int
    deadline: object
    response_letter: str
    round_closed: bool


def _projected(copy, round_):
    docx = round_.docx_allowed and copy.reviewer_pdf and copy.content_type_header != "application/pdf"
    return ProjectedFile(copy.pk, copy.reviewer_download[0], copy.kind, copy.neutral_name if docx else "")


def build_projection(submission, round_):
    """What a reviewer (or the political reviewer) of ``round_`` of ``submission`` may see."""
    released = round_.released_at is not None and submission.stage != Stage.PREPARING
    return Projection(
        code=submission.code,
        kind_label=submission.kind_label,
        title=submission.safe_title,
        metadata=tuple(submission.safe_metadata.items()),
        files=tuple(_projected(c, round_) for c in round_.copies.filter(withheld_reason="").order_by("index"))
        if released else (),
        round_number=round_.number,
        deadline=round_.deadline,
        response_letter=round_.response_letter,
        round_closed=round_.closed_at is not None,
    )
