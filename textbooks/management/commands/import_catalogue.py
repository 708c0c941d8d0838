"""Import a catalogue list from an XLSX workbook: every row or none (see textbooks.catalogue_io)."""

from django.core.management.base import BaseCommand, CommandError

from cms.progress import Progress
from textbooks import catalogue_io


class Command(BaseCommand):
    help = "从 Excel（.xlsx）导入教材目录；任何一行未通过校验则全部不导入，并逐行报告原因。"

    def add_arguments(self, parser):
        parser.add_argument("path", help="Excel 工作簿路径（列与导出文件相同）")

    def handle(self, path, **options):
        try:
            with open(path, "rb") as handle:
                rows = len(catalogue_io.read_rows(handle))
                handle.seek(0)
                progress = Progress(rows, "校验并导入", self.stdout)
                report = catalogue_io.import_catalogue(handle, None, progress)
                progress.finish()
        except OSError as error:
            raise CommandError(f"无法打开文件：{path}（{error.strerror}）") from error
        except catalogue_io.ImportFileError as error:
            raise CommandError(str(error)) from error
        for row in report.rows:
            if row.ok:
                self.stdout.write(f"第 {row.number} 行 {row.title}：通过")
            else:
                self.stdout.write(self.style.ERROR(f"第 {row.number} 行 {row.title}：" + "；".join(row.errors)))
        if not report.saved:
            raise CommandError(report.summary)
        self.stdout.write(self.style.SUCCESS(report.summary))
