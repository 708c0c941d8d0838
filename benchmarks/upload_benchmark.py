"""Upload and submit a 1 GB manuscript through the admin, measuring the server's peak memory.

    .venv/bin/python benchmarks/upload_benchmark.py                 # --size-mb 1024 --timeout 900

A throw-away SQLite database, media and private store in a temporary directory; ``migrate``,
``collectstatic`` and the review test world (a compiling unit, its author, a draft textbook
version whose pre-review checks are recorded) are set up first.  gunicorn (1 sync worker,
``cms.settings.production`` over plain HTTP, Django streaming the files)
then serves the admin.  The benchmark logs in as the author, fetches the version's edit page,
posts the same form back with a generated DOCX of ``--size-mb`` MB (a picture-book manuscript:
24-megapixel phone photos carrying their owner's name and GPS position, streamed from disk), then
presses 送审 (submit for review), which makes the anonymised review copy from disk part by part.

Printed: upload and submit wall time, the outcome of each step (the messages the user sees), and
the gunicorn worker's RSS when each step starts and its peak during the step (sampled every
20 ms) against the target of 300 MB.  Everything started is stopped at the end, also on errors and Ctrl-C.
"""

import argparse
import html
import http.client
import http.cookiejar
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.form_fields import FormFields  # noqa: E402
PYTHON = sys.executable
TARGET_RSS_MB = 300
PASSWORD = "Jigong@2026"

SETUP = f"""
from django.contrib.auth import get_user_model
from cms.demo import seed_users
from curriculum.demo import seed_majors, seed_public_courses
from directory.demo import seed_organisations
from review.demo import seed_experts
from selection.demo import seed_committees
from tests.review.conftest import ReviewWorld
seed_majors(); seed_public_courses(); seed_organisations(); seed_experts(); seed_committees(); seed_users()
world = ReviewWorld()
version = world.textbook_version("数控机床装调与维修（全彩图册版）")
version.manuscript.delete(save=True)
world.gates(version)
world.author_user.set_password("{PASSWORD}")
world.author_user.save()
from django.contrib.contenttypes.models import ContentType
print("VERSION", version.pk, ContentType.objects.get_for_model(version).pk)
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _photo_exif(index: int) -> bytes:
    """An APP1 segment as a phone writes it: camera owner, device and GPS position."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x013B] = "Zhang Jianguo"  # Artist (ASCII only)
    exif[0x9C9D] = "张建国".encode("utf-16-le") + b"\x00\x00"  # XPAuthor, as Windows and phones write it
    exif[0x010F], exif[0x0110] = "HUAWEI", f"P60 Pro #{index}"
    exif[0x0132] = "2026:03:18 10:24:00"
    exif.get_ifd(0x8825).update({1: "N", 2: (39.0, 54.0, 27.0), 3: "E", 4: (116.0, 23.0, 17.0)})
    payload = exif.tobytes()  # starts with the "Exif" identifier
    return b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload


def _photo(width: int, height: int) -> bytes:
    """A photo-like JPEG (smooth shading under sensor noise) of the given size."""
    import io

    from PIL import Image

    noise = Image.effect_noise((width, height), 40).convert("RGB")
    shade = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    buf = io.BytesIO()
    Image.blend(noise, shade, 0.5).save(buf, "JPEG", quality=95)
    return buf.getvalue()


def build_docx(path: Path, size_mb: int):
    """A full-colour picture-book manuscript: a short text and high-resolution phone photos (each
    with its owner's name and GPS position in EXIF), most above the size the anonymiser re-encodes
    in memory, so that they are stripped in a stream; a few small ones are re-encoded."""
    import io

    from docx import Document
    from PIL import Image

    big = _photo(6000, 4000)  # 24 megapixels
    count = max(1, size_mb * 1024**2 // len(big))
    doc = Document()
    doc.add_paragraph("第一章 数控机床的组成")
    for index in range(count + 2):
        doc.add_paragraph(f"图 1-{index + 1} 数控车床主轴装配")
        placeholder = io.BytesIO()
        # Distinct bytes for each (python-docx stores identical pictures once).
        Image.new("RGB", (8, 8), (90, 90, 90)).save(placeholder, "JPEG", comment=f"{index}".encode())
        placeholder.seek(0)
        doc.add_picture(placeholder)
    skeleton = io.BytesIO()
    doc.save(skeleton)
    small = _photo(1600, 1200)
    with zipfile.ZipFile(skeleton) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        media = sorted((i for i in source.infolist() if i.filename.startswith("word/media/")), key=lambda i: i.filename)
        photos = {info.filename: n for n, info in enumerate(media)}
        for info in source.infolist():
            if info.filename not in photos:
                archive.writestr(info, source.read(info))
                continue
            n = photos[info.filename]
            photo = big if n < count else small
            part = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            part.compress_type = zipfile.ZIP_STORED  # JPEG does not deflate
            with archive.open(part, "w", force_zip64=True) as handle:
                handle.write(photo[:2] + _photo_exif(n) + photo[2:])


class Browser:
    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path):
        with self.opener.open(self.base + path, timeout=600) as response:
            return response.read().decode()

    def csrf(self):
        return next(c.value for c in self.jar if c.name == "csrftoken")

    def post(self, path, fields):
        data = urllib.parse.urlencode(fields).encode()
        request = urllib.request.Request(self.base + path, data=data, headers={"Referer": self.base + path})
        with self.opener.open(request, timeout=900) as response:
            return response.geturl(), response.read().decode()

    def post_file(self, path, fields, file_field, file_path: Path, file_name):
        """A multipart POST whose file part is streamed from disk."""
        boundary = "----jigong" + secrets.token_hex(12)
        head = b"".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
            for name, value in fields
        )
        head += (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; '
            f"filename*=UTF-8''{urllib.parse.quote(file_name)}; filename=\"{file_name}\"\r\n"
            "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n"
        ).encode()
        tail = f"\r\n--{boundary}--\r\n".encode()
        length = len(head) + file_path.stat().st_size + len(tail)

        def body():
            yield head
            with open(file_path, "rb") as handle:
                while chunk := handle.read(1 << 20):
                    yield chunk
            yield tail

        host = urllib.parse.urlsplit(self.base)
        connection = http.client.HTTPConnection(host.hostname, host.port, timeout=900)
        cookies = "; ".join(f"{c.name}={c.value}" for c in self.jar)
        connection.request("POST", path, body=body(), headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}", "Content-Length": str(length),
            "Cookie": cookies, "Referer": self.base + path,
        })
        response = connection.getresponse()
        return response.status, response.getheader("Location"), response.read().decode(errors="replace")


def rss_bytes(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return 0


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


class PeakRss:
    """Peak RSS of gunicorn's worker (the master's child serving the request), sampled in a thread."""

    def __init__(self, master_pid):
        self.master = master_pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _rss(self):
        return max([rss_bytes(pid) for pid in children(self.master)] or [0])

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self._rss())
            time.sleep(0.02)

    def __enter__(self):
        self.start = self.peak = self._rss()
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def messages(page):
    """What the page tells the user after the step: Wagtail's flash messages and form errors."""
    found = re.findall(r"(R\d+（[^）]*）[^<]*|已送审[^<]*|[^<>]*(?:超过上限|不是有效|已拒绝)[^<]*)", page)
    return [html.unescape(m).strip() for m in found if m.strip()][:3]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--timeout", type=int, default=900, help="seconds for the whole run")
    args = parser.parse_args()
    deadline = time.monotonic() + args.timeout
    work = Path(tempfile.mkdtemp(prefix="jigong-upload-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECURE_HSTS_SECONDS": "0",
        "SESSION_COOKIE_SECURE": "0",  # secure-only cookies are never sent back over plain HTTP
        "CSRF_COOKIE_SECURE": "0",
        "STATIC_ROOT": str(work / "static"),
        "SECRET_KEY": secrets.token_hex(32),
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}",
        "MEDIA_ROOT": str(work / "media"),
        "PRIVATE_MEDIA_ROOT": str(work / "private"),
        "PAGE_CACHE_DIR": str(work / "page-cache"),
        "UPLOAD_LIMIT_MANUSCRIPT": str((args.size_mb + 64) * 1024**2),
    }
    env.pop("ELASTICSEARCH_URL", None)
    server = None
    try:
        print(f"准备：临时目录 {work}")
        subprocess.run([PYTHON, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True, timeout=600)
        subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True, timeout=600)
        setup = subprocess.run([PYTHON, "manage.py", "shell", "-c", SETUP], cwd=ROOT, env=env, check=True,
                               capture_output=True, text=True, timeout=600)
        version_pk, ct = map(int, re.search(r"VERSION (\d+) (\d+)", setup.stdout).groups())
        manuscript = work / "数控机床装调与维修（全彩图册版）终稿.docx"
        started = time.monotonic()
        build_docx(manuscript, args.size_mb)
        print(f"生成书稿：{manuscript.stat().st_size / 1024**2:.0f} MB，用时 {time.monotonic() - started:.1f} 秒")

        port = free_port()
        server_log = open(work / "gunicorn.log", "wb")
        server = subprocess.Popen(
            [str(Path(PYTHON).parent / "gunicorn"), "cms.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1",
             "--timeout", str(args.timeout), "--worker-tmp-dir", str(work)],
            cwd=ROOT, env={**env, "TMPDIR": str(work)}, stdout=subprocess.DEVNULL, stderr=server_log,
        )
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/admin/login/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        browser = Browser(base)
        browser.get("/admin/login/")
        browser.post("/admin/login/", {"csrfmiddlewaretoken": browser.csrf(), "username": "leak_author", "password": PASSWORD})
        edit = f"/admin/textbooks/versions/edit/{version_pk}/"
        page = browser.get(edit)
        parser_ = FormFields(None)
        parser_.feed(page)
        fields = [(k, v) for k, v in parser_.fields if k != "csrfmiddlewaretoken"] + [("csrfmiddlewaretoken", browser.csrf())]

        with PeakRss(server.pid) as upload_rss:
            started = time.monotonic()
            status, location, body = browser.post_file(edit, fields, "manuscript", manuscript, manuscript.name)
            upload_seconds = time.monotonic() - started
        upload_ok = status == 302
        upload_note = "已保存" if upload_ok else f"HTTP {status}：{'；'.join(messages(body)) or body[:300]}"
        if time.monotonic() > deadline:
            raise TimeoutError("超过 --timeout")

        browser.get("/admin/review/submit/")
        with PeakRss(server.pid) as submit_rss:
            started = time.monotonic()
            url, body = browser.post(f"/admin/review/submit/{ct}/{version_pk}/submit/", {"csrfmiddlewaretoken": browser.csrf()})
            submit_seconds = time.monotonic() - started
        submit_ok = "/admin/review/submit/" not in url
        submit_note = "；".join(messages(body)) or url

        rows = [
            ("上传书稿（编辑页保存）", upload_seconds, upload_rss, upload_ok, upload_note),
            ("送审（匿名化副本）", submit_seconds, submit_rss, submit_ok, submit_note),
        ]
        print(f"\n{'步骤':<22}{'用时(秒)':>10}{'起始RSS(MB)':>14}{'峰值RSS(MB)':>14}  目标 <{TARGET_RSS_MB} MB  结果")
        for label, seconds, rss, ok, note in rows:
            mark = "达标" if rss.peak < TARGET_RSS_MB * 1024**2 else "超标"
            print(f"{label:<22}{seconds:>10.1f}{rss.start / 1024**2:>14.0f}{rss.peak / 1024**2:>14.0f}  "
                  f"{mark:<12}{'成功' if ok else '失败'}：{note[:200]}")
    except Exception:
        if server is not None:
            print((work / "gunicorn.log").read_text(errors="replace")[-3000:])
        raise
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
