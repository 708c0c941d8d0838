"""What an approved version's fingerprint covers (Art. 23): its files and canonical metadata."""

import hashlib

from textbooks import rules

CHUNK = 1024 * 1024


def file_digest(field_file):
    digest = hashlib.sha256()
    with field_file.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def textbook_metadata(textbook, course_codes=None, major_codes=None, level_codes=None):
    """The textbook-level facts every version's fingerprint includes.

    The code lists may be given (a form's proposed values); otherwise they are read.
    """
    return {
        "title": textbook.title,
        "subtitle": textbook.subtitle,
        "series_name": textbook.series_name,
        "carries_planned_mark": textbook.carries_planned_mark,
        "category": textbook.category,
        "planning_level": textbook.planning_level,
        "province": textbook.province,
        "compiling_unit": textbook.compiling_unit_id,
        "courses": sorted(course_codes if course_codes is not None else _codes(textbook.courses)),
        "majors": sorted(major_codes if major_codes is not None else _codes(textbook.majors)),
        "levels": sorted(level_codes if level_codes is not None else _codes(textbook.levels)),
        "sensitive_topics": sorted(textbook.sensitive_topics),
        "is_practical_skills": textbook.is_practical_skills,
    }


def _codes(manager):
    # Iterating .all() uses a prefetch when the caller made one (verify_fingerprints does).
    return [item.code for item in manager.all()]


def version_metadata(version, textbook_meta=None):
    return {
        "textbook": textbook_meta if textbook_meta is not None else textbook_metadata(version.textbook),
        "edition": version.edition,
        "change_number": version.change_number,
        "isbn": version.isbn,
        "publisher": version.publisher_id,
        "published_on": version.published_on,
        "price": None if version.price is None else f"{version.price:.2f}",
        "form": version.form,
        "description": version.description,
        "chief_editor": version.chief_editor_id,
        "authors": sorted(
            [a.person_id, a.role, a.category] for a in version.authors.all()
        ) if version.pk else [],
    }


def version_file_digests(version):
    digests = []
    if version.manuscript:
        digests.append(["manuscript", file_digest(version.manuscript)])
    if version.cover_id:
        digests.append(["cover", file_digest(version.cover.file)])
    if version.pk:
        digests.extend([f"attachment:{a.title}", file_digest(a.file)] for a in version.attachments.all())
    return digests


def compute_fingerprint(version, textbook_meta=None):
    """Raises OSError when a file is missing: a missing file is an alteration too."""
    return rules.fingerprint(version_metadata(version, textbook_meta), version_file_digests(version))


def matches_fingerprint(version, textbook_meta=None):
    try:
        return compute_fingerprint(version, textbook_meta) == version.fingerprint
    except (OSError, ValueError):
        return False
