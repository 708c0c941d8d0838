"""Every distribution the code imports is declared in pyproject.toml (and so locked with hashes).

A module that imports a package which only happens to be installed (pulled in by something else)
works until that something drops it; this test reads every project module's imports from its
syntax tree and maps them to distributions through the installed metadata.
The product may use only ``[project] dependencies``; tests also the ``test`` extra; benchmarks
also the ``bench`` extra.
"""

import ast
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PACKAGES = {"cms", "directory", "curriculum", "textbooks", "review", "selection", "search", "tests", "benchmarks"}
PRODUCT_DIRS = ["cms", "directory", "curriculum", "textbooks", "review", "selection", "search"]
SKIPPED_PARTS = {".venv", ".tools", "migrations", "__pycache__"}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    return canonical(re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement).group(0))


def declared(*extras: str) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    return {requirement_name(r) for r in requirements}


def imported_top_level(path: Path) -> set[str]:
    """Absolute imports of a module (``import x.y`` / ``from x import y``), first name only."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def python_files(*dirs: str) -> list[Path]:
    files = []
    for directory in dirs:
        for path in sorted((ROOT / directory).rglob("*.py")):
            if not SKIPPED_PARTS.intersection(path.relative_to(ROOT).parts):
                files.append(path)
    return files


def undeclared_imports(files: list[Path], allowed: set[str], extra_names=(), root: Path = ROOT) -> dict[str, list[str]]:
    """Third-party import names whose distribution is not among ``allowed``, with where they occur."""
    distributions = packages_distributions()
    local_modules = {path.stem for path in files}  # e.g. benchmarks' sibling-module imports
    found: dict[str, list[str]] = {}
    uses = [(name, str(path.relative_to(root))) for path in files for name in imported_top_level(path)]
    uses += [(name, "settings.INSTALLED_APPS") for name in extra_names]
    for name, where in uses:
        if name in sys.stdlib_module_names or name in PROJECT_PACKAGES or name in local_modules or name == "__future__":
            continue
        # Not installed here (the bench extra outside its venv): the import name stands for the distribution.
        providers = {canonical(d) for d in distributions.get(name, [name])}
        if not providers & allowed:
            found.setdefault(name, []).append(where)
    return found


def installed_apps_top_level() -> set[str]:
    from django.conf import settings

    return {app.split(".")[0] for app in settings.INSTALLED_APPS}


def test_product_imports_only_declared_dependencies():
    files = python_files(*PRODUCT_DIRS) + [ROOT / "manage.py"]
    assert undeclared_imports(files, declared(), installed_apps_top_level()) == {}


def test_tests_import_only_declared_dependencies():
    assert undeclared_imports(python_files("tests"), declared("test")) == {}


def test_benchmarks_import_only_declared_dependencies():
    assert undeclared_imports(python_files("benchmarks"), declared("test", "bench")) == {}


def test_an_undeclared_import_is_reported(tmp_path):
    """The check can fail: bs4 is installed (Wagtail depends on it) but the product does not declare it."""
    module = tmp_path / "module.py"
    module.write_text("import json\nfrom bs4 import BeautifulSoup\nimport lxml.etree\n", encoding="utf-8")
    assert undeclared_imports([module], declared(), root=tmp_path) == {"bs4": ["module.py"]}


def test_the_lock_was_written_from_the_current_declarations():
    """scripts/lock records the fingerprint of pyproject.toml's dependencies; a stale lock fails here too."""
    for lock in ("requirements.lock", "requirements-bench.lock"):
        check = subprocess.run(
            [sys.executable, str(ROOT / "scripts/lib/lock_fingerprint.py"), str(ROOT / lock)],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stderr


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-bench.lock"])
def test_every_declared_dependency_is_pinned_with_hashes(lock):
    text = (ROOT / lock).read_text(encoding="utf-8")
    pins = {canonical(m.group(1)) for m in re.finditer(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", text, re.M)}
    wanted = declared("test", "bench") if "bench" in lock else declared("test")
    assert wanted - pins == set()
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 3)[3])
    assert all("--hash=sha256:" in entry for entry in entries if "==" in entry)
