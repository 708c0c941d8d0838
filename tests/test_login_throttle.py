"""Login throttling (cms/login_throttle.py, django-axes): three counts with their own limits, the
client address vouched for by trusted proxies only, and counts shared by every process through
Redis (REDIS_URL)."""

import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings

from cms.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
LOCKED = "登录失败次数过多"


@pytest.fixture
def limits(settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    settings.LOGIN_ACCOUNT_FAILURE_LIMIT = 5
    settings.LOGIN_ADDRESS_FAILURE_LIMIT = 8
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]


@pytest.fixture
def teachers(django_user_model):
    return [django_user_model.objects.create_user(name, password=DEMO_PASSWORD) for name in ("wang_jianguo", "li_xiuying", "zhang_wei")]


def attempt(client, username, password="Jigong@2025", address="203.0.113.10", forwarded=None):
    headers = {"REMOTE_ADDR": address}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(LOGIN, {"username": username, "password": password}, **headers)


def signed_in(response):
    return response.status_code == 302


def test_one_account_from_one_address_locks_at_its_limit_even_with_the_right_password(client, limits, teachers):
    for _ in range(2):
        response = attempt(client, "wang_jianguo")
        assert response.status_code == 200 and LOCKED not in response.content.decode()
    response = attempt(client, "wang_jianguo")
    assert response.status_code == 429 and LOCKED in response.content.decode()  # the third failure locks
    response = attempt(client, "wang_jianguo", DEMO_PASSWORD)
    assert response.status_code == 429 and LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session
    # The same account from another address is not locked yet; another account from here is not either.
    assert signed_in(attempt(client, "wang_jianguo", DEMO_PASSWORD, address="198.51.100.20"))
    client.logout()
    assert signed_in(attempt(client, "li_xiuying", DEMO_PASSWORD))


def test_guessing_spread_over_addresses_locks_the_account(client, limits, teachers):
    for i in range(5):
        attempt(client, "Wang_Jianguo ", address=f"198.51.100.{i + 1}")  # case and spaces do not make a new account
    response = attempt(client, "wang_jianguo", DEMO_PASSWORD, address="192.0.2.77")
    assert response.status_code == 429 and LOCKED in response.content.decode()
    assert signed_in(attempt(client, "li_xiuying", DEMO_PASSWORD, address="198.51.100.1"))


def test_one_password_tried_against_many_accounts_locks_the_address(client, limits, teachers, django_user_model):
    for i in range(8):
        attempt(client, f"teacher{i:02d}", "Jigong@2026!")
    response = attempt(client, "zhang_wei", DEMO_PASSWORD)
    assert response.status_code == 429 and LOCKED in response.content.decode()
    assert signed_in(attempt(client, "zhang_wei", DEMO_PASSWORD, address="198.51.100.9"))


def test_a_forged_forwarded_for_from_an_untrusted_client_is_ignored(client, limits, teachers):
    """An attacker writing X-Forwarded-For cannot pose as many addresses, nor lock another one."""
    for i in range(8):
        attempt(client, f"teacher{i:02d}", address="203.0.113.66", forwarded=f"192.0.2.{i + 1}, 10.0.0.1")
    response = attempt(client, "zhang_wei", DEMO_PASSWORD, address="203.0.113.66", forwarded="192.0.2.200, 10.0.0.1")
    assert response.status_code == 429
    # The addresses it named were never counted: a user there signs in.
    assert signed_in(attempt(client, "zhang_wei", DEMO_PASSWORD, address="10.0.0.1", forwarded="192.0.2.1"))


def test_behind_a_trusted_proxy_each_client_is_counted_on_its_own(client, limits, teachers):
    for i in range(8):
        attempt(client, f"teacher{i:02d}", address="10.0.0.1", forwarded=f"203.0.113.5, 192.0.2.50")
    # The right-most address the proxy saw is the client; what the client prepended is not believed.
    assert attempt(client, "zhang_wei", DEMO_PASSWORD, address="10.0.0.1", forwarded="192.0.2.50").status_code == 429
    assert signed_in(attempt(client, "zhang_wei", DEMO_PASSWORD, address="10.0.0.1", forwarded="192.0.2.51"))


def test_a_success_clears_the_account_but_not_the_address(client, limits, teachers):
    for i in range(5):
        attempt(client, f"teacher{i:02d}")
    for _ in range(2):
        attempt(client, "li_xiuying")  # seven failures from this address
    assert signed_in(attempt(client, "li_xiuying", DEMO_PASSWORD))
    client.logout()
    for address in ("198.51.100.3", "198.51.100.3", "198.51.100.4"):
        attempt(client, "li_xiuying", address=address)  # the account's fifth failure, had it not been cleared
    assert signed_in(attempt(client, "li_xiuying", DEMO_PASSWORD, address="198.51.100.4"))
    client.logout()
    attempt(client, "teacher99")  # the address's eighth failure across accounts
    assert attempt(client, "li_xiuying", DEMO_PASSWORD).status_code == 429


# Another application process failing logins: only django-axes' backend answers there, so the
# process needs no database (the failures are all it shares with the test, through Redis).
FAIL_IN_ANOTHER_PROCESS = """
import sys
import django
django.setup()
from django.contrib.auth import authenticate
from django.test import RequestFactory, override_settings
first, count = int(sys.argv[1]), int(sys.argv[2])
with override_settings(AUTHENTICATION_BACKENDS=["axes.backends.AxesStandaloneBackend"]):
    for i in range(first, first + count):
        request = RequestFactory().post("/admin/login/", REMOTE_ADDR=f"198.51.100.{i}")
        assert authenticate(request=request, username="wang_jianguo", password="Jigong@2025") is None
"""


@pytest.mark.redis
def test_the_lock_holds_across_processes_sharing_redis(client, limits, teachers, shared_cache):
    """Two application processes (as two gunicorn workers or machines) count the same failures."""
    env = {
        **os.environ,
        # Settings that take REDIS_URL from the environment, as production does (the test settings don't).
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "REDIS_URL": shared_cache,
        "LOGIN_ACCOUNT_FAILURE_LIMIT": "5",
    }
    for first, count in ((1, 2), (3, 3)):
        result = subprocess.run(
            [sys.executable, "-c", FAIL_IN_ANOTHER_PROCESS, str(first), str(count)],
            env=env, cwd=django_settings.BASE_DIR, capture_output=True, text=True, timeout=120,
        )
        assert result.returncode == 0, result.stderr
    response = attempt(client, "wang_jianguo", DEMO_PASSWORD, address="192.0.2.99")
    assert response.status_code == 429 and LOCKED in response.content.decode()
