"""Word (.docx) export and import of 工学一体化 course standards.

* :mod:`.gate` — the shared OOXML gate (:mod:`cms.ooxml_gate`) with the importer's limits.
* :mod:`.exporter` — :func:`export_standard`, a StandardDoc as a national-style Word document.
* :mod:`.reading` — Word body → paragraphs and tables; labels, headings, table headers.
* :mod:`.importer` — :func:`import_standard`, a teacher's Word file → a draft StandardDoc with the
  field issues and unrecognised parts the teacher resolves in the mapping step.

No Django models or views: the package is used by the Django app, by scripts and by benchmarks alike.
"""

from curriculum.docx_io.exporter import export_standard
from curriculum.docx_io.gate import (
    MAX_FILE_BYTES,
    MAX_MEMBER_COUNT,
    MAX_PARAGRAPHS,
    MAX_TABLE_CELLS,
    MAX_TABLE_ROWS,
    MAX_TABLES,
    MAX_TOTAL_UNCOMPRESSED_BYTES,
    DocxImportError,
    PackageInfo,
    inspect_docx_package,
)
from curriculum.docx_io.importer import (
    DISCARD,
    KIND_COURSE,
    KIND_MAJOR,
    STATUS_MISSING,
    STATUS_PARTIAL,
    STATUS_RECOGNISED,
    STATUS_UNMAPPED,
    FieldIssue,
    ImportResult,
    SectionReport,
    UnmappedPart,
    apply_mapping,
    field_values,
    fill_missing_codes,
    import_standard,
    mapping_targets,
)

__all__ = [
    "DISCARD",
    "KIND_COURSE",
    "KIND_MAJOR",
    "MAX_FILE_BYTES",
    "MAX_MEMBER_COUNT",
    "MAX_PARAGRAPHS",
    "MAX_TABLE_CELLS",
    "MAX_TABLE_ROWS",
    "MAX_TABLES",
    "MAX_TOTAL_UNCOMPRESSED_BYTES",
    "STATUS_MISSING",
    "STATUS_PARTIAL",
    "STATUS_RECOGNISED",
    "STATUS_UNMAPPED",
    "DocxImportError",
    "FieldIssue",
    "ImportResult",
    "PackageInfo",
    "SectionReport",
    "UnmappedPart",
    "apply_mapping",
    "export_standard",
    "field_values",
    "fill_missing_codes",
    "import_standard",
    "inspect_docx_package",
    "mapping_targets",
]
