"""Reviewer-safe copies of manuscript files for blind review (rule R3, Art. 21).

Pure functions, bytes in -> bytes out.  This package must not import Django: the
review app wraps it, and it is tested on its own.  One module per concern: ``core``
(errors, limits, profile, findings), ``matching`` (identities in text), ``xmlparts`` and
``package`` (safe OOXML parsing and zip packages), ``ooxml`` (DOCX cleaning),
``images``, ``redaction``, ``verification`` (the release gate) and ``files``
(dispatch by detected content).  The rest of the code imports only what is
re-exported here.

What it does
------------
* ``anonymise_docx`` works on the DOCX zip package directly.  Metadata that names
  people or machines is removed automatically (core/app/custom properties,
  comment and revision authors, ``people.xml``, rsids, document variables,
  attached-template paths, customXml, thumbnails, signatures, printer settings,
  image EXIF/XMP/IPTC/ICC/text chunks, zip timestamps, identifying part names,
  local-path and e-mail link targets, XML comments).  Identity strings in the
  *visible text* (body, headers, footers, notes, comments, text boxes) are only
  *reported* as :class:`Finding` objects; an organiser confirms them and calls
  :func:`apply_redactions`, which replaces them with ``■■■`` even when Word split
  them across several runs.
* ``anonymise_image`` re-encodes raster images from their pixels only.
* ``anonymise_file`` dispatches by detected content (never by file name) and
  refuses everything it cannot make safe.
* ``verify_clean`` is the release gate: it searches every byte of every part of
  an output for the profile strings (UTF-8, UTF-16, GBK, and decoded XML text).

Hostile input (not a zip, zip bombs, forged sizes, DOCTYPE/ENTITY tricks, macro
or ActiveX documents, path tricks, image decompression bombs, corrupt images) is
refused with :class:`AnonymiseError`, whose message is Chinese and user-facing.
Sizes are checked from the zip central directory before anything is
decompressed, and every read is bounded.

Findings are for organisers only: ``Finding.matched`` holds the original
identifying text and must never reach a reviewer (it is hidden from ``repr``).
"""

from review.anonymise.core import (
    DEFAULT_LIMITS,
    DOCX_CONTENT_TYPE,
    MASK,
    NEUTRAL_AUTHOR,
    SUSPECTED_KINDS,
    AnonymisedFile,
    AnonymiseError,
    Finding,
    IdentityProfile,
    Limits,
    redaction_strings,
    reporting_parts,
)
from review.anonymise.files import anonymise_file, neutral_file_name, part_count
from review.anonymise.images import anonymise_image, detect_file_type
from review.anonymise.matching import scan_parts, scan_text
from review.anonymise.ooxml import anonymise_docx
from review.anonymise.pdf import anonymise_pdf
from review.anonymise.redaction import apply_redactions
from review.anonymise.verification import reviewer_view, verify_clean

__all__ = [
    "AnonymiseError",
    "AnonymisedFile",
    "DOCX_CONTENT_TYPE",
    "Finding",
    "IdentityProfile",
    "Limits",
    "DEFAULT_LIMITS",
    "MASK",
    "NEUTRAL_AUTHOR",
    "SUSPECTED_KINDS",
    "anonymise_docx",
    "anonymise_file",
    "anonymise_image",
    "anonymise_pdf",
    "apply_redactions",
    "detect_file_type",
    "neutral_file_name",
    "part_count",
    "redaction_strings",
    "reporting_parts",
    "reviewer_view",
    "scan_parts",
    "scan_text",
    "verify_clean",
]
