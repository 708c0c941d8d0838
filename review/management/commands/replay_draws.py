"""R5 and S10: replay recorded draws — review panels and textbook quality checks — and prove each
result from its candidate list, hash and seed."""

from django.core.management.base import BaseCommand, CommandError

from review import services
from review.models import PanelDraw
from selection import services as selection_services
from selection.models import QualityCheck


class Command(BaseCommand):
    help = "重放专家抽取记录（R5）和教材质量抽查（S10）：核对候选名单 SHA-256，用记录的种子重新抽取，证明结果与记录一致。"

    def add_arguments(self, parser):
        parser.add_argument("--code", help="只重放该审核编号的专家抽取记录（不含质量抽查）")

    def handle(self, *args, code=None, **options):
        records = PanelDraw.objects.select_related("round__submission").order_by("at", "pk")
        if code:
            records = records.filter(round__submission__code=code)
        total = records.count()
        failures = 0
        for n, record in enumerate(records, start=1):
            problems = services.replay(record)
            label = f"[{n}/{total}] {record.round.submission.code} 第{record.round.number}轮{record.get_kind_display()}"
            if problems:
                failures += 1
                self.stdout.write(self.style.ERROR(f"{label}：不一致：{'；'.join(problems)}"))
            else:
                self.stdout.write(f"{label}：一致（候选 {len(record.candidates)} 名，SHA-256 {record.candidates_sha256[:16]}…，抽中 {record.drawn}）")
        if not code:
            checks = QualityCheck.objects.order_by("drawn_at", "pk")
            total += checks.count()
            for check in checks:
                problems = selection_services.replay_quality_check(check)
                if problems:
                    failures += 1
                    self.stdout.write(self.style.ERROR(f"{check}：不一致：{'；'.join(problems)}"))
                else:
                    self.stdout.write(f"{check}：一致（候选 {len(check.candidates)} 种，SHA-256 {check.candidates_sha256[:16]}…，抽中 {check.sample_size} 种）")
        if failures:
            raise CommandError(f"{failures} 条抽取记录无法复现。")
        self.stdout.write(self.style.SUCCESS(f"{total} 条抽取记录均已复现。"))
