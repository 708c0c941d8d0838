"""nDCG@10 and recall@10 of the labelled queries, on the embedded search and on Elasticsearch."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from cms.progress import pad
from search import elastic, embedded, service
from search.connection import get_client
from search.relevance import JUDGMENTS, K, evaluate, mean


class Command(BaseCommand):
    help = "检索相关性评测：在演示数据与政策语料上计算 nDCG@10 与 recall@10（先运行 seed_demo）。"

    def add_arguments(self, parser):
        parser.add_argument("--details", action="store_true", help="逐条列出每个查询的得分")

    def handle(self, *args, **options):
        if not service.document_count():
            raise CommandError("没有可检索的数据：请先运行 manage.py seed_demo。")
        engines = [("数据库内置检索", embedded, "", settings.ELASTICSEARCH_INDEX_PREFIX)]
        url = settings.ELASTICSEARCH_URL
        if url:
            engines.append(("Elasticsearch", elastic, url, f"{settings.ELASTICSEARCH_INDEX_PREFIX}-relevance"))
        else:
            self.stdout.write("未设置 ELASTICSEARCH_URL：只评测数据库内置检索。")
        table = {}
        for label, engine, engine_url, prefix in engines:
            with override_settings(ELASTICSEARCH_URL=engine_url, ELASTICSEARCH_INDEX_PREFIX=prefix):
                get_client.cache_clear()
                service.reindex()
                engine.refresh()
                table[label] = evaluate(service.search)
                if engine is elastic:
                    engine.drop_all()
            get_client.cache_clear()
        self._print(table, options["details"])

    def _print(self, table, details):
        labels = list(table)
        self.stdout.write(f"\n{len(JUDGMENTS)} 个标注查询，K={K}")
        self.stdout.write(pad("引擎", 20) + pad(f"nDCG@{K}", 12) + f"recall@{K}")
        for label in labels:
            rows = table[label]
            self.stdout.write(pad(label, 20) + pad(f"{mean(r.ndcg for r in rows):.3f}", 12) + f"{mean(r.recall for r in rows):.3f}")
        if details:
            self.stdout.write("\n" + pad("查询", 28) + "".join(pad(f"{label[:10]} nDCG/recall", 26) for label in labels))
            for index, (query, _) in enumerate(JUDGMENTS):
                cells = "".join(pad(f"{table[label][index].ndcg:.2f} / {table[label][index].recall:.2f}", 26) for label in labels)
                self.stdout.write(pad(query, 28) + cells)
