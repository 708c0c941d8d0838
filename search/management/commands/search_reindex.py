"""Rebuild the public search index from the database, without downtime (SPEC §6, §7)."""

from django.core.management.base import BaseCommand, CommandError

from cms.progress import Progress
from search import service
from search.connection import elasticsearch_enabled


class Command(BaseCommand):
    help = "重建公开检索索引：新建索引、批量写入（显示进度）、原子切换别名、删除旧索引。"

    def handle(self, *args, **options):
        service.load_vocabulary()
        engine = "Elasticsearch" if elasticsearch_enabled() else "数据库内置检索"
        progress = Progress(service.document_count(), f"重建索引（{engine}）", self.stdout)
        try:
            index, count = service.reindex(progress)
        except Exception as error:
            raise CommandError(f"重建索引失败，原索引保持不变：{error}") from error
        progress.finish()
        self.stdout.write(self.style.SUCCESS(f"已写入 {count} 条公开文档，当前索引：{index}"))
