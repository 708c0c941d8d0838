"""Recall, precision and speed of the anonymiser's identity matcher on the labelled manuscripts (R3).

    .venv/bin/python -m benchmarks.identity_recall

Prints one row per manuscript (planted identities, found, findings, true findings) and the totals for
every labelled set, three ways: the full matcher (rules and the language model of
review/anonymise/ner.py), the rules alone, and the matcher reduced to exact registered names. Then a
table of speed and memory: a manuscript of 270,000 characters scanned cold (the first scan in the process,
the model loaded) and warm, with and without the model.

The sets: tests/review/identity_corpus.py, the set the matcher was built with; identity_heldout.py and
identity_heldout_v2.py … v14.py, each written by someone who never read the matcher and measured once
while held out, whose misses were then used to improve the matcher, so they are development data since;
and identity_heldout_v15.py, measured once, after the matcher learned v14: it is not tuned on, and the
next change of the matcher is measured on a new set. Each manuscript is scanned as the product scans one:
its parts together (scan_parts), so a unit or person named in full in one part is found by its short form
in the others. Pure Python: no database, no Django.
"""

import contextlib
import importlib
import logging
import resource
import subprocess
import sys
import time
from pathlib import Path

import jieba

from review.anonymise import IdentityProfile, ner, scan_parts, variants
from tests.review.identity_corpus import CORPUS, measure

HELD_OUT = "v15"
SETS = {"development set": CORPUS}
SETS.update(
    (f"held-out set v{n}", getattr(importlib.import_module(f"tests.review.identity_heldout{suffix}"), f"HELDOUT{suffix.upper()}"))
    for n, suffix in [(1, "")] + [(n, f"_v{n}") for n in range(2, 16)]
)


def _replaced(module, **functions):
    @contextlib.contextmanager
    def context():
        saved = {name: getattr(module, name) for name in functions}
        for name, function in functions.items():
            setattr(module, name, function)
        try:
            yield
        finally:
            for name, function in saved.items():
                setattr(module, name, function)
    return context


def _nothing(*args):
    return []


rules_only = _replaced(ner, suspected=lambda texts: [[] for _ in texts])


@contextlib.contextmanager
def exact_names_only():
    exact = _replaced(
        variants, unit_variants=lambda name: [name] if name else [], signature_names=_nothing, school_names=_nothing,
        organisation_names=_nothing, employers=_nothing, co_writing_units=_nothing, former_and_stamped_units=_nothing,
        chat_senders=_nothing, contracted_schools=_nothing,
    )
    with exact(), rules_only():
        yield


MATCHERS = (("full matcher", contextlib.nullcontext), ("rules only (no language model)", rules_only),
            ("exact registered names only", exact_names_only))


def _row(label, found, planted, true_findings, all_findings):
    recall = found / planted if planted else 1.0
    precision = true_findings / all_findings if all_findings else 1.0
    return f"{label:<28}{planted:>6}{found:>6}{all_findings:>8}{true_findings:>8}{recall:>9.3f}{precision:>10.3f}"


def _status(label):
    return "held out: measured once, not tuned on" if label.endswith(HELD_OUT) else "development data"


def _recall_tables():
    header = f"{'manuscript':<28}{'planted':>6}{'found':>6}{'findings':>8}{'true':>8}{'recall':>9}{'precision':>10}"
    summary = []
    for label, corpus in SETS.items():
        for matcher, context in MATCHERS:
            with context():
                started = time.perf_counter()
                print(f"\n== {matcher}, {label} ({_status(label)})\n{header}")
                for manuscript in corpus:
                    print(_row(manuscript.title[:14], *measure([manuscript])[:4]))
                found, planted, true_findings, all_findings, missed = measure(corpus)
                print(_row("TOTAL", found, planted, true_findings, all_findings))
                shown = missed if len(missed) <= 10 else f"{len(missed)} identities"
                print(f"missed: {shown or '—'}  ({time.perf_counter() - started:.1f} s)")
                summary.append((label, matcher, found, planted, true_findings, all_findings))
    print(f"\n== summary\n{'set':<22}{'matcher':<32}{'recall':>9}{'precision':>10}")
    for label, matcher, found, planted, true_findings, all_findings in summary:
        print(f"{label:<22}{matcher:<32}{found / planted:>9.3f}{true_findings / max(all_findings, 1):>10.3f}")


def _rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


COMPENDIUM = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "vocational-education-law-and-policy-compendium.txt"


def _speed_table():
    """A long manuscript: the front matter and parts of the last held-out set's first manuscript, with the
    policy compendium of ../shared/seeds (268,000 characters of real Chinese prose) as its body; in a process
    of its own so that "cold" is cold: the rules' first scan loads jieba's dictionary, the model's first its
    ONNX session."""
    manuscript = SETS[f"held-out set {HELD_OUT}"][0]
    parts = {**manuscript.parts, "正文（政策汇编）": COMPENDIUM.read_text(encoding="utf-8")}
    characters = sum(map(len, parts.values()))
    profile = IdentityProfile(**manuscript.profile)
    print(f"\n== speed and memory: one manuscript of {len(parts)} parts, {characters:,} characters")
    print(f"{'matcher':<32}{'cache':<8}{'seconds':>9}{'CPU s':>8}{'findings':>10}{'peak RSS MB':>13}")
    for matcher, context in MATCHERS[1::-1]:
        for cache in ("cold", "warm"):
            with context():
                started, cpu = time.perf_counter(), time.process_time()
                findings = scan_parts(parts, profile)
                print(f"{matcher:<32}{cache:<8}{time.perf_counter() - started:>9.2f}{time.process_time() - cpu:>8.2f}"
                      f"{len(findings):>10}{_rss_mb():>13.0f}")


def main():
    jieba.setLogLevel(logging.WARNING)
    if "--speed" in sys.argv:
        _speed_table()
        return
    _recall_tables()
    subprocess.run([sys.executable, "-m", "benchmarks.identity_recall", "--speed"], check=True)


if __name__ == "__main__":
    main()
