"""Field-by-field accuracy of the DOCX import on the corpus of teachers' course standards.

Run from the repository root::

    python -m benchmarks.docx_import_accuracy [-v]

For every document of ``tests/curriculum/corpus`` (standards typed the way teachers write them in
Word, each with its expected fields written by hand) it imports the file, compares every expected
field with what came in — first as imported (the teacher does not touch the mapping step), then
after the mapping choices a teacher makes for the parts the importer did not recognise (stored
per document as ``MAPPING``) — and prints one row per document with the import time.

Targets (issue 16): ≥ 95 % of fields correct without the mapping step, 100 % after it.
Exit status 1 when a target is missed.  ``-v`` lists every wrong field.
"""

from __future__ import annotations

import argparse
import sys
import time

from curriculum.docx_io import DISCARD, apply_mapping, field_values, import_standard

TARGET_WITHOUT_MAPPING = 0.95
TARGET_AFTER_MAPPING = 1.0


def measure(module):
    """(fields, correct as imported, correct after mapping, seconds, wrong fields after mapping)."""
    data = module.build()
    started = time.perf_counter()
    result = import_standard(data, f"{module.__name__.rsplit('.', 1)[-1]}.docx")
    seconds = time.perf_counter() - started
    choices = {part.key: module.MAPPING.get(part.heading, DISCARD) for part in result.unmapped}
    imported = field_values(result.document)
    mapped = field_values(apply_mapping(result.document, result.unmapped, choices))
    expected = module.EXPECTED
    correct = sum(1 for path, value in expected.items() if imported.get(path) == value)
    wrong = [(path, value, mapped.get(path)) for path, value in expected.items() if mapped.get(path) != value]
    wrong_before = [(path, value, imported.get(path)) for path, value in expected.items() if imported.get(path) != value]
    return len(expected), correct, len(expected) - len(wrong), seconds, wrong_before, len(result.unmapped)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every field that came in wrong")
    args = parser.parse_args(argv)
    from tests.curriculum.corpus import documents

    print(f"{'文档':<38}{'字段':>6}{'导入即正确':>12}{'对应后正确':>12}{'未识别部分':>10}{'耗时':>9}")
    total = before = after = 0
    for name, module in documents():
        fields, correct, mapped, seconds, wrong, parts = measure(module)
        total, before, after = total + fields, before + correct, after + mapped
        print(f"{name:<38}{fields:>6}{correct / fields:>12.1%}{mapped / fields:>12.1%}{parts:>10}{seconds:>8.2f}s", flush=True)
        if args.verbose:
            for path, value, got in wrong:
                print(f"    {path}: 期望 {value!r:.60} 实得 {got!r:.60}")
    print(f"{'合计':<38}{total:>6}{before / total:>12.1%}{after / total:>12.1%}")
    ok = before / total >= TARGET_WITHOUT_MAPPING and after / total >= TARGET_AFTER_MAPPING
    print(f"目标：导入即正确 ≥ {TARGET_WITHOUT_MAPPING:.0%}，对应后 {TARGET_AFTER_MAPPING:.0%} —— {'达到' if ok else '未达到'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
