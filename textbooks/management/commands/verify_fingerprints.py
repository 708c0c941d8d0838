"""Recompute every frozen version's fingerprint and mark mismatches as altered (Art. 23, 28(4))."""

from django.core.management.base import BaseCommand

from cms.progress import Progress
from textbooks import services
from textbooks.models import TextbookVersion


class Command(BaseCommand):
    help = "重新计算所有已冻结教材版本的内容指纹；不一致的标记为擅自更改（不得选用）。"

    def handle(self, *args, **options):
        total = TextbookVersion.objects.filter(frozen_at__isnull=False).count()
        progress = Progress(total, "校验内容指纹", self.stdout)
        altered = services.verify_fingerprints(progress)
        progress.finish()
        for version in altered:
            self.stdout.write(self.style.ERROR(f"已更改：{version}（ISBN {version.isbn or '无'}）"))
        summary = f"共校验 {total} 个已冻结版本，新发现 {len(altered)} 个被擅自更改。"
        self.stdout.write(self.style.WARNING(summary) if altered else self.style.SUCCESS(summary))
