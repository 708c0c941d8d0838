"""How fast hostile uploads are refused: the anonymiser's guards against bombs and broken files (R3).

Run from the repository root::

    .venv/bin/python -m benchmarks.hostile_files_benchmark [--runs 3]

The tests (tests/review/test_anonymise.py) assert *that* each hostile document or image is refused
with the right code and a Chinese message; this prints *how long* the refusal takes, best and
worst of ``--runs``, against the target (≤ 5 s each, so a hostile upload never ties up a worker).
Run it on an otherwise idle machine: a shared one measures its neighbours.
"""

import argparse
import os
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
django.setup()

from review.anonymise import AnonymiseError, IdentityProfile, anonymise_docx, anonymise_image  # noqa: E402
from tests.review import hostile_files as hf  # noqa: E402

TARGET_SECONDS = 5.0
DOCUMENTS = {
    "zip bomb": hf.zip_bomb_docx,
    "forged member size": hf.forged_huge_size_docx,
    "5100 members": hf.too_many_members_docx,
    "billion laughs": lambda: hf.docx_with_document_xml(hf.BILLION_LAUGHS),
    "external entity": lambda: hf.docx_with_document_xml(hf.XXE),
    "deep nesting": lambda: hf.docx_with_document_xml(hf.deep_nesting_xml()),
    "macro (docm)": hf.docm_with_vba,
}
IMAGES = {
    "PNG dimension bomb": hf.png_dimension_bomb,
    "PNG zTXt bomb": hf.png_ztxt_bomb,
    "truncated JPEG": hf.truncated_jpeg,
}


def time_refusal(refuse, data, runs):
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        try:
            refuse(data)
        except AnonymiseError as error:
            code = error.code
        else:
            code = "NOT REFUSED"
        timings.append(time.perf_counter() - started)
    return code, min(timings), max(timings)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    profile = IdentityProfile(**hf.PROFILE_KW)
    cases = [(name, lambda data: anonymise_docx(data, profile), build) for name, build in DOCUMENTS.items()]
    cases += [(name, anonymise_image, build) for name, build in IMAGES.items()]
    print(f"{'input':<22} {'refused as':<18} {'best s':>8} {'worst s':>8}  target ≤ {TARGET_SECONDS:.0f} s")
    for name, refuse, build in cases:
        code, best, worst = time_refusal(refuse, build(), args.runs)
        verdict = "ok" if worst <= TARGET_SECONDS and code != "NOT REFUSED" else "MISSED"
        print(f"{name:<22} {code:<18} {best:8.3f} {worst:8.3f}  {verdict}")


if __name__ == "__main__":
    main()
