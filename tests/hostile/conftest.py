"""Hostile inputs (issue 8): generated (hypothesis) and handcrafted, each one counted.

Every input a test in this package tries goes through the session-wide ``hostile`` counter with
its outcome: refused (a clear Chinese error, nothing written) or accepted and handled safely (a
mutation that still is a valid file, a markup payload stored and shown escaped). The session ends with a table of inputs per category,
printed and written to benchmarks/results/hostile_inputs.txt (git-ignored).

Hypothesis runs derandomized with bounded examples so that CI sees the same inputs every time;
HOSTILE_EXAMPLES_SCALE=10 multiplies every budget for a longer local hunt.
"""

import collections
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The worlds of the other test packages, reused as they are (their autouse media_root included).
from tests.review.conftest import media_root, review_world  # noqa: F401
from tests.selection.conftest import sworld, textbooks  # noqa: F401
from tests.textbooks.conftest import catalogue_page, world  # noqa: F401

SCALE = float(os.environ.get("HOSTILE_EXAMPLES_SCALE", "1"))
HOSTILE = settings(
    derandomize=True,
    deadline=None,
    database=None,
    print_blob=False,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,  # a test's world stays; each example must leave it unchanged
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.filter_too_much,
    ],
)


def examples(n):
    """Hypothesis settings for a test trying ``n`` generated inputs (times HOSTILE_EXAMPLES_SCALE)."""
    return settings(HOSTILE, max_examples=max(1, int(n * SCALE)))


@dataclass(frozen=True)
class Sample:
    """One hostile file: how it was made, its bytes and the name it is uploaded under.

    Its repr stays short, so that a failing example names the input without printing megabytes.
    """

    how: str
    data: bytes = field(repr=False)
    name: str = ""

    def __repr__(self):
        digest = hashlib.sha1(self.data).hexdigest()[:12]
        return f"Sample({self.how!r}, {self.name!r}, {len(self.data)} bytes, sha1 {digest})"


CHINESE = re.compile(r"[\u4e00-\u9fff]")


def assert_chinese(message):
    assert message and CHINESE.search(message), f"not a Chinese message: {message!r}"
    return message


# ------------------------------------------------------------------------------------ counting


class Tally:
    def __init__(self):
        self.refused = collections.Counter()
        self.accepted = collections.Counter()

    def __call__(self, category, *, refused=True, n=1):
        (self.refused if refused else self.accepted)[category] += n

    def rows(self):
        categories = sorted(set(self.refused) | set(self.accepted))
        return [(c, self.refused[c] + self.accepted[c], self.refused[c], self.accepted[c]) for c in categories]

    def table(self):
        rows = self.rows()
        total = ("total", *(sum(r[i] for r in rows) for i in (1, 2, 3)))
        header = ("category", "tried", "refused", "accepted, handled safely")
        width = max(_width(r[0]) for r in [header, *rows])

        def line(c, t, r, a):
            return f"{c}{' ' * (width - _width(c))}  {t:>6}  {r:>7}  {a:>6}"

        rule = "-" * (width + 27)
        return "\n".join([line(*header), rule, *(line(*r) for r in rows), rule, line(*total)])


def _width(text):
    """Columns ``text`` takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(text))


TALLY = Tally()


@pytest.fixture(scope="session")
def hostile():
    """``hostile(category, refused=True)`` counts one input tried (session-scoped, so hypothesis
    tests may use it)."""
    return TALLY


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not TALLY.rows():
        return
    table = TALLY.table()
    terminalreporter.write_sep("=", "hostile inputs tried per category")
    terminalreporter.write_line(table)
    out = Path(config.rootpath) / "benchmarks" / "results" / "hostile_inputs.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(table + "\n", encoding="utf-8")
    terminalreporter.write_line(f"(written to {out.relative_to(config.rootpath)})")


# ------------------------------------------------------------------------------------ state


def audit_entries():
    """Every audit entry (cms.audit.record writes Wagtail's model log)."""
    from wagtail.models import ModelLogEntry, PageLogEntry

    return ModelLogEntry.objects.count() + PageLogEntry.objects.count()


def counts(*models):
    """Row counts of ``models`` and of the audit log: compare before and after a hostile input."""
    state = {m._meta.label: m.objects.count() for m in models}
    state["audit log"] = audit_entries()
    return state


def files_under(root, sub=""):
    base = Path(root) / sub
    return sorted(str(p.relative_to(root)) for p in base.rglob("*") if p.is_file()) if base.exists() else []


def flash_errors(response):
    from django.contrib.messages import get_messages

    return [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "error"]


INLINE_ERROR = re.compile(r'<p class="field-error"[^>]*>(.*?)</p>|<div class="form-errors"[^>]*>.*?<ul>(.*?)</ul>', re.S)


def inline_errors(response):
    """Errors of a form shown again with the input kept: next to each field, and the
    form-wide ones in its error box (templates/includes/form.html)."""
    import html

    found = []
    for field_error, listed in INLINE_ERROR.findall(response.content.decode()):
        found += [field_error] if field_error else re.findall(r"<li>(.*?)</li>", listed, re.S)
    return [html.unescape(e).strip() for e in found]


def refusal_messages(response):
    """What the user is told when a post is refused: flash messages after a redirect, or the
    errors of a form shown again with the input kept."""
    if response.status_code == 302:
        return flash_errors(response)
    if response.status_code == 200 and "html" in response.get("Content-Type", ""):
        return inline_errors(response)
    return []


def panel_logins(submission):
    """Give every expert on the current panel a login that reaches their assignment (the demo
    pool has logins for the demo reviewer only). Returns {assignment: user}."""
    from django.contrib.auth import get_user_model
    from guardian.shortcuts import assign_perm

    from cms import roles
    from review.services import VIEW_ASSIGNMENT

    users = {}
    for assignment in submission.current_round.assignments.select_related("expert__person__user"):
        person = assignment.expert.person
        if person.user is None:
            person.user = get_user_model().objects.create_user(f"expert_{person.pk}")
            person.user.groups.add(roles.role_group(roles.REVIEWER))
            person.save(update_fields=["user"])
        assign_perm(VIEW_ASSIGNMENT, person.user, assignment)
        users[assignment] = person.user
    return users


def client_for(user, **kwargs):
    from django.test import Client

    client = Client(**kwargs)
    client.force_login(user)
    return client
