"""Export catalogue entries to XLSX or CSV in the import layout."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from textbooks import catalogue_io
from textbooks.models import Catalogue, CatalogueKind


class Command(BaseCommand):
    help = "导出教材目录（XLSX 或 CSV，列与导入模板相同）。"

    def add_arguments(self, parser):
        parser.add_argument("output", help="输出文件路径（.xlsx 或 .csv）")
        parser.add_argument("--catalogue", choices=CatalogueKind.values, help="目录类型；不填则导出全部目录")
        parser.add_argument("--province", default="", help="省级规划教材目录的省份")

    def handle(self, output, catalogue=None, province="", **options):
        selected = None
        if catalogue:
            selected = Catalogue.objects.filter(kind=catalogue, province=province).first()
            if selected is None:
                raise CommandError("没有这个目录；省级目录请同时指定 --province。")
        path = Path(output)
        if path.suffix.lower() == ".xlsx":
            content = catalogue_io.export_xlsx(selected)
        elif path.suffix.lower() == ".csv":
            content = catalogue_io.export_csv(selected)
        else:
            raise CommandError("输出文件须以 .xlsx 或 .csv 结尾。")
        path.write_bytes(content)
        rows = catalogue_io.export_entries(selected).count()
        self.stdout.write(self.style.SUCCESS(f"已导出 {rows} 条目录记录到 {path}"))
