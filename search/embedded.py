"""The embedded default: the same search on the database when no ELASTICSEARCH_URL is set (SPEC §6).

Documents are kept in ``EmbeddedEntry`` rows with normalised text; a query's jieba words must all
occur in the text (substring match, so part of a word is found), ranking is computed by the
database (title hits count more), facets are counted by ORM aggregation with the same
"other facets only" semantics as Elasticsearch's post filter, and highlighting is done in Python.
Works on SQLite and PostgreSQL; slower than Elasticsearch at scale, which is fine for a checkout.
"""

from django.db import transaction
from django.db.models import Case, Count, F, FloatField, Q, Value, When
from django.db.models.functions import Coalesce

from search.analysis import chars_field, normalise, query_words
from search.models import EmbeddedEntry, EmbeddedFacet
from search.registry import FACETS
from search.results import FacetValue, Hit, SearchPage, highlight, snippet

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
    )


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
    return "database", count + len(batch)


def drop_all():
    EmbeddedEntry.objects.all().delete()


def refresh():
    """Database writes are visible on commit; nothing to do (the Elasticsearch backend refreshes)."""


def count():
    return EmbeddedEntry.objects.count()


def _matching(words):
    condition = Q()
    for word in words:
        condition &= Q(text__contains=word)
    return EmbeddedEntry.objects.filter(condition)


def _with_facet_filters(entries, filters, skip=None):
    for name, values in filters.items():
        if name != skip and name in FACETS and values:
            entries = entries.filter(pk__in=EmbeddedFacet.objects.filter(name=name, value__in=values).values("entry_id"))
    return entries


def _ranked(entries, words, phrase):
    score = Value(0.0)
    for word in words:
        score = score + Case(When(title_text__contains=word, then=Value(3.0)), default=Value(1.0), output_field=FloatField())
    if phrase:
        score = score + Case(When(title_text__contains=phrase, then=Value(4.0)), default=Value(0.0), output_field=FloatField())
        score = score + Case(When(title_text=phrase, then=Value(2.0)), default=Value(0.0), output_field=FloatField())
    return entries.annotate(score=score * Coalesce(F("weight"), Value(1.0)))


def search(query):
    phrase = normalise(query.text)
    words = query_words(query.text) if phrase else ()
    if phrase and not words:
        words = (phrase,)
    matched = _matching(words)
    # When no document holds every word, fall back to any word rather than answer nothing.
    if words and len(words) > 1 and not _with_facet_filters(matched, query.filters).exists():
        matched = EmbeddedEntry.objects.filter(_any_word(words))
    results = _ranked(_with_facet_filters(matched, query.filters), words, phrase)
    order = ["-date", "-score"] if query.sort == "date" or not words else ["-score", "-date"]
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
            score=r.score,
        )
        for r in rows
    ]
    return SearchPage(query=query, hits=hits, total=total, facets=_facet_counts(matched, query.filters), engine=ENGINE)


def _any_word(words):
    condition = Q()
    for word in words:
        condition |= Q(text__contains=word)
    return condition


def _facet_counts(matched, filters):
    """Per facet: counts over the matches narrowed by the OTHER facets' selections (as in ES)."""
    facets = {}
    for name in FACETS:
        scope = _with_facet_filters(matched, filters, skip=name)
        rows = (
            EmbeddedFacet.objects.filter(name=name, entry__in=scope)
            .values("value")
            .annotate(n=Count("entry_id", distinct=True))
            .order_by("-n", "value")[:50]
        )
        selected = set(filters.get(name, ()))
        facets[name] = [FacetValue(r["value"], r["n"], r["value"] in selected) for r in rows]
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
