"""jieba's frequency table as a trie (issue 12's memory budget) segments exactly as jieba does.

The reference is jieba's own Tokenizer with its dict table; the texts are the policy documents the
product ships (written by MOHRSS and the State Council, not by this code) and the domain terms.
"""

import logging
import subprocess
import sys

import jieba
import pytest

from search.frequencies import CompactTokenizer, TrieFrequencies, load_frequencies
from search.policy import DOCUMENTS, POLICY_TEXTS_DIR
from search.vocabulary import DOMAIN_TERMS

jieba.setLogLevel(logging.WARNING)


@pytest.fixture(scope="module")
def tokenizers(tmp_path_factory):
    reference, compact = jieba.Tokenizer(), CompactTokenizer()
    compact.tmp_dir = str(tmp_path_factory.mktemp("trie-cache"))
    for tokenizer in (reference, compact):
        tokenizer.initialize()
        for term in DOMAIN_TERMS:
            tokenizer.add_word(term, freq=max(tokenizer.suggest_freq(term, tune=False), 10))
    return reference, compact


@pytest.fixture(scope="module")
def policy_lines():
    lines = []
    for filename, _title, _issued in DOCUMENTS:
        lines.extend(line for line in (POLICY_TEXTS_DIR / filename).read_text().splitlines() if line.strip())
    return lines


def test_policy_texts_segment_exactly_as_jieba_does(tokenizers, policy_lines):
    reference, compact = tokenizers
    assert len(policy_lines) > 500
    for line in policy_lines:
        assert list(compact.cut(line)) == list(reference.cut(line)), line
        assert list(compact.cut_for_search(line)) == list(reference.cut_for_search(line)), line
        assert list(compact.cut(line, HMM=False)) == list(reference.cut(line, HMM=False)), line


def test_every_fragment_answers_as_in_jiebas_table(tokenizers, policy_lines):
    reference, compact = tokenizers
    fragments = {line[i:j] for line in policy_lines[:300] for i in range(len(line)) for j in range(i + 1, min(i + 7, len(line)) + 1)}
    for fragment in fragments:
        assert (fragment in compact.FREQ) == (fragment in reference.FREQ), fragment
        assert compact.FREQ.get(fragment) == reference.FREQ.get(fragment), fragment
    assert compact.total == reference.total
    assert "" not in compact.FREQ


def test_words_added_and_removed_at_run_time_change_the_segmentation_alike(tokenizers):
    reference, compact = tokenizers
    sentence = "学生在一体化学习站完成钳工实训任务"
    practice = reference.FREQ["实训"]
    for tokenizer in (reference, compact):
        tokenizer.add_word("一体化学习站", freq=2000)
        tokenizer.del_word("实训")
    try:
        assert "一体化学习站" in list(compact.cut(sentence))
        assert list(compact.cut(sentence)) == list(reference.cut(sentence))
        assert compact.FREQ["实训"] == 0
        with pytest.raises(KeyError):
            compact.FREQ["不存在的词语片段"]
    finally:
        for tokenizer in (reference, compact):
            tokenizer.del_word("一体化学习站")
            tokenizer.add_word("实训", freq=practice)


def test_the_cache_file_round_trips_and_a_damaged_one_is_rebuilt(tmp_path):
    entries = [("数控", 500), ("数控车床", 40), ("车床", 300), ("钳工", 200)]
    built = load_frequencies(_opener(tmp_path, entries), cache_dir=str(tmp_path / "cache"))
    (cached,) = (tmp_path / "cache").iterdir()
    loaded = TrieFrequencies.from_bytes(cached.read_bytes())
    for fragment in ("数", "数控", "数控车", "数控车床", "车床", "钳", "铣床"):
        assert loaded.get(fragment) == built.get(fragment)
    assert loaded.get("数控车") == 0 and loaded.get("铣床") is None and loaded.total == 1040

    cached.write_bytes(b'{"trie": 3, "total": 1}\n\x00\x01')
    assert load_frequencies(_opener(tmp_path, entries), cache_dir=str(tmp_path / "cache")).get("钳工") == 200


def _opener(tmp_path, entries):
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("".join(f"{word} {frequency} n\n" for word, frequency in entries))
    return lambda: open(dictionary, "rb")


def test_a_process_holding_the_dictionary_costs_a_fraction_of_jiebas_table(tmp_path):
    """The point of the trie: resident memory of a process that has segmented text (issue 12)."""
    probe = (
        "import logging, sys, jieba; jieba.setLogLevel(logging.WARNING);"
        "from search.frequencies import CompactTokenizer;"
        "rss = lambda: int(next(l for l in open('/proc/self/status') if l.startswith('VmRSS')).split()[1]);"
        "before = rss();"
        f"t = CompactTokenizer() if sys.argv[1] == 'trie' else jieba.Tokenizer(); t.tmp_dir = {str(tmp_path)!r};"
        "list(t.cut('重庆工业技师学院数控加工专业')); print(rss() - before)"
    )
    def grown_kb(kind):
        return int(subprocess.run([sys.executable, "-c", probe, kind], capture_output=True, text=True, check=True).stdout)
    grown_kb("trie")  # the first process on a machine builds the cache file
    trie, table = grown_kb("trie"), grown_kb("dict")
    assert trie < 12 * 1024 < 40 * 1024 < table, (trie, table)
