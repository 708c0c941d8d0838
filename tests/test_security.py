"""Production hardening: deploy checks, secure cookies and login rate limiting."""

import subprocess
import sys

import pytest
from django.conf import settings

from cms.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db


def test_production_settings_pass_the_deploy_check():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": "x7#k2!q9" * 8,
            "ALLOWED_HOSTS": "jiaocai.example.cn",
        },
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = subprocess.run(
        [sys.executable, "-c", "import django, os; django.setup()"],
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "cms.settings.production"},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
    )
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
