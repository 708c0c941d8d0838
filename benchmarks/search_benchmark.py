"""Search benchmark: indexing throughput and query latency at 100k textbooks + 20k courses.

    eval "$(scripts/services env)"                     # ELASTICSEARCH_URL (required)
    .venv/bin/python benchmarks/search_benchmark.py    # --textbooks 100000 --courses 20000 --rounds 5

Prints one table, side by side:
* bulk indexing: our indexer (jieba analysis + document building + overlapped chunked bulk into a new
  index behind an alias, ``search.elastic.rebuild``) against a raw ``elasticsearch.helpers.bulk``
  of the very same finished JSON documents (prepared beforehand in a temporary file);
* query latency p50/p95 of the labelled queries (both sets of ``search.relevance``: names, ISBNs,
  codes, questions … too): through our search layer (``search.service.search``: query understanding,
  facets, highlighting, response mapping), as the identical raw Elasticsearch request bodies (the
  best-match fallback's second request included where ours sends it), and on the embedded default
  (database search).

Both indexing runs follow a warm-up (``--warmup-docs`` documents into a throwaway index), so
neither pays for the server's cold start. Documents are generated as a stream (bounded memory). The embedded default runs on its own SQLite
file in a temporary directory (``--database`` to choose another); Elasticsearch indices use the
prefix ``--index-prefix`` (``bench``; two runs side by side need two) and are removed at the end. Nothing touches the development database.
"""

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OBJECTS = ["阶梯轴", "螺纹轴", "套类零件", "盘类零件", "箱体零件", "叶轮", "模具型腔", "齿轮", "曲面零件", "配合件", "细长轴", "偏心轴",
           "发动机", "变速器", "制动系统", "转向系统", "悬架", "空调系统", "动力电池", "驱动电机", "车身电器", "CAN总线",
           "照明线路", "配电箱", "电动机", "PLC控制系统", "变频器", "触摸屏", "传感器", "工业机器人", "自动化生产线", "数控机床"]
PROCESSES = ["数控车削加工", "数控铣削加工", "加工中心加工", "手工编程与仿真", "自动编程与加工", "装配与调试", "安装与调试",
             "检测与维修", "故障诊断与排除", "维护与保养", "编程与调试", "工艺编制", "质量检测", "拆装与检修"]
SUFFIXES = ["", "", "（活页式）", "（工作手册式）", "（融媒体版）", "实训教程", "项目教程", "一体化教程"]
MAJORS = ["数控加工", "机床切削加工（车工）", "模具制造", "焊接加工", "工业机器人应用与维护", "电气自动化设备安装与维修", "电子技术应用",
          "汽车维修", "新能源汽车检测与维修", "城市轨道交通运输与管理", "计算机网络应用", "电子商务"]
LEVELS = ["中级技能", "高级技能", "预备技师（技师）"]
CATEGORIES = ["一体化教材", "专业课程教材", "公共基础课程教材", "职业培训教材", "校本教材", "数字教材"]
PLANNING = ["全国技工教育规划教材", "省级技工教育规划教材", "非规划教材"]
FORMS = ["传统纸质教材", "活页式", "工作手册式", "融媒体式", "数字教材"]
PUBLISHERS = ["中国劳动社会保障出版社", "机械工业出版社", "高等教育出版社", "电子工业出版社", "人民交通出版社", "化学工业出版社"]
CATALOGUES = ["全国技工教育规划教材目录", "省级技工教育规划教材目录", "技工院校教材信息库"]
SENTENCES = ["以{o}{p}为典型工作任务，按照获取信息、制定计划、做出决策、实施计划、检查控制、评价反馈组织学习任务。",
             "对接{m}专业岗位要求，融入新技术、新工艺、新规范和世界技能大赛标准。",
             "配套工作页、教学课件和操作示范视频，适用于{l}层级工学一体化教学。",
             "学生在真实工作情境中完成{o}的{p}，形成综合职业能力。"]


def generate(textbooks, courses, seed=7):
    """SearchDocuments, one at a time: memory stays flat whatever the counts."""
    from search.registry import SearchDocument, kind_label

    rng = random.Random(seed)
    for number in range(textbooks + courses):
        is_textbook = number < textbooks
        kind = "textbook" if is_textbook else "course"
        o, p, m, lv = rng.choice(OBJECTS), rng.choice(PROCESSES), rng.choice(MAJORS), rng.choice(LEVELS)
        title = f"{o}{p}{rng.choice(SUFFIXES)}" if is_textbook else f"{o}{p}"
        body = "".join(rng.choice(SENTENCES).format(o=o, p=p, m=m, l=lv) for _ in range(3))
        year = rng.randint(2015, 2026)
        facets = {"kind": kind_label(kind), "major": [m], "level": [lv], "year": year}
        if is_textbook:
            facets.update(category=rng.choice(CATEGORIES), planning_level=rng.choice(PLANNING), form=rng.choice(FORMS),
                          publisher=rng.choice(PUBLISHERS), catalogue=rng.choice(CATALOGUES), status="审核通过")
        else:
            facets.update(category="一体化课程")
        yield SearchDocument(kind=kind, key=str(number), parent=f"{kind}-{number}", title=title, body=body,
                             date=date(year, rng.randint(1, 12), 1), weight=rng.choice([1.0, 1.0, 1.2, 1.5]), facets=facets)


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return (time.perf_counter() - start) * 1000, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--textbooks", type=int, default=100_000)
    parser.add_argument("--courses", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5, help="times each labelled query runs on Elasticsearch")
    parser.add_argument("--embedded-rounds", type=int, default=1, help="times each labelled query runs on the database (0: skip the database)")
    parser.add_argument("--warmup-docs", type=int, default=20_000, help="documents indexed (and dropped) to warm the server up first")
    parser.add_argument("--database", help="DATABASE_URL for the embedded run (default: a temporary SQLite file)")
    parser.add_argument("--index-prefix", default="bench", help="prefix of the Elasticsearch indices created and removed")
    args = parser.parse_args()
    if not os.environ.get("ELASTICSEARCH_URL"):
        sys.exit('需要 Elasticsearch：先运行 eval "$(scripts/services env)"')
    workdir = Path(tempfile.mkdtemp(prefix="search-bench-"))
    os.environ["DATABASE_URL"] = args.database or f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ["ELASTICSEARCH_INDEX_PREFIX"] = args.index_prefix
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from elasticsearch.helpers import bulk

    from cms.progress import pad
    from search import analysis, elastic, embedded, service
    from search.connection import get_client
    from search.relevance import JUDGMENTS, load_v2
    from search.results import SearchQuery
    from search.understanding import understand

    call_command("migrate", verbosity=0)
    total = args.textbooks + args.courses
    queries = list(dict.fromkeys([text for text, _ in JUDGMENTS] + [j.text for j in load_v2()]))
    rows = []
    client = get_client()
    raw_index = f"{args.index_prefix}-raw"
    elastic.drop_all()
    client.indices.delete(index=raw_index, ignore_unavailable=True)
    print(f"生成并索引 {args.textbooks} 本教材 + {args.courses} 门课程 = {total} 个文档…", flush=True)

    # 0. Both are measured on a warm server: the first seconds of a fresh JVM (JIT compilation,
    # first segments) would otherwise count against whichever runs first.
    warm_index = f"{args.index_prefix}-warmup"
    client.indices.create(index=warm_index, **elastic.build_index(warm_index).to_dict())
    bulk(client, ({"_index": warm_index, "_source": elastic.es_source(doc)} for doc in generate(args.warmup_docs, 0, seed=11)), chunk_size=500)
    client.indices.delete(index=warm_index)
    analysis.clear_caches()  # our indexer starts as a fresh process would

    # 1. Our indexer, then the raw bulk of the same JSON documents.
    ours_ms, (index, count) = timed(elastic.rebuild, generate(args.textbooks, args.courses))
    assert count == total, (count, total)
    prepared = workdir / "documents.ndjson"
    with prepared.open("w", encoding="utf-8") as out:
        for doc in generate(args.textbooks, args.courses):
            out.write(json.dumps({"_id": doc.doc_id, **elastic.es_source(doc)}, ensure_ascii=False) + "\n")
    client.indices.create(index=raw_index, **{k: v for k, v in elastic.build_index(raw_index).to_dict().items()})
    client.indices.put_settings(index=raw_index, settings={"refresh_interval": "-1"})

    def raw_actions():
        with prepared.open(encoding="utf-8") as lines:
            for line in lines:
                source = json.loads(line)
                yield {"_index": raw_index, "_id": source.pop("_id"), "_source": source}

    raw_ms, _ = timed(bulk, client, raw_actions(), 500)
    client.indices.put_settings(index=raw_index, settings={"refresh_interval": "1s"})
    client.indices.refresh(index=[raw_index, elastic.alias_name()])
    ours_rate, raw_rate = total / (ours_ms / 1000), total / (raw_ms / 1000)
    rows += [
        ("索引：本系统（分词+构建+分块重叠发送+别名切换）", f"{ours_rate:,.0f} 文档/秒", f"{ours_ms / 1000:.1f} 秒"),
        ("索引：原始 helpers.bulk（同一批 JSON）", f"{raw_rate:,.0f} 文档/秒", f"{raw_ms / 1000:.1f} 秒"),
        ("索引吞吐比 本系统/原始（目标 ≥ 0.5）", f"{ours_rate / raw_rate:.2f}", ""),
    ]
    print("索引完成，测量查询延迟…", flush=True)

    # 2. Query latency: our layer, the identical raw request, the embedded default.
    def ours(text):
        return service.search(SearchQuery(text=text))

    def body(text, relaxed):
        return elastic.request_body(understand(text), SearchQuery(text=text), relaxed)

    bodies = {text: (body(text, False), body(text, True)) for text in queries}

    def raw(text):
        strict, relaxed = bodies[text]
        response = client.search(index=elastic.alias_name(), body=strict)
        if response["hits"]["total"]["value"] < elastic.FEW_RESULTS and elastic.is_relaxable(understand(text)):
            response = client.search(index=elastic.alias_name(), body=relaxed)
        return response

    for text in queries:  # warm caches (jieba, ES) before measuring
        ours(text), raw(text)
    ours_ms_list, raw_ms_list = [], []
    for _ in range(args.rounds):
        for text in queries:
            ours_ms_list.append(timed(ours, text)[0])
            raw_ms_list.append(timed(raw, text)[0])

    def latency(label, samples):
        return (label, f"p50 {percentile(samples, 0.5):.1f} ms", f"p95 {percentile(samples, 0.95):.1f} ms")

    rows += [
        latency("查询：本系统（Elasticsearch，含分面与高亮）", ours_ms_list),
        latency("查询：原始 Elasticsearch 请求（同一请求体）", raw_ms_list),
        ("p95 比 本系统/原始（目标 ≤ 1.2）", f"{percentile(ours_ms_list, 0.95) / percentile(raw_ms_list, 0.95):.2f}", ""),
    ]
    if args.embedded_rounds:
        print("写入内置检索（数据库）…", flush=True)
        settings.ELASTICSEARCH_URL = ""
        get_client.cache_clear()
        load_ms, _ = timed(embedded.rebuild, generate(args.textbooks, args.courses))
        embedded_ms_list = []
        for _ in range(args.embedded_rounds):
            for text in queries:
                embedded_ms_list.append(timed(ours, text)[0])
        rows += [
            latency("查询：内置检索（数据库）", embedded_ms_list),
            ("p95 比 内置/本系统（目标 ≥ 5）", f"{percentile(embedded_ms_list, 0.95) / percentile(ours_ms_list, 0.95):.1f}", ""),
            ("内置检索写入", f"{total / (load_ms / 1000):,.0f} 文档/秒", f"{load_ms / 1000:.1f} 秒"),
        ]
    rows.append(("进程峰值内存（RSS）", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", ""))
    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    get_client.cache_clear()
    get_client().indices.delete(index=[raw_index], ignore_unavailable=True)
    elastic.drop_all()

    print(f"\n{total} 个文档，{len(queries)} 个标注查询 × {args.rounds} 轮（内置检索 × {args.embedded_rounds} 轮）")
    for label, value, extra in rows:
        print(pad(label, 52) + pad(value, 22) + extra)


if __name__ == "__main__":
    main()
