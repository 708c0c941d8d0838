"""Production hardening: deploy checks, secure cookies and login rate limiting."""

import subprocess
import sys

import pytest
from django.conf import settings

from cms.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db


PRODUCTION = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "cms.settings.production"}
DEPLOYED = {**PRODUCTION, "SECRET_KEY": "x7#k2!q9" * 8, "ALLOWED_HOSTS": "jiaocai.example.cn"}


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


def test_production_refuses_to_start_without_a_secret_key():
    result = run_python(["-c", "import django, os; django.setup()"], PRODUCTION)
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr


def test_login_locks_after_repeated_failures_even_with_the_right_password(client, django_user_model, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    django_user_model.objects.create_user("teacher", password=DEMO_PASSWORD)
    for _ in range(3):
        response = client.post("/admin/login/", {"username": "teacher", "password": "wrong-password"})
        assert response.status_code == 200 and "_auth_user_id" not in client.session

    response = client.post("/admin/login/", {"username": "teacher", "password": DEMO_PASSWORD})
    assert "登录失败次数过多" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_successful_login_resets_the_failure_count(client, django_user_model, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    django_user_model.objects.create_user("teacher", password=DEMO_PASSWORD)
    for _ in range(2):
        client.post("/admin/login/", {"username": "teacher", "password": "wrong-password"})
    response = client.post("/admin/login/", {"username": "teacher", "password": DEMO_PASSWORD})
    assert response.status_code == 302
    client.logout()
    for _ in range(2):
        client.post("/admin/login/", {"username": "teacher", "password": "wrong-password"})
    response = client.post("/admin/login/", {"username": "teacher", "password": DEMO_PASSWORD})
    assert response.status_code == 302
