"""The import measured field by field on the corpus of teachers' standards (issue 16).

The expected fields of each document were written by hand before the importer was tuned
(tests/curriculum/corpus).  The same measurement prints per-document figures in
``python -m benchmarks.docx_import_accuracy``."""

import io
import zipfile

import docx
import pytest

from benchmarks.docx_import_accuracy import TARGET_WITHOUT_MAPPING, measure
from curriculum.docx_io import import_standard, inspect_docx_package
from tests.curriculum.corpus import documents

CORPUS = documents()


@pytest.fixture(scope="module")
def figures():
    return {name: measure(module) for name, module in CORPUS}


def test_the_corpus_holds_at_least_twelve_standards_of_both_kinds():
    kinds = {import_standard(module.build(), f"{name}.docx").kind for name, module in CORPUS}
    assert len(CORPUS) >= 12 and kinds == {"major", "course"}


def test_without_the_mapping_step_at_least_95_percent_of_fields_come_in(figures):
    total = sum(fields for fields, *_ in figures.values())
    correct = sum(before for _, before, *_ in figures.values())
    assert correct / total >= TARGET_WITHOUT_MAPPING, {n: f[4] for n, f in figures.items() if f[4]}


@pytest.mark.parametrize("name", [name for name, _ in CORPUS])
def test_after_the_teachers_mapping_every_field_is_right(figures, name):
    fields, _, after, _, wrong, _ = figures[name]
    assert after == fields, wrong


def test_a_blank_3000_row_table_is_not_taken_for_a_zip_bomb():
    """A sign-up sheet of 3,000 empty rows packs ~155:1; the gate bounds bytes, not ratios."""
    word = docx.Document()
    word.add_paragraph("实训登记表")
    word.add_table(rows=3000, cols=5).style = "Table Grid"
    buffer = io.BytesIO()
    word.save(buffer)
    data = buffer.getvalue()
    member = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml")
    assert member.file_size / member.compress_size > 100
    assert inspect_docx_package(data, "登记表.docx").max_table_rows == 3000


def test_the_fields_offered_first_for_an_unrecognised_part_are_the_ones_teachers_choose():
    for name, module in CORPUS:
        for part in import_standard(module.build(), f"{name}.docx").unmapped:
            choice = module.MAPPING.get(part.heading)
            assert choice is not None, f"{name}: “{part.heading}” has no mapping choice in the corpus"
            if choice != "discard":
                assert part.suggestion == choice, (name, part.heading, part.candidates[:3])
