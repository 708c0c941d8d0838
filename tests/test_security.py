"""Production hardening: deploy checks and secure settings (login throttling: test_login_throttle.py)."""

import subprocess
import sys

import pytest
from django.conf import settings

from cms.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db


PRODUCTION = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "cms.settings.production"}
DEPLOYED = {**PRODUCTION, "SECRET_KEY": "x7#k2!q9" * 8, "ALLOWED_HOSTS": "jiaocai.example.cn", "REDIS_URL": "redis://127.0.0.1:6379/0"}


def run_python(args, env):
    return subprocess.run([sys.executable, *args], env=env, cwd=settings.BASE_DIR, capture_output=True, text=True)


def test_production_settings_pass_the_deploy_check():
    result = run_python(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], DEPLOYED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_keeps_database_connections_between_requests():
    """A new PostgreSQL connection per request costs a backend process and an authentication."""
    show = "import django; django.setup(); from django.conf import settings as s; d = s.DATABASES['default']; print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])"
    assert run_python(["-c", show], DEPLOYED).stdout.split() == ["60", "True"]
    assert run_python(["-c", show], {**DEPLOYED, "DATABASE_CONN_MAX_AGE": "0"}).stdout.split() == ["0", "True"]


def test_production_cookies_are_secure_unless_served_over_plain_http_on_one_machine():
    show = "import django; django.setup(); from django.conf import settings as s; print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE)"
    assert run_python(["-c", show], DEPLOYED).stdout.split() == ["True", "True"]
    plain_http = {**DEPLOYED, "SESSION_COOKIE_SECURE": "0", "CSRF_COOKIE_SECURE": "0"}
    assert run_python(["-c", show], plain_http).stdout.split() == ["False", "False"]


def test_production_refuses_to_start_without_a_secret_key():
    result = run_python(["-c", "import django, os; django.setup()"], PRODUCTION)
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr
