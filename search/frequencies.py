"""jieba's word-frequency table in a compact trie instead of a Python dict (issue 12's memory budget).

jieba keeps its 349,000-word dictionary as a dict of every word *and every prefix of every word*
(498,000 str keys with int values): about 60 MB in every process that segments text — each web
process, the task worker, and with it every manuscript submission, which must stay under 300 MB.
The same table as a MARISA trie (``marisa-trie``, the maintained binding of the C++ library) plus an
array of frequencies takes a few MB, and a trie answers the one question jieba asks of the prefixes
("does any word start with this fragment?") without storing them.

``TrieFrequencies`` is the subset of the dict interface jieba's ``Tokenizer`` and this project use
on ``FREQ`` (``in``, ``[]``, ``get``, assignment from ``add_word``), with the same answers: a word's
frequency, 0 for a fragment that only begins words, absent otherwise. Words added at run time (the
domain vocabulary, majors and courses from the database) live in a small dict beside the trie.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from array import array
from math import log
from importlib.metadata import version

import jieba
import marisa_trie

_CACHE_FORMAT = 2


class TrieFrequencies:
    def __init__(self, trie, frequencies, total):
        self._trie = trie
        self._frequencies = frequencies
        self.total = total
        self._longest = max(map(len, trie.iterkeys()), default=0)
        self._added = {}
        self._added_trie = marisa_trie.Trie()

    @classmethod
    def build(cls, read_words):
        """``read_words()`` yields (word, frequency) pairs; it is read twice, once to build the trie
        and once to fill the frequencies by word id, so no list of 349,000 words is ever held."""
        trie = marisa_trie.Trie(word for word, _ in read_words())
        frequencies = array("I", bytes(array("I").itemsize * len(trie)))
        total = 0
        for word, frequency in read_words():
            frequencies[trie[word]] = frequency
            total += frequency
        return cls(trie, frequencies, total)

    def to_bytes(self):
        trie = self._trie.tobytes()
        header = json.dumps({"trie": len(trie), "total": self.total})
        return b"\n".join((header.encode(), trie + self._frequencies.tobytes()))

    @classmethod
    def from_bytes(cls, data):
        header, body = data.split(b"\n", 1)
        header = json.loads(header)
        trie = marisa_trie.Trie().frombytes(body[: header["trie"]])
        frequencies = array("I")
        frequencies.frombytes(body[header["trie"] :])
        if len(frequencies) != len(trie):
            raise ValueError("frequency table does not match its trie")
        return cls(trie, frequencies, header["total"])

    def __contains__(self, fragment):
        return fragment in self._added or self._begins_a_word(fragment)

    def __getitem__(self, fragment):
        value = self.get(fragment)
        if value is None:
            raise KeyError(fragment)
        return value

    def get(self, fragment, default=None):
        if fragment in self._added:
            return self._added[fragment]
        word_id = self._trie.get(fragment)
        if word_id is not None:
            return self._frequencies[word_id]
        if self._begins_a_word(fragment):
            return 0
        return default

    def _begins_a_word(self, fragment):
        return bool(fragment) and next(self._trie.iterkeys(fragment), None) is not None

    def __setitem__(self, fragment, frequency):
        self._added[fragment] = frequency
        self._added_trie = marisa_trie.Trie([w for w, f in self._added.items() if f])
        self._longest = max(self._longest, len(fragment))

    def __len__(self):
        return len(self._trie) + len(self._added)

    def words_at(self, sentence, start):
        """{end: frequency} of the dictionary words that begin at ``start``: one walk of each trie
        (word ids index the frequencies) instead of jieba's fragment-by-fragment dict probes."""
        window = sentence[start : start + self._longest]
        found = {}
        for word, word_id in self._trie.iter_prefixes_with_ids(window):
            frequency = self._added.get(word, self._frequencies[word_id])
            if frequency:
                found[start + len(word) - 1] = frequency
        for word in self._added_trie.prefixes(window):
            found[start + len(word) - 1] = self._added[word]
        return found


class _WordGraph(dict):
    """jieba's DAG (start → ends of the words there) carrying each word's frequency for ``calc``."""

    __slots__ = ("frequencies",)


def _dictionary_entries(open_dictionary):
    def read():
        with open_dictionary() as lines:
            for lineno, line in enumerate(lines, 1):
                line = line.strip().decode("utf-8") if isinstance(line, bytes) else line.strip()
                try:
                    word, frequency = line.split(" ")[:2]
                    yield word, int(frequency)
                except ValueError:
                    raise ValueError(f"invalid dictionary entry at line {lineno}: {line}") from None
    return read


def _cache_path(cache_dir, open_dictionary):
    """The cache file for this jieba dictionary and marisa-trie release (like jieba's own
    jieba.cache, built by the first process on the machine): building the trie leaves about 20 MB
    of the C++ builder's memory in the process (glibc keeps it), loading the 1.3 MB file does not."""
    with open_dictionary() as lines:
        dictionary = lines.name
    stat = os.stat(dictionary)
    key = f"{_CACHE_FORMAT}:{dictionary}:{stat.st_size}:{stat.st_mtime_ns}:{version('marisa-trie')}"
    return os.path.join(cache_dir, f"jieba-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marisa")


def load_frequencies(open_dictionary, cache_dir=None):
    """jieba's default dictionary as a ``TrieFrequencies``, from the cache file when it is there."""
    cache_dir = cache_dir or os.path.join(tempfile.gettempdir(), f"jigong-{os.getuid()}")
    path = _cache_path(cache_dir, open_dictionary)
    try:
        with open(path, "rb") as cached:
            return TrieFrequencies.from_bytes(cached.read())
    except (OSError, ValueError, KeyError):
        pass
    frequencies = TrieFrequencies.build(_dictionary_entries(open_dictionary))
    try:
        os.makedirs(cache_dir, mode=0o700, exist_ok=True)
        handle, partial = tempfile.mkstemp(dir=cache_dir)
        with os.fdopen(handle, "wb") as out:
            out.write(frequencies.to_bytes())
        os.replace(partial, path)
    except OSError:
        pass  # a read-only machine rebuilds per process
    return frequencies


class CompactTokenizer(jieba.Tokenizer):
    """jieba's tokenizer whose frequency table is a ``TrieFrequencies``; segmentation is unchanged."""

    def initialize(self, dictionary=None):
        if dictionary:
            return super().initialize(dictionary)
        with self.lock:
            if not self.initialized:
                self.FREQ = load_frequencies(self.get_dict_file, self.tmp_dir)
                self.total = self.FREQ.total
                self.initialized = True

    def get_DAG(self, sentence):
        self.check_initialized()
        graph = _WordGraph()
        graph.frequencies = {}
        for start in range(len(sentence)):
            words = self.FREQ.words_at(sentence, start)
            graph[start] = sorted(words) or [start]
            graph.frequencies[start] = words
        return graph

    def calc(self, sentence, DAG, route):
        """jieba's best route through the graph, with the frequencies ``get_DAG`` already read."""
        frequencies = getattr(DAG, "frequencies", None)
        if frequencies is None:
            return super().calc(sentence, DAG, route)
        route[len(sentence)] = (0, 0)
        logtotal = log(self.total)
        for start in range(len(sentence) - 1, -1, -1):
            words = frequencies[start]
            route[start] = max((log(words.get(end) or 1) - logtotal + route[end + 1][0], end) for end in DAG[start])
