"""The site-wide Content-Security-Policy (cms/csp.py) and the templates it relies on: no inline
scripts, styles or event handlers in our own templates."""

import re
from pathlib import Path

import pytest
from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"
INLINE = {
    "inline <script>": re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I),
    "<style> element": re.compile(r"<style\b", re.I),
    "style attribute": re.compile(r"\sstyle=\"", re.I),
    "event handler attribute": re.compile(r"\son[a-z]+=\"", re.I),
}


def test_our_templates_have_no_inline_code():
    found = [
        f"{path.relative_to(TEMPLATES)}: {what}"
        for path in TEMPLATES.rglob("*.html")
        for what, pattern in INLINE.items()
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


@pytest.mark.django_db
def test_public_pages_get_the_strict_policy_and_the_admin_wagtails_needs(client):
    public = client.get("/")
    policy = public["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "object-src 'none'" in policy and "frame-ancestors 'self'" in policy
    assert public["Permissions-Policy"].startswith("camera=()")
    assert public["Referrer-Policy"] == "same-origin"
    admin = client.get("/admin/login/")
    assert "'unsafe-inline'" in admin["Content-Security-Policy"]
