# Sourced by scripts/dev and scripts/test: a project virtualenv whose packages follow pyproject.toml.
ensure_venv() {
  local extras="${1:-}"
  local python="${PYTHON:-python3}"
  if [ ! -x .venv/bin/python ]; then
    echo "[setup] creating virtual environment .venv"
    "$python" -m venv .venv
  fi
  local stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)${extras:+-$extras}"
  if [ ! -f "$stamp" ]; then
    echo "[setup] installing dependencies from pyproject.toml${extras:+ (with $extras)}"
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet ".${extras:+[$extras]}"
    touch "$stamp"
  fi
}
