"""The public policy texts the site serves (shipped in search/policy_texts/), cut into articles for search.

Each article (第N条, or a numbered point （一） of an opinion) becomes a ``PolicyArticle``; the
top-level section (一、总体要求) it falls under is kept in its heading for context.
"""

import re
from datetime import date
from pathlib import Path

from django.db import transaction

from search.models import PolicyArticle

DOCUMENTS = [
    ("textbook-management-rules-mohrss-2021-12.txt", "技工院校教材管理工作实施细则", date(2021, 2, 19)),
    ("mohrss-integrated-work-study-training-plan.txt", "推进技工院校工学一体化技能人才培养模式实施方案", date(2022, 4, 1)),
    ("mohrss-2021-30-technical-school-reform-opinion.txt", "关于深化技工院校改革大力发展技工教育的意见", date(2021, 7, 1)),
    ("cpc-state-council-2021-modern-vocational-education-opinion.txt", "关于推动现代职业教育高质量发展的意见", date(2021, 10, 12)),
    ("chongqing-2022-32-technical-school-reform-implementation.txt", "重庆市关于深化技工院校改革大力发展技工教育的实施意见", date(2022, 7, 22)),
]

_NUMERALS = "一二三四五六七八九十百"
ARTICLE = re.compile(rf"^(第[{_NUMERALS}]+条|[（(][{_NUMERALS}]+[）)])\s*")
SECTION = re.compile(rf"^(第[{_NUMERALS}]+章\s*\S+|[{_NUMERALS}]+、\S+)")
HEADING_LENGTH = 30


# The product carries the public texts it serves: a checkout needs nothing beside it.
POLICY_TEXTS_DIR = Path(__file__).resolve().parent / "policy_texts"


def parse(text):
    """[(heading, body)] for each article of a policy text; lines broken by PDF extraction are joined.

    Articles are 第N条 where a text has them (its （一） items then stay inside the article), else
    the numbered points （一）, else the sections 一、… themselves.
    """
    lines = [line.strip().strip("*").strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    markers = [m.group(1) for m in map(ARTICLE.match, lines) if m]
    if any(m.startswith("第") for m in markers):
        is_article = lambda marker: marker.startswith("第")  # noqa: E731
    elif markers:
        is_article = lambda marker: True  # noqa: E731
    else:
        is_article = None
    articles, section, current = [], "", None
    for line in lines:
        article = ARTICLE.match(line)
        if article and is_article and is_article(article.group(1)):
            current = [article.group(1), section, [line]]
            articles.append(current)
        elif SECTION.match(line) and len(line) <= HEADING_LENGTH:
            section, current = line, None
            if is_article is None:
                current = [line, "", []]
                articles.append(current)
        elif current is not None:
            current[2].append(line)
    return [(_heading(marker, section, "".join(body)), "".join(body)) for marker, section, body in articles if body]


def _heading(marker, section, body):
    rest = body[len(marker) :].lstrip()
    # An opinion's point starts with its own title: （三）加强党的全面领导。…
    title = rest.split("。", 1)[0] if marker[0] in "（(" else ""
    title = title if len(title) <= HEADING_LENGTH else ""
    return " ".join(part for part in (section if marker[0] in "（(" else "", marker + title) if part)[:200]


@transaction.atomic
def load_policy_articles(directory=None):
    """Create or update the articles of every policy document; idempotent. Returns the article count."""
    directory = Path(directory or POLICY_TEXTS_DIR)
    total = 0
    for filename, title, issued in DOCUMENTS:
        articles = parse((directory / filename).read_text(encoding="utf-8"))
        for number, (heading, body) in enumerate(articles, start=1):
            PolicyArticle.objects.update_or_create(
                source=filename, number=number, defaults={"document": title, "heading": heading, "text": body, "issued": issued}
            )
        PolicyArticle.objects.filter(source=filename, number__gt=len(articles)).delete()
        total += len(articles)
    return total
