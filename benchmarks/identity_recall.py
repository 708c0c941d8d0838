"""Recall and precision of the anonymiser's identity matcher on the labelled manuscripts (R3).

    .venv/bin/python -m benchmarks.identity_recall

Prints one row per manuscript (planted identities, found, findings, true findings) and the
totals, for the full matcher and for the matcher reduced to exact registered names, on the
labelled set the matcher was built with (tests/review/identity_corpus.py), on the first held-out
set (tests/review/identity_heldout.py), the second (tests/review/identity_heldout_v2.py), the
third (tests/review/identity_heldout_v3.py), the fourth (tests/review/identity_heldout_v4.py), and
the fifth (tests/review/identity_heldout_v5.py), the sixth (tests/review/identity_heldout_v6.py), the
seventh (tests/review/identity_heldout_v7.py), the eighth (tests/review/identity_heldout_v8.py), the
ninth (tests/review/identity_heldout_v9.py), the tenth (tests/review/identity_heldout_v10.py) and the
eleventh (tests/review/identity_heldout_v11.py), written by someone who never read the matcher,
whose misses were each used to improve the matcher in turn, so they are development data since; and on
the twelfth (tests/review/identity_heldout_v12.py), still held out: it is measured, never tuned on.
Each manuscript is scanned as the product scans one: its parts together (scan_parts), so a unit or
person named in full in one part is found by its short form in the others.
Pure Python: no database, no Django.
"""

import contextlib
import logging
import time

import jieba

from review.anonymise import variants
from tests.review.identity_corpus import CORPUS, measure
from tests.review.identity_heldout import HELDOUT
from tests.review.identity_heldout_v2 import HELDOUT_V2
from tests.review.identity_heldout_v3 import HELDOUT_V3
from tests.review.identity_heldout_v4 import HELDOUT_V4
from tests.review.identity_heldout_v5 import HELDOUT_V5
from tests.review.identity_heldout_v6 import HELDOUT_V6
from tests.review.identity_heldout_v7 import HELDOUT_V7
from tests.review.identity_heldout_v8 import HELDOUT_V8
from tests.review.identity_heldout_v9 import HELDOUT_V9
from tests.review.identity_heldout_v10 import HELDOUT_V10
from tests.review.identity_heldout_v11 import HELDOUT_V11
from tests.review.identity_heldout_v12 import HELDOUT_V12


@contextlib.contextmanager
def exact_names_only():
    saved = (variants.unit_variants, variants.signature_names, variants.school_names, variants.organisation_names,
             variants.employers, variants.co_writing_units, variants.former_and_stamped_units)
    variants.unit_variants = lambda name: [name] if name else []
    variants.signature_names = variants.school_names = variants.organisation_names = variants.employers = \
        variants.co_writing_units = lambda text: []
    variants.former_and_stamped_units = lambda text, units: []
    try:
        yield
    finally:
        (variants.unit_variants, variants.signature_names, variants.school_names, variants.organisation_names,
         variants.employers, variants.co_writing_units, variants.former_and_stamped_units) = saved


def _row(label, found, planted, true_findings, all_findings):
    recall = found / planted if planted else 1.0
    precision = true_findings / all_findings if all_findings else 1.0
    return f"{label:<28}{planted:>6}{found:>6}{all_findings:>8}{true_findings:>8}{recall:>9.3f}{precision:>10.3f}"


def main():
    jieba.setLogLevel(logging.WARNING)
    header = f"{'manuscript':<28}{'planted':>6}{'found':>6}{'findings':>8}{'true':>8}{'recall':>9}{'precision':>10}"
    runs = [
        (f"{matcher}, {label}", corpus, context)
        for label, corpus in (
            ("development set", CORPUS), ("held-out set v1 (now development)", HELDOUT),
            ("held-out set v2 (now development)", HELDOUT_V2), ("held-out set v3 (now development)", HELDOUT_V3),
            ("held-out set v4 (now development)", HELDOUT_V4), ("held-out set v5 (now development)", HELDOUT_V5),
            ("held-out set v6 (now development)", HELDOUT_V6),
            ("held-out set v7 (now development)", HELDOUT_V7), ("held-out set v8 (now development)", HELDOUT_V8),
            ("held-out set v9 (now development)", HELDOUT_V9), ("held-out set v10 (now development)", HELDOUT_V10),
            ("held-out set v11 (now development)", HELDOUT_V11),
            ("held-out set v12 (held out)", HELDOUT_V12),
        )
        for matcher, context in (("full matcher", contextlib.nullcontext), ("exact registered names only", exact_names_only))
    ]
    for title, corpus, context in runs:
        with context():
            started = time.perf_counter()
            print(f"\n== {title}\n{header}")
            for manuscript in corpus:
                print(_row(manuscript.title[:14], *measure([manuscript])[:4]))
            found, planted, true_findings, all_findings, missed = measure(corpus)
            print(_row("TOTAL", found, planted, true_findings, all_findings))
            shown = missed if len(missed) <= 10 else f"{len(missed)} identities"
            print(f"missed: {shown or '—'}  ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
