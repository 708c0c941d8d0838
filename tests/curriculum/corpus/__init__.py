"""Course standards as teachers really type them in Word, each with its expected content.

Every module ``dNN_*.py`` holds one document:

* ``build()`` writes it with python-docx the way its author worked in Word (heading styles or
  plain bold lines, typed numbering or Word's list numbering, merged table cells, labels several
  to a line …) — never through the product's exporter;
* ``EXPECTED``: what the importer must read from it, written by hand, field path → value
  (paths as in :func:`curriculum.docx_io.field_values`);
* ``MAPPING``: the choices a teacher makes in the mapping step for the parts the importer
  does not recognise by itself (heading of the part → target field path, or ``"discard"``).

The import is measured field by field on this corpus by ``benchmarks/docx_import_accuracy.py``
and by ``tests/curriculum/test_import_corpus.py``.
"""

import importlib
import pkgutil


def documents():
    """(name, module) of every corpus document, in file order."""
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("d"))
    return [(name, importlib.import_module(f"{__name__}.{name}")) for name in names]
