"""Back up the database and both file stores into a new directory, with a manifest (cms/backup.py)."""

from django.core.management.base import BaseCommand, CommandError

from cms import backup


class Command(BaseCommand):
    help = "备份数据库（PostgreSQL 用 pg_dump，SQLite 用在线备份）与公开、私有文件库到一个新目录，并写入清单。"

    def add_arguments(self, parser):
        parser.add_argument("target", help="备份目录（须不存在或为空）")

    def handle(self, *args, target, **options):
        try:
            manifest = backup.backup(target, self.stdout)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        files = sum(len(names) for names in manifest["files"].values())
        self.stdout.write(self.style.SUCCESS(
            f"已备份到 {target}：{sum(manifest['rows'].values())} 行数据，{len(manifest['fingerprints'])} 个冻结版本，{files} 个文件。"
        ))
