"""R3: which assignment or political reviewer a found reviewer PDF was issued to (its visible code, hidden marks, hash)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from review import services


class Command(BaseCommand):
    help = "追查外泄的评审 PDF（R3）：按文件哈希、PDF 标识、页面隐藏标记和可见水印编号，找出它发给了哪一项评审任务或哪一位政治把关人员。"

    def add_arguments(self, parser):
        parser.add_argument("pdf", help="找到的 PDF 文件路径")

    def handle(self, *args, pdf, **options):
        path = Path(pdf)
        if not path.is_file():
            raise CommandError(f"找不到文件：{pdf}")
        evidence = services.trace_leaked_copy(path.read_bytes())
        if not evidence:
            raise CommandError("该文件不带本平台发放的任何水印标记，无法对应到评审任务。")
        for issued, how in evidence.items():
            self.stdout.write(
                f"{issued.copy.round.submission.code} {issued.recipient}："
                f"水印编号 {issued.visible_code}，发放于 {issued.issued_at:%Y-%m-%d %H:%M}；依据：{'、'.join(how)}"
            )
