"""The Elasticsearch backend: index design, writes, faceted search and suggestions (SPEC §6).

The integ-test-zip server has no Chinese analyzer and rejects ngram tokenizers and most token
filters, so text is analysed in Python (``search.analysis``) and stored twice:

* ``title_words`` / ``body_words``: jieba tokens joined by spaces, ``whitespace`` analyzer —
  word-level relevance;
* ``title`` / ``body``: the original text, ``standard`` analyzer (one token per CJK character) —
  phrase matching of any substring (数控 inside 数控车削编程与加工), typo-tolerant recall, and
  highlighting of the original text.

``SEARCH_CHINESE_ANALYZER`` (setting or environment) names a server-side Chinese analyzer
(``smartcn``, ``ik_max_word``) to add as a ``native`` sub-field of both when a cluster has one.

Documents live in a versioned index (``<prefix>-public-<timestamp>``) behind the alias
``<prefix>-public``; a reindex builds the next index behind ``<prefix>-public-next`` (which
live updates also write to) and swaps the alias atomically.
"""

import os
import re
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from functools import lru_cache
from html import escape
from itertools import islice

from django.conf import settings
from elasticsearch import NotFoundError
from elasticsearch.dsl import (
    Completion,
    Date,
    Float,
    Index,
    Keyword,
    Mapping,
    Q,
    Search,
    SF,
    Text,
)
from elasticsearch.helpers import bulk, streaming_bulk

from search.analysis import cached_analysis, chars_field, normalise, segment_normalised, words_field
from search.connection import get_client, hosts, index_name
from search.embedded import FEW_RESULTS, required_matches
from search.registry import FACETS, ORDERED_FACETS
from search.results import MARK_CLOSE, MARK_OPEN, FacetValue, Hit, SearchPage, merge_adjacent_marks
from search.understanding import understand

ENGINE = "elasticsearch"
BULK_CHUNK = 500
SUGGEST_INPUTS = 8
WRITE_TIMEOUT = 5


def alias_name():
    return index_name("public")


def next_alias_name():
    return f"{alias_name()}-next"


def server_analyzer():
    return getattr(settings, "SEARCH_CHINESE_ANALYZER", "") or os.environ.get("SEARCH_CHINESE_ANALYZER", "")


def _text_field():
    # Offsets in term vectors let the fast vector highlighter mark the original text; index_phrases
    # stores adjacent-character pairs, so a Chinese phrase query reads one posting list per pair
    # instead of intersecting the very long lists of single common characters.
    native = server_analyzer()
    fields = {"native": Text(analyzer=native)} if native else {}
    return Text(analyzer="standard", term_vector="with_positions_offsets", index_phrases=True, fields=fields)


def build_index(name):
    """The index definition: only built-in analyzers, one shard, ELASTICSEARCH_REPLICAS copies of it
    (0 by default: a single-node cluster stays green; 1 on a cluster survives a node's loss)."""
    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=settings.ELASTICSEARCH_REPLICAS, refresh_interval="1s")
    mapping = Mapping()
    mapping.meta("dynamic", "strict")
    fields = {
        "doc_kind": Keyword(),
        "parent": Keyword(),
        "url": Keyword(index=False),
        "date": Date(),
        "weight": Float(),
        "title": _text_field(),
        "body": _text_field(),
        "title_words": Text(analyzer="whitespace"),
        "body_words": Text(analyzer="whitespace"),
        "codes": Keyword(),
        "related_codes": Keyword(),
        "warning": Keyword(index=False),
        "suggest": Completion(analyzer="simple", preserve_separators=False),
        **{facet: Keyword() for facet in FACETS},
    }
    for field_name, field in fields.items():
        mapping.field(field_name, field)
    index.mapping(mapping)
    return index


def es_source(doc):
    """The JSON stored for a ``SearchDocument``: analysed fields added, facets flattened."""
    title_words, suggestions = _title_fields(doc.title)
    return {
        "doc_kind": doc.kind,
        "parent": doc.parent,
        "url": doc.url,
        "date": doc.date.isoformat() if doc.date else None,
        "weight": doc.weight,
        "title": doc.title,
        "body": doc.body,
        "title_words": title_words,
        "body_words": words_field(doc.body),
        "suggest": {"input": suggestions, "weight": max(1, int(doc.weight * 10))},
        "codes": list(doc.codes),
        "related_codes": list(doc.related_codes),
        "warning": doc.warning,
        **doc.facet_lists(),
    }


def suggest_inputs(title):
    """The title and its tails from each word on (sub-words included), so that typing 车削 also
    suggests 数控车削编程与加工: the completion suggester itself matches prefixes only."""
    return list(_title_fields(title)[1])


@cached_analysis
@lru_cache(maxsize=20_000)
def _title_fields(title):
    # Titles recur (editions, courses and the learning tasks named after them): analysed once.
    text = chars_field(title)
    words = segment_normalised(text)
    starts = sorted({text.find(word) for word in words} - {-1, 0})
    return " ".join(words), (text, *(text[start:] for start in starts[: SUGGEST_INPUTS - 1]))


# -- index management ---------------------------------------------------------------------------


def _indices_behind(alias, client=None):
    try:
        return sorted((client or get_client()).indices.get_alias(name=alias).keys())
    except NotFoundError:
        return []


def write_targets(client):
    """Every index a live update must reach: the public one and one being rebuilt, if any."""
    targets = _indices_behind(alias_name(), client) + _indices_behind(next_alias_name(), client)
    if targets:
        return targets
    if client.indices.exists(index=alias_name()):
        return [alias_name()]
    return [create_index(alias=alias_name())]


def create_index(alias=None):
    name = f"{alias_name()}-{datetime.now(timezone.utc):%Y%m%d%H%M%S%f}"
    body = build_index(name).to_dict()
    if alias:
        body["aliases"] = {alias: {}}
    get_client().indices.create(index=name, **body)
    return name


def write(parents, documents):
    """Replace every document of the ``parents`` objects by ``documents`` in every write target
    (none: the objects left the public index). Raises when the server is unreachable or refuses.

    Runs right after a commit, in the request that made the change: a short timeout, never
    retried, keeps a hung server from holding the request; the retry queue retries later. A node
    that refuses or drops the connection (killed, restarting) is skipped at once for the next
    one: writes by id are idempotent, so one the lost node may have applied can be sent again."""
    client = get_client().options(request_timeout=WRITE_TIMEOUT, max_retries=len(hosts()) - 1, retry_on_timeout=False)
    documents = list(documents)
    keep = {d.doc_id for d in documents}
    actions = []
    for target in write_targets(client):
        actions.extend({"_index": target, "_id": d.doc_id, "_source": es_source(d)} for d in documents)
        stale = _ids_of_parents(client, target, parents) - keep
        actions.extend({"_op_type": "delete", "_index": target, "_id": doc_id} for doc_id in stale)
    for ok, item in streaming_bulk(client, actions, chunk_size=BULK_CHUNK, raise_on_error=False):
        if not ok:
            ((operation, result),) = item.items()
            if not (operation == "delete" and result.get("status") == 404):
                raise RuntimeError(f"Elasticsearch 拒绝了索引操作：{result}")


def _ids_of_parents(client, index, parents):
    # No delete-by-query on this server: look the ids up, then delete them in the bulk request.
    parents = list(parents)
    if not parents:
        return set()
    s = Search(using=client, index=index).filter("terms", parent=parents).source(False).extra(size=10_000)
    return {hit.meta.id for hit in s.execute()}


def rebuild(documents):
    """Zero-downtime rebuild: fill a new index, then move the alias to it in one atomic call.

    Searches keep using the old index until the swap; live updates made meanwhile go to both.
    Returns (new index name, number of documents indexed).
    """
    client = get_client()
    for stale in _indices_behind(next_alias_name()):
        client.indices.delete(index=stale)
    new_index = create_index(alias=next_alias_name())
    client.indices.put_settings(index=new_index, settings={"refresh_interval": "-1"})
    actions = ({"_index": new_index, "_id": d.doc_id, "_source": es_source(d)} for d in documents)
    count = _bulk_overlapped(client, actions)
    client.indices.put_settings(index=new_index, settings={"refresh_interval": "1s"})
    client.indices.refresh(index=new_index)
    old = _indices_behind(alias_name())
    if not old and client.indices.exists(index=alias_name()):
        # An index (not an alias) under the public name, from an older layout: the only case
        # with a moment without results.
        client.indices.delete(index=alias_name())
    swap = [{"add": {"index": new_index, "alias": alias_name()}}, {"remove": {"index": new_index, "alias": next_alias_name()}}]
    swap += [{"remove": {"index": name, "alias": alias_name()}} for name in old]
    client.indices.update_aliases(actions=swap)
    for name in old:
        client.indices.delete(index=name)
    return new_index, count


def _bulk_overlapped(client, actions):
    """Index ``actions`` chunk by chunk, sending one chunk while the next is built.

    Building a chunk (reading rows, jieba segmentation) stays in this thread, which owns the
    database connection; a single sender thread only talks to Elasticsearch. At most two chunks
    wait in memory, so the indexer streams whatever the number of documents."""
    count = 0
    with ThreadPoolExecutor(max_workers=1) as sender:
        in_flight = deque()
        while chunk := list(islice(actions, BULK_CHUNK)):
            in_flight.append(sender.submit(bulk, client, chunk, chunk_size=BULK_CHUNK, max_retries=3))
            if len(in_flight) > 1:
                count += in_flight.popleft().result()[0]
        for pending in in_flight:
            count += pending.result()[0]
    return count


def drop_all():
    """Remove every index of this prefix (tests, and ``search_reindex --drop``)."""
    get_client().indices.delete(index=f"{alias_name()}*", ignore_unavailable=True, allow_no_indices=True)


# -- querying -----------------------------------------------------------------------------------


_LATIN = re.compile(r"[a-z0-9]+")


def _word_query(word):
    """One query word: a jieba token of the title or body, or the word as a phrase of the character
    fields (a name, part of a word, a word jieba cuts differently in the document)."""
    clauses = [
        Q("term", title_words={"value": word, "boost": 3}),
        Q("term", body_words={"value": word, "boost": 1}),
        Q("match_phrase", title={"query": word, "boost": 3}),
        Q("match_phrase", body={"query": word, "boost": 1}),
    ]
    return Q("dis_max", queries=clauses, tie_breaker=0.3)


def _group_query(group):
    # The word typed counts a little more than its synonyms.
    alternatives = [_word_query(word) if i == 0 else Q("bool", must=[_word_query(word)], boost=0.8) for i, word in enumerate(group)]
    return alternatives[0] if len(alternatives) == 1 else Q("dis_max", queries=alternatives)


def _code_query(code):
    exact = [Q("term", codes={"value": code.value, "boost": 8}), Q("term", related_codes={"value": code.value, "boost": 3})]
    prefix = [Q("prefix", codes={"value": code.value, "boost": 5}), Q("prefix", related_codes={"value": code.value, "boost": 2})] if code.prefix else []
    # A model number in the text (CA6140 车床) is a whole token of the character fields.
    text = [Q("match", title={"query": code.value, "boost": 2}), Q("match", body={"query": code.value, "boost": 0.5})]
    return Q("dis_max", queries=exact + prefix + text)


def _ranking_clauses(understood):
    phrase = understood.phrase
    clauses = [_word_query(word) for word in understood.optional]
    if phrase:
        clauses += [Q("match_phrase", title={"query": phrase, "boost": 4}), Q("match_phrase", body={"query": phrase, "boost": 1})]
    if server_analyzer() and phrase:
        clauses.append(Q("multi_match", query=phrase, fields=["title.native^3", "body.native"], operator="and"))
    return clauses


def text_query(understood, relaxed=False):
    """All words and codes required; ``relaxed``: the best-match fallback, where most of them do
    (``required_matches``) or the title shares most characters with the query (typos)."""
    conditions = [_group_query(g) for g in understood.groups] + [_code_query(c) for c in understood.codes]
    if not conditions:
        conditions = [Q("dis_max", queries=[_word_query(w) for w in understood.optional])] if understood.optional else [Q("match_all")]
    if relaxed:
        matched = Q("bool", should=conditions, minimum_should_match=required_matches(len(conditions)))
        typo = Q("match", title={"query": understood.phrase, "minimum_should_match": "2<75%", "boost": 0.5}) if understood.phrase else None
        core = Q("bool", should=[matched, typo] if typo else [matched], minimum_should_match=1)
    else:
        core = Q("bool", must=conditions)
    query = Q("bool", must=[core], should=_ranking_clauses(understood))
    return Q("function_score", query=query, functions=[SF("field_value_factor", field="weight", modifier="log1p", missing=1)], boost_mode="multiply")


def is_relaxable(understood):
    return len(understood.groups) + len(understood.codes) > 1


_CHARACTER_TOKENS = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[a-z0-9]+")


def _phrase_span(field, word):
    """A phrase as span clauses on the character field: unlike match_phrase, it is not rewritten
    to the index_phrases sub-field, so the highlighter can mark it in the original text."""
    tokens = _CHARACTER_TOKENS.findall(normalise(word))
    if len(tokens) == 1:
        return Q("span_term", **{field: tokens[0]})
    return Q("span_near", clauses=[{"span_term": {field: t}} for t in tokens], slop=0, in_order=True)


def highlight_query(understood):
    words = [w for w in (understood.words or (understood.phrase,)) if _CHARACTER_TOKENS.search(w)]
    return {field: Q("bool", should=[_phrase_span(field, w) for w in words]).to_dict() for field in ("title", "body")}


# Each facet is a terms aggregation under a filter of the OTHER facets' selections (its counts
# ignore its own selection, so its other values stay on offer); all selections together are the
# post filter, which narrows the hits but not the counts. This part of the request depends on the
# selections alone, so it is built once per set of them as plain JSON: building its ~70 parts as
# elasticsearch-dsl objects was most of our layer's own time per search (about 1 ms of 2).
FACET_SIZES = {name: 20 if name == "year" else 50 for name in FACETS}
_SOURCE_EXCLUDES = ["title_words", "body_words", "suggest"]


def _selections(filters):
    return tuple((name, tuple(filters[name])) for name in FACETS if filters.get(name))


def _all_of(filters):
    if not filters:
        return {"match_all": {}}
    return filters[0] if len(filters) == 1 else {"bool": {"must": filters}}


@lru_cache(maxsize=256)
def _facet_request(selections):
    """(aggs, post_filter or None) for the selections. Shared by every request with the same
    selections: never modify them. A facet counts the hits under the other facets' selections;
    one with none to apply is a plain terms aggregation, since a filter aggregation, even of
    match_all, made Elasticsearch run the query once more per facet (fourteen facets: about a
    third of its CPU per search)."""
    chosen = {name: {"terms": {name: list(values)}} for name, values in selections}
    aggs = {}
    for name, size in FACET_SIZES.items():
        terms = {"terms": {"field": name, "size": size}}
        others = [f for other, f in chosen.items() if other != name]
        aggs[name] = {"filter": _all_of(others), "aggs": {name: terms}} if others else terms
    return aggs, (_all_of(list(chosen.values())) if chosen else None)


def _facet_buckets(aggregations, name):
    facet = aggregations[name]
    return (facet[name] if name in facet else facet)["buckets"]


def _highlight(understood):
    queries = highlight_query(understood)
    return {
        "type": "unified",
        "pre_tags": [MARK_OPEN],
        "post_tags": [MARK_CLOSE],
        "encoder": "html",
        "fields": {
            "title": {"number_of_fragments": 0, "highlight_query": queries["title"]},
            "body": {"fragment_size": 120, "number_of_fragments": 1, "no_match_size": 120, "highlight_query": queries["body"]},
        },
    }


_NEWEST_FIRST = {"date": {"order": "desc"}}


def _sort(query):
    if query.sort == "date":
        return [_NEWEST_FIRST, "_score"]
    return [] if query.text else [_NEWEST_FIRST]


def request_body(understood, query, relaxed=False):
    """The request for one page of ``query``: the text query built with elasticsearch-dsl for each
    search, the facets' part from ``_facet_request``; the rest is a few fixed keys."""
    # Exact totals: the page says 共 12,386 条, not 10,000.
    body = {"_source": {"excludes": _SOURCE_EXCLUDES}, "track_total_hits": True, "from": query.offset, "size": query.per_page}
    if understood:
        body["query"] = text_query(understood, relaxed).to_dict()
        body["highlight"] = _highlight(understood)
    if sort := _sort(query):
        body["sort"] = sort
    body["aggs"], post_filter = _facet_request(_selections(query.filters))
    if post_filter:
        body["post_filter"] = post_filter
    return body


def search(query):
    understood = understand(query.text) if normalise(query.text) else None
    if understood is not None and understood.empty:
        understood = None
    response = _execute(understood, query)
    if understood and response["hits"]["total"]["value"] < FEW_RESULTS and is_relaxable(understood):
        response = _execute(understood, query, relaxed=True)
    hits = [_hit(h) for h in response["hits"]["hits"]]
    aggregations = response["aggregations"]
    facets = {name: _facet_values(name, _facet_buckets(aggregations, name), query.filters.get(name, ())) for name in FACETS}
    return SearchPage(query=query, hits=hits, total=response["hits"]["total"]["value"], facets=facets, engine=ENGINE, understood=understood)


def _execute(understood, query, relaxed=False):
    # The JSON response is read as it comes: elasticsearch-dsl's response objects would wrap every
    # bucket of every facet to read two fields of each. The shard request cache keeps whole answers
    # (hits too, which only request_cache=true allows) until a refresh that changed the index: a
    # popular query's query phase costs Elasticsearch once. A node holding a copy of the shard
    # answers from it (preference _local) instead of asking another node for it: on a three-node
    # cluster this cut Elasticsearch's CPU per search by about a third.
    return get_client().search(
        index=alias_name(), body=request_body(understood, query, relaxed), request_cache=True, preference="_local"
    )


def _facet_values(name, buckets, selected):
    values = [FacetValue(str(b["key"]), b["doc_count"], str(b["key"]) in selected) for b in buckets]
    if name in ORDERED_FACETS:
        values.sort(key=lambda v: ORDERED_FACETS[name](v.value))
    return values


def _hit(h):
    source, highlights = h["_source"], h.get("highlight", {})
    title = source["title"]
    title_html = merge_adjacent_marks(highlights["title"][0]) if "title" in highlights else escape(title)
    body = merge_adjacent_marks(highlights["body"][0]) if "body" in highlights else escape((source.get("body") or "")[:120])
    return Hit(
        doc_id=h["_id"],
        kind=source["doc_kind"],
        title=title,
        title_html=title_html,
        snippet_html=body,
        url=source.get("url"),
        date=source.get("date"),
        score=h.get("_score") or 0.0,
        warning=source.get("warning") or "",
    )


def suggest(prefix, size=8):
    text = chars_field(prefix)
    if not text:
        return []
    s = Search(using=get_client(), index=alias_name()).source(["title", "url"])
    s = s.suggest("titles", text, completion={"field": "suggest", "size": size, "skip_duplicates": True, "fuzzy": {"fuzziness": "AUTO", "min_length": 3, "unicode_aware": True}})
    response = s.execute()
    return [{"title": o._source.title, "url": o._source.url} for o in response.suggest.titles[0].options]


def count():
    return get_client().count(index=alias_name())["count"]


def refresh():
    get_client().indices.refresh(index=alias_name())
