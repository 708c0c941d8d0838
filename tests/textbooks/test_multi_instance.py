"""Two application instances behind nginx (deploy/nginx/site.conf), sharing Redis and PostgreSQL,
as `scripts/services prod` runs them: one approval reaches the visitors of both instances on their
next request, the login throttle counts failures spread over both instances and over
addresses behind nginx (the address nginx saw, never one the client wrote), and an instance killed
under load leaves its visitors to the other one."""

import http.client
import os
import re
import signal
import subprocess
import sys
import threading
import time
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from cms.demo import DEMO_PASSWORD
from tests.conftest import free_port

# serialized_rollback: the site's home page comes from a data migration, which an earlier
# transactional test's flush removes.
pytestmark = [
    pytest.mark.postgres, pytest.mark.redis, pytest.mark.nginx, pytest.mark.timeout(600),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROOT = Path(settings.BASE_DIR)


def wait_until_answering(port, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            request(port, "GET", "/")
            return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"nothing answers on 127.0.0.1:{port}")


def request(port, method, path, *, body=None, cookies=None, source="127.0.0.1", headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(source, 0))
    head = {"Host": "127.0.0.1", **(headers or {})}
    if cookies:
        head["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    if body is not None:
        head["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        conn.request(method, path, body=body, headers=head)
        response = conn.getresponse()
        content = response.read().decode("utf-8", "replace")
        jar = SimpleCookie()
        for value in response.headers.get_all("Set-Cookie") or []:
            jar.load(value)
        return response.status, content, {name: morsel.value for name, morsel in jar.items()}
    finally:
        conn.close()


@pytest.fixture
def topology(transactional_db, shared_cache, settings, tmp_path):
    """nginx in front of two gunicorn instances with the production settings. The test process
    writes as a third instance would: same database, same Redis, page cache on."""
    settings.PAGE_CACHE_SECONDS = 120
    redis_url = shared_cache
    database = connection.settings_dict
    static_root = tmp_path / "static"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.textbooks.multi_instance_settings",
        "SECRET_KEY": "multi-instance-test-" + "k" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "DATABASE_CONN_MAX_AGE": "0",
        "REDIS_URL": redis_url,
        "TRUSTED_PROXIES": "127.0.0.1",
        "LOGIN_FAILURE_LIMIT": "3",
        "LOGIN_ACCOUNT_FAILURE_LIMIT": "4",
        "LOGIN_ADDRESS_FAILURE_LIMIT": "20",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "STATIC_ROOT": str(static_root),
        "ELASTICSEARCH_URL": "",
        "PAGE_CACHE_SECONDS": "120",
    }
    apps = {}
    for name in ("a", "b"):
        port = free_port()
        log = tmp_path / f"gunicorn-{name}.access.log"
        apps[name] = (
            port,
            log,
            subprocess.Popen(
                [str(Path(sys.executable).parent / "gunicorn"), "cms.wsgi:application", "--bind", f"127.0.0.1:{port}",
                 "--workers", "1", "--access-logfile", str(log), "--error-logfile", str(tmp_path / f"gunicorn-{name}.log")],
                cwd=ROOT, env=env,
            ),
        )
    nginx_port = free_port()
    conf_dir = tmp_path / "nginx"
    (conf_dir / "temp").mkdir(parents=True)
    servers = " ".join(f"server 127.0.0.1:{port} max_fails=1 fail_timeout=5s;" for port, _, _ in apps.values())
    values = {"@APP_SERVERS@": servers, "@LISTEN@": f"127.0.0.1:{nginx_port}", "@SERVER_NAME@": "127.0.0.1",
              "@STATIC_ROOT@": str(static_root), "@MEDIA_ROOT@": env["MEDIA_ROOT"], "@CONF_DIR@": str(conf_dir)}
    for conf in (ROOT / "deploy" / "nginx").glob("*.conf"):
        text = conf.read_text()
        for placeholder, value in values.items():
            text = text.replace(placeholder, value)
        (conf_dir / conf.name).write_text(text)
    user = "user root;" if os.geteuid() == 0 else ""
    (conf_dir / "nginx.conf").write_text(
        f"{user}\nworker_processes 1;\npid {conf_dir}/nginx.pid;\nerror_log {conf_dir}/error.log warn;\n"
        "daemon off;\nevents { worker_connections 256; }\n"
        f"http {{ include /etc/nginx/mime.types; access_log {conf_dir}/access.log;\n"
        f"client_body_temp_path {conf_dir}/temp/body; proxy_temp_path {conf_dir}/temp/proxy;\n"
        f"fastcgi_temp_path {conf_dir}/temp/fastcgi; uwsgi_temp_path {conf_dir}/temp/uwsgi; scgi_temp_path {conf_dir}/temp/scgi;\n"
        f"include {conf_dir}/site.conf; }}\n"
    )
    nginx = subprocess.Popen(["nginx", "-c", str(conf_dir / "nginx.conf"), "-p", str(conf_dir)])
    try:
        for port, _, _ in apps.values():
            wait_until_answering(port)
        wait_until_answering(nginx_port)
        yield {"nginx": nginx_port, "apps": apps}
    finally:
        for process in (nginx, *(process for _, _, process in apps.values())):
            process.send_signal(signal.SIGTERM)
        for process in (nginx, *(process for _, _, process in apps.values())):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def test_one_approval_reaches_the_visitors_of_both_instances(topology, world, catalogue_page):
    world.approved("数控车床编程与操作")
    ports = [port for port, _, _ in topology["apps"].values()]
    for port in ports:
        for _ in range(2):  # rendered, then from the shared cache
            status, page, _ = request(port, "GET", "/catalogue/")
            assert status == 200 and "数控车床编程与操作" in page and "数控铣床编程与操作" not in page

    world.approved("数控铣床编程与操作", courses=[world.other_course], chief=world.person("周海燕", world.unit))

    for port in (*ports, topology["nginx"], topology["nginx"]):
        status, page, _ = request(port, "GET", "/catalogue/")
        assert status == 200 and "数控铣床编程与操作" in page


def login(port, username, password, source):
    status, page, cookies = request(port, "GET", "/admin/login/", source=source)
    assert status == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    body = f"csrfmiddlewaretoken={token}&username={username}&password={password}&next=/admin/"
    status, page, _ = request(port, "POST", "/admin/login/", body=body, cookies=cookies, source=source)
    return status, page


def test_the_throttle_locks_an_account_over_both_instances_and_addresses_behind_nginx(topology, django_user_model):
    django_user_model.objects.create_user("wang_jianguo", password=DEMO_PASSWORD)
    django_user_model.objects.create_user("li_xiuying", password=DEMO_PASSWORD)
    nginx = topology["nginx"]
    # Four failures, each from another address.
    for i in range(4):
        if i % 2:  # nginx takes turns: shift them so that the posts, not only the forms, alternate
            request(nginx, "GET", "/catalogue/", source=f"127.0.0.{11 + i}")
        status, page = login(nginx, "wang_jianguo", "Jigong@2025", source=f"127.0.0.{11 + i}")
        assert status == (429 if i == 3 else 200)
    for _, log, _ in topology["apps"].values():  # nginx spread the attempts over both instances
        assert "POST /admin/login/" in log.read_text()

    status, page = login(nginx, "wang_jianguo", DEMO_PASSWORD, source="127.0.0.15")
    assert status == 429 and "登录失败次数过多" in page
    # Per address only the account was counted: another account from the same addresses signs in.
    status, _ = login(nginx, "li_xiuying", DEMO_PASSWORD, source="127.0.0.11")
    assert status == 302


def test_a_forwarded_for_written_by_the_client_is_replaced_by_nginx(topology, django_user_model):
    django_user_model.objects.create_user("zhang_wei", password=DEMO_PASSWORD)
    nginx = topology["nginx"]
    # One address posing as three: its failures all count against it (3 per account and address),
    # where three addresses would each have one (and the account four to go before its lock).
    statuses = []
    for forged in ("203.0.113.1", "203.0.113.2", "203.0.113.3"):
        status, page, cookies = request(nginx, "GET", "/admin/login/", source="127.0.0.21")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        body = f"csrfmiddlewaretoken={token}&username=zhang_wei&password=Jigong@2025"
        status, _, _ = request(nginx, "POST", "/admin/login/", body=body, cookies=cookies, source="127.0.0.21", headers={"X-Forwarded-For": forged})
        statuses.append(status)
    assert statuses == [200, 200, 429]
    status, _ = login(nginx, "zhang_wei", DEMO_PASSWORD, source="127.0.0.22")
    assert status == 302


def kill_instance(process):
    """SIGKILL for a gunicorn instance: its workers first (they would outlive a killed master), then
    the master, as when a machine or container dies."""
    with open(f"/proc/{process.pid}/task/{process.pid}/children") as handle:
        workers = [int(pid) for pid in handle.read().split()]
    for pid in (*workers, process.pid):
        os.kill(pid, signal.SIGKILL)
    process.wait(timeout=10)


def test_an_instance_killed_under_load_leaves_its_visitors_to_the_other(topology, world, catalogue_page):
    """Issue 18 (fault): nginx retries a request the dead instance dropped or refused on the live one
    (proxy_next_upstream), so visitors see no failed request, also those in flight at the kill."""
    world.approved("数控车床编程与操作")
    nginx, (_, log_a, process_a), (_, log_b, _) = topology["nginx"], topology["apps"]["a"], topology["apps"]["b"]
    outcomes, stop = [], threading.Event()

    def visitor(number):
        paths = ("/catalogue/", "/", "/catalogue/?q=%E6%95%B0%E6%8E%A7")  # 数控
        while not stop.is_set():
            started = time.monotonic()
            try:
                status, page, _ = request(nginx, "GET", paths[len(outcomes) % len(paths)], source=f"127.0.0.{31 + number}")
                outcome = status if status != 200 or "数控车床编程与操作" in page or "教材" in page else "wrong page"
            except OSError as error:
                outcome = repr(error)
            outcomes.append((started, outcome))

    visitors = [threading.Thread(target=visitor, args=(n,)) for n in range(4)]
    for thread in visitors:
        thread.start()
    try:
        deadline = time.monotonic() + 30
        while len(outcomes) < 12 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "GET /catalogue/" in log_a.read_text() and "GET /catalogue/" in log_b.read_text(), "nginx spreads visitors"
        killed_at = time.monotonic()
        kill_instance(process_a)
        served_by_b = len(log_b.read_text().splitlines())
        deadline = time.monotonic() + 60
        while sum(started >= killed_at for started, _ in outcomes) < 12 and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop.set()
        for thread in visitors:
            thread.join(timeout=40)

    assert process_a.returncode == -signal.SIGKILL
    assert sum(started >= killed_at for started, _ in outcomes) >= 12
    assert len(log_b.read_text().splitlines()) >= served_by_b + 12, "the live instance took over the visitors"
    assert [outcome for _, outcome in outcomes if outcome != 200] == []
