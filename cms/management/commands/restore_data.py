"""Restore a backup made by backup_data into an empty database and empty file stores, then prove
nothing was lost (cms/backup.py)."""

from django.core.management.base import BaseCommand, CommandError

from cms import backup


class Command(BaseCommand):
    help = "把 backup_data 生成的备份恢复到空数据库和空文件库，并逐项核对行数、冻结版本内容指纹和每个文件。"

    def add_arguments(self, parser):
        parser.add_argument("source", help="backup_data 生成的备份目录")

    def handle(self, *args, source, **options):
        try:
            problems = backup.restore(source, self.stdout)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(f"恢复后核对发现 {len(problems)} 处缺失或不一致。")
        self.stdout.write(self.style.SUCCESS("恢复完成，核对无缺失：行数、冻结版本内容指纹和文件均与备份一致。"))
