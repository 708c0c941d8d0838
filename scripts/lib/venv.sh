# Sourced by scripts/dev and scripts/test: a project virtualenv installed from the hash-pinned
# requirements.lock (the product and its tests), never from open ranges. The venv's own pip installs
# it as it came with Python (no upgrade: the same install every time).
ensure_venv() {
  local python="${PYTHON:-python3}"
  local lock="requirements.lock"
  # A lock older than pyproject.toml's dependencies is an error, not a silent fresh resolve.
  "$python" scripts/lib/lock_fingerprint.py "$lock" || return 1
  if [ ! -x .venv/bin/python ]; then
    echo "[setup] creating virtual environment .venv"
    "$python" -m venv .venv
  fi
  local stamp=".venv/.installed-$(sha256sum "$lock" | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    echo "[setup] installing the pinned dependencies of $lock (hashes checked)"
    PIP_DISABLE_PIP_VERSION_CHECK=1 .venv/bin/python -m pip install --quiet \
      --require-hashes --no-deps -r "$lock"
    rm -f .venv/.installed-*
    touch "$stamp"
  fi
}
