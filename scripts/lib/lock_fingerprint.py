"""Fingerprint of the dependency declarations in pyproject.toml (standard library only).

scripts/lock writes it into the lock files' first line; scripts/lib/venv.sh compares it before
installing, so a pyproject.toml whose dependencies changed without a new lock fails at once with
the command to run instead of installing something nobody locked.

    python3 scripts/lib/lock_fingerprint.py            # prints the fingerprint
    python3 scripts/lib/lock_fingerprint.py LOCKFILE   # exit 1 (with instructions) if LOCKFILE is stale
"""

import hashlib
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PREFIX = "# pyproject-dependencies: "


def fingerprint() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        "requires-python": project.get("requires-python", ""),
        "dependencies": sorted(project.get("dependencies", [])),
        "optional-dependencies": {
            extra: sorted(requirements)
            for extra, requirements in sorted(project.get("optional-dependencies", {}).items())
        },
    }
    return hashlib.sha256(json.dumps(declared, sort_keys=True).encode()).hexdigest()[:16]


def locked_fingerprint(lock: Path) -> str | None:
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith(PREFIX):
            return line[len(PREFIX):].strip()
    return None


def main(argv: list[str]) -> int:
    if len(argv) == 1:
        print(fingerprint())
        return 0
    lock = Path(argv[1])
    if not lock.exists():
        print(f"[setup] {lock.name} is missing: run scripts/lock", file=sys.stderr)
        return 1
    if locked_fingerprint(lock) != fingerprint():
        print(
            f"[setup] pyproject.toml's dependencies changed since {lock.name} was written.\n"
            "        Run scripts/lock (re-resolves and hashes every pin), review the diff and commit\n"
            "        pyproject.toml together with the lock files.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
