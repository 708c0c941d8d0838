"""Relevance of the labelled queries on the embedded search and on Elasticsearch.

The first set (``search.relevance.JUDGMENTS``) reports nDCG@10 and recall@10; the second set
(``search/data/relevance_v2.txt``, queries typed the way teachers and schools type) reports
nDCG@10, P@5 and the share of queries whose best answer is in the first five, per query type.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from cms.progress import pad
from search import elastic, embedded, service
from search.connection import get_client
from search.relevance import JUDGMENTS, K, P_AT, by_type, evaluate, load_v2, mean


class Command(BaseCommand):
    help = "检索相关性评测：在演示数据与政策语料上计算 nDCG@10、recall@10、P@5 与最佳答案前五命中率（先运行 seed_demo）。"

    def add_arguments(self, parser):
        parser.add_argument("--details", action="store_true", help="逐条列出每个查询的得分")
        parser.add_argument("--set", choices=["v1", "v2", "all"], default="all", help="评测哪一组标注查询（默认两组都评测）")

    def handle(self, *args, **options):
        if not service.document_count():
            raise CommandError("没有可检索的数据：请先运行 manage.py seed_demo。")
        engines = [("数据库内置检索", embedded, "", settings.ELASTICSEARCH_INDEX_PREFIX)]
        url = settings.ELASTICSEARCH_URL
        if url:
            engines.append(("Elasticsearch", elastic, url, f"{settings.ELASTICSEARCH_INDEX_PREFIX}-relevance"))
        else:
            self.stdout.write("未设置 ELASTICSEARCH_URL：只评测数据库内置检索。")
        v2 = load_v2()
        first, second = {}, {}
        for label, engine, engine_url, prefix in engines:
            with override_settings(ELASTICSEARCH_URL=engine_url, ELASTICSEARCH_INDEX_PREFIX=prefix):
                get_client.cache_clear()
                service.reindex()
                engine.refresh()
                if options["set"] in ("v1", "all"):
                    first[label] = evaluate(service.search)
                if options["set"] in ("v2", "all"):
                    second[label] = evaluate(service.search, v2)
                if engine is elastic:
                    engine.drop_all()
            get_client.cache_clear()
        if first:
            self._print_first(first, options["details"])
        if second:
            self._print_second(second, options["details"])

    def _print_first(self, table, details):
        labels = list(table)
        self.stdout.write(f"\n第一组：{len(JUDGMENTS)} 个标注查询，K={K}")
        self.stdout.write(pad("引擎", 20) + pad(f"nDCG@{K}", 12) + f"recall@{K}")
        for label in labels:
            rows = table[label]
            self.stdout.write(pad(label, 20) + pad(f"{mean(r.ndcg for r in rows):.3f}", 12) + f"{mean(r.recall for r in rows):.3f}")
        if details:
            self.stdout.write("\n" + pad("查询", 28) + "".join(pad(f"{label[:10]} nDCG/recall", 26) for label in labels))
            for index, (query, _) in enumerate(JUDGMENTS):
                cells = "".join(pad(f"{table[label][index].ndcg:.2f} / {table[label][index].recall:.2f}", 26) for label in labels)
                self.stdout.write(pad(query, 28) + cells)

    def _print_second(self, table, details):
        labels = list(table)
        any_rows = table[labels[0]]
        self.stdout.write(f"\n第二组（教师与学校的输入方式）：{len(any_rows)} 个标注查询，K={K}")
        header = pad("类型", 10) + pad("查询数", 8)
        header += "".join(pad(f"{label[:10]} nDCG@{K}/P@{P_AT}/最佳前{P_AT}", 36) for label in labels)
        self.stdout.write(header)
        groups = {label: by_type(table[label]) for label in labels}
        for kind, rows in by_type(any_rows).items():
            cells = "".join(pad(self._summary(groups[label][kind]), 36) for label in labels)
            self.stdout.write(pad(kind, 10) + pad(str(len(rows)), 8) + cells)
        cells = "".join(pad(self._summary(table[label]), 36) for label in labels)
        self.stdout.write(pad("全部", 10) + pad(str(len(any_rows)), 8) + cells)
        if details:
            self.stdout.write("\n" + pad("类型", 10) + pad("查询", 30) + "".join(pad(f"{label[:10]} nDCG/P@5/最佳", 28) for label in labels))
            for index, row in enumerate(any_rows):
                cells = "".join(
                    pad(f"{table[label][index].ndcg:.2f} / {table[label][index].precision:.2f} / {'是' if table[label][index].best_in_top else '否'}", 28)
                    for label in labels
                )
                self.stdout.write(pad(row.kind, 10) + pad(row.query, 30) + cells)

    @staticmethod
    def _summary(rows):
        return f"{mean(r.ndcg for r in rows):.3f} / {mean(r.precision for r in rows):.3f} / {mean(r.best_in_top for r in rows):.0%}"
