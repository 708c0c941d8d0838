"""List (and with --delete remove) files of the private store that no row refers to any more:
left by a crash between writing a file and committing its row, or by code paths older than the
on-commit deletion of superseded files (cms/private_files.py)."""

from django.core.management.base import BaseCommand

from cms.ooxml_gate import human_size
from cms.private_files import private_root, referenced_names
from cms.progress import track


class Command(BaseCommand):
    help = "列出（--delete 时删除）私有文件库中没有任何记录引用的文件，并报告释放的空间。"

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="删除找到的孤立文件")

    def handle(self, *args, delete=False, **options):
        root = private_root()
        referenced = referenced_names()
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []
        orphans = [
            (path, path.stat().st_size)
            for path in track(files, "检查私有文件", stream=self.stdout)
            if path.relative_to(root).as_posix() not in referenced
        ]
        for path, size in orphans:
            self.stdout.write(f"{'已删除' if delete else '孤立'}  {human_size(size):>10}  {path.relative_to(root).as_posix()}")
            if delete:
                path.unlink()
        total = sum(size for _, size in orphans)
        verb = "已删除" if delete else "可删除（加 --delete 删除）"
        self.stdout.write(f"共检查 {len(files)} 个文件；孤立文件 {len(orphans)} 个，{verb}，共 {human_size(total)}。")
