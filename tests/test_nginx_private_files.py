"""Production hand-off of private files, with Debian's nginx in front of a live Django server
and deploy/nginx/private-files.conf: Django checks, nginx sends the bytes (X-Accel-Redirect);
the internal location cannot be asked for directly."""

import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.core.files.base import ContentFile

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
CONF = Path(__file__).resolve().parent.parent / "deploy" / "nginx" / "private-files.conf"

pytestmark = [
    # serialized_rollback: the root collection comes from a data migration, which an earlier
    # transactional test's flush removes.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(not Path(NGINX).exists(), reason="需要 Debian 的 nginx（apt-get install nginx-light）"),
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def nginx(live_server, settings, tmp_path):
    from django_sendfile.utils import _get_sendfile
    from wagtail.utils import sendfile as wagtail_sendfile

    settings.SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    _get_sendfile.cache_clear()
    if hasattr(wagtail_sendfile._get_sendfile, "cache_clear"):
        wagtail_sendfile._get_sendfile.cache_clear()
    port = free_port()
    snippet = re.sub(r"(?m)^(\s*)alias [^;\n]+;", rf"\g<1>alias {settings.PRIVATE_MEDIA_ROOT}/;", CONF.read_text())
    (tmp_path / "nginx.conf").write_text(f"""
daemon off; master_process off; pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log;
events {{}}
http {{
  access_log off;
  client_body_temp_path {tmp_path}/body; proxy_temp_path {tmp_path}/proxy; fastcgi_temp_path {tmp_path}/fcgi;
  uwsgi_temp_path {tmp_path}/uwsgi; scgi_temp_path {tmp_path}/scgi;
  server {{
    listen 127.0.0.1:{port};
    location / {{ proxy_pass {live_server.url}; proxy_set_header Host 127.0.0.1; }}
    {snippet}
  }}
}}""")
    process = subprocess.Popen([NGINX, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")], stderr=subprocess.PIPE)
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)
    settings.SENDFILE_BACKEND = "wagtail.utils.sendfile_streaming_backend"
    _get_sendfile.cache_clear()
    if hasattr(wagtail_sendfile._get_sendfile, "cache_clear"):
        wagtail_sendfile._get_sendfile.cache_clear()


def fetch(url):
    url = urllib.parse.quote(url, safe="/:?=&%")
    opener = urllib.request.build_opener(NoRedirect)
    try:
        response = opener.open(url, timeout=20)
        return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_nginx_sends_what_django_allowed_and_nothing_else(nginx):
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    Document = get_document_model()
    root = Collection.get_first_root_node()
    content = b"%PDF-1.4\n" + "技工院校教材管理工作实施细则解读".encode() + b"\n%%EOF\n"
    public = Document.objects.create(title="实施细则解读", collection=root, file=ContentFile(content, name="实施细则解读.pdf"))
    internal = root.add_child(name="内部文件")
    CollectionViewRestriction.objects.create(collection=internal, restriction_type=CollectionViewRestriction.LOGIN)
    secret = Document.objects.create(title="评审细则", collection=internal, file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="评审细则.pdf"))

    status, headers, body = fetch(nginx + public.url)
    assert status == 200 and body == content
    assert "X-Accel-Redirect" not in headers
    assert headers["Content-Disposition"].startswith("attachment")
    assert "filename*=UTF-8''" in headers["Content-Disposition"]
    assert headers["X-Content-Type-Options"] == "nosniff"

    status, _, body = fetch(nginx + secret.url)
    assert status in (302, 403, 404) and b"%PDF" not in body
    status, _, body = fetch(f"{nginx}/private-files/{secret.file.name}")
    assert status == 404 and b"%PDF" not in body
