"""The embedded default: the same search on the database when no ELASTICSEARCH_URL is set (SPEC §6).

Documents are kept in ``EmbeddedEntry`` rows with normalised text; a query's jieba words must all
occur in the text (substring match, so part of a word is found), ranking is computed by the
database (title hits count more), facets are counted by ORM aggregation with the same
"other facets only" semantics as Elasticsearch's post filter, and highlighting is done in Python.
Works on SQLite and PostgreSQL; slower than Elasticsearch at scale, which is fine for a checkout.
"""

import re

from django.db import connection, transaction
from django.db.models import Case, Count, F, FloatField, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce

from search.analysis import chars_field, normalise
from search.models import EmbeddedEntry, EmbeddedFacet
from search.registry import FACETS, ORDERED_FACETS
from search.results import FacetValue, Hit, SearchPage, highlight, snippet
from search.understanding import understand

ENGINE = "database"
BATCH = 1000


def _entry(doc):
    return EmbeddedEntry(
        doc_id=doc.doc_id,
        parent=doc.parent,
        kind=doc.kind,
        title=doc.title[:300],
        body=doc.body,
        url=doc.url,
        date=doc.date,
        weight=doc.weight,
        title_text=normalise(doc.title)[:300],
        text=normalise(f"{doc.title}\n{doc.body}"),
        codes=_padded(doc.codes),
        related_codes=_padded(doc.related_codes),
        warning=doc.warning[:200],
    )


def _padded(codes):
    # " a b " : a code matches as " a " (whole token) or " a…" (prefix), never inside another number.
    return f" {' '.join(codes)} " if codes else ""


def _store(documents):
    documents = list(documents)
    entries = EmbeddedEntry.objects.bulk_create([_entry(d) for d in documents])
    if entries and entries[0].pk is None:  # backends that do not return keys from bulk inserts
        by_id = dict(EmbeddedEntry.objects.filter(doc_id__in=[d.doc_id for d in documents]).values_list("doc_id", "pk"))
        for entry in entries:
            entry.pk = by_id[entry.doc_id]
    EmbeddedFacet.objects.bulk_create(
        [EmbeddedFacet(entry=e, name=n, value=v[:200]) for e, d in zip(entries, documents) for n, v in d.facet_values()]
    )


@transaction.atomic
def write(parents, documents):
    """Replace every entry of the ``parents`` objects by ``documents`` (none: the objects left)."""
    documents = list(documents)
    EmbeddedEntry.objects.filter(parent__in=list(parents)).delete()
    EmbeddedEntry.objects.filter(doc_id__in=[d.doc_id for d in documents]).delete()
    _store(documents)


@transaction.atomic
def rebuild(documents):
    """Replace every entry in one transaction: readers see the old entries until it commits."""
    EmbeddedEntry.objects.all().delete()
    count, batch = 0, []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= BATCH:
            _store(batch)
            count, batch = count + len(batch), []
    _store(batch)
    _refresh_planner_statistics()
    return "database", count + len(batch)


def _refresh_planner_statistics():
    """A rebuild replaces every row: until autovacuum gets to the tables, PostgreSQL would plan searches
    with the statistics of the tables as they were (often empty), and a facet count then picks a nested
    loop over every entry (seed_demo refreshes them after its bulk steps for the same reason). Inside the
    rebuild's transaction the statistics cover its own rows."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {EmbeddedEntry._meta.db_table}, {EmbeddedFacet._meta.db_table}")


def drop_all():
    EmbeddedEntry.objects.all().delete()


def refresh():
    """Database writes are visible on commit; nothing to do (the Elasticsearch backend refreshes)."""


def count():
    return EmbeddedEntry.objects.count()


def _word_condition(word):
    if re.fullmatch(r"[a-z0-9]+", word):
        # Latin words and numbers match whole tokens only (CA6140, not 0103 inside an ISBN).
        return Q(text__iregex=rf"(^|[^a-z0-9]){re.escape(word)}([^a-z0-9]|$)")
    return Q(text__contains=word)


def _group_condition(group):
    condition = Q()
    for word in group:
        condition |= _word_condition(word)
    return condition


def _code_condition(code):
    own = Q(codes__contains=f" {code.value}{'' if code.prefix else ' '}")
    related = Q(related_codes__contains=f" {code.value}{'' if code.prefix else ' '}")
    # A model number in the text (CA6140 车床) is a whole word of the text, not a code.
    return own | related | _word_condition(code.value)


def _conditions(understood):
    return [_group_condition(g) for g in understood.groups] + [_code_condition(c) for c in understood.codes]


def _all_of(conditions):
    condition = Q()
    for part in conditions:
        condition &= part
    return condition


def _matches(condition):
    return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())


def required_matches(count):
    """The best-match fallback's minimum number of matching words: all but one up to four words,
    three quarters of longer queries (as Elasticsearch's minimum_should_match "4<75%" with "-1")."""
    return max(1, count - 1) if count <= 4 else -(-count * 3 // 4)


FEW_RESULTS = 3


def _ranked(entries, understood):
    score = Value(0.0)
    for group in understood.groups:
        in_title = Q()
        for word in group:
            in_title |= Q(title_text__contains=word)
        score = score + Case(When(in_title, then=Value(3.0)), When(_group_condition(group), then=Value(1.0)), default=Value(0.0), output_field=FloatField())
    for word in understood.optional:
        score = score + Case(When(title_text__contains=word, then=Value(1.0)), When(text__contains=word, then=Value(0.5)), default=Value(0.0), output_field=FloatField())
    for code in understood.codes:
        exact = f" {code.value} "
        score = score + Case(
            When(codes__contains=exact, then=Value(8.0)),
            When(codes__contains=f" {code.value}", then=Value(5.0)),
            When(related_codes__contains=exact, then=Value(3.0)),
            When(related_codes__contains=f" {code.value}", then=Value(2.0)),
            default=Value(0.0),
            output_field=FloatField(),
        )
    phrase = understood.phrase
    if phrase:
        score = score + Case(When(title_text__contains=phrase, then=Value(4.0)), default=Value(0.0), output_field=FloatField())
        score = score + Case(When(title_text=phrase, then=Value(2.0)), default=Value(0.0), output_field=FloatField())
    return entries.annotate(score=score * Coalesce(F("weight"), Value(1.0)))


def _matching(understood, filters):
    """All words (and codes) first; when that finds too little, the best-match fallback."""
    conditions = _conditions(understood)
    if not conditions:  # only generic words (教材, 课程): any of them
        conditions = [_group_condition(understood.optional)] if understood.optional else []
    strict = EmbeddedEntry.objects.filter(_all_of(conditions))
    if len(conditions) < 2 or _with_facet_filters(strict, filters)[:FEW_RESULTS].count() >= FEW_RESULTS:
        return strict
    matched = sum((_matches(c) for c in conditions), Value(0))
    return EmbeddedEntry.objects.alias(matched_words=matched).filter(matched_words__gte=required_matches(len(conditions)))


def _with_facet_filters(entries, filters, skip=None):
    for name, values in filters.items():
        if name != skip and name in FACETS and values:
            entries = entries.filter(pk__in=EmbeddedFacet.objects.filter(name=name, value__in=values).values("entry_id"))
    return entries


def search(query):
    understood = understand(query.text) if normalise(query.text) else None
    if understood is None or understood.empty:
        matched, understood = EmbeddedEntry.objects.all(), None
    else:
        matched = _matching(understood, query.filters)
    words = understood.words if understood else ()
    results = _with_facet_filters(matched, query.filters)
    if understood:
        results = _ranked(results, understood)
        order = ["-date", "-score"] if query.sort == "date" else ["-score", "-date"]
    else:
        order = ["-date"]
    total = results.count()
    rows = list(results.order_by(*order, "pk")[query.offset : query.offset + query.per_page])
    hits = [
        Hit(
            doc_id=r.doc_id,
            kind=r.kind,
            title=r.title,
            title_html=highlight(r.title, words),
            snippet_html=snippet(r.body, words),
            url=r.url,
            date=r.date,
            score=getattr(r, "score", 0.0),
            warning=r.warning,
        )
        for r in rows
    ]
    return SearchPage(query=query, hits=hits, total=total, facets=_facet_counts(matched, query.filters), engine=ENGINE, understood=understood)


FACET_SIZE = 50


def _facet_counts(matched, filters):
    """Per facet: counts over the matches narrowed by the OTHER facets' selections (as in ES).

    Facets without a selection share one scope (every selection applies), so they are counted in
    one query; each facet with a selection is counted over its own scope."""
    selected_names = [name for name in FACETS if filters.get(name)]
    scopes = [([name for name in FACETS if name not in selected_names], _with_facet_filters(matched, filters))]
    scopes += [([name], _with_facet_filters(matched, filters, skip=name)) for name in selected_names]
    counts = {name: [] for name in FACETS}
    for names, scope in scopes:
        rows = (
            EmbeddedFacet.objects.filter(name__in=names, entry__in=scope)
            .values("name", "value")
            .annotate(n=Count("entry_id", distinct=True))
            .order_by("-n", "value")
        )
        for row in rows:
            counts[row["name"]].append((row["value"], row["n"]))
    facets = {}
    for name, rows in counts.items():
        selected = set(filters.get(name, ()))
        values = [FacetValue(value, n, value in selected) for value, n in rows[:FACET_SIZE]]
        if name in ORDERED_FACETS:
            values.sort(key=lambda v: ORDERED_FACETS[name](v.value))
        facets[name] = values
    return facets


def suggest(prefix, size=8):
    text = chars_field(prefix)
    if not text:
        return []
    rows = (
        EmbeddedEntry.objects.filter(title_text__contains=text)
        .annotate(starts=Case(When(title_text__startswith=text, then=Value(1)), default=Value(0)))
        .order_by("-starts", "-weight", "title")
        .values("title", "url")
    )
    seen, out = set(), []
    for row in rows[: size * 3]:
        if row["title"] not in seen:
            seen.add(row["title"])
            out.append(row)
    return out[:size]
