"""Remind reviewers whose round's deadline is near or past (run daily, e.g. from cron)."""

from django.core.management.base import BaseCommand

from cms.progress import Progress
from review import services


class Command(BaseCommand):
    help = "向评审截止日期临近或已过、尚未提交意见的评审专家发送提醒邮件（每天至多一次）。"

    def add_arguments(self, parser):
        parser.add_argument("--days-before", type=int, default=3, help="截止日期前几天开始提醒（默认 3）")

    def handle(self, *args, **options):
        due = services.assignments_needing_reminder(options["days_before"])
        progress = Progress(len(due), "提醒评审专家", self.stdout)
        sent = 0
        for assignment in due:
            sent += services.remind(assignment) is not None
            progress.advance()
        progress.finish()
        self.stdout.write(self.style.SUCCESS(f"已发送 {sent} 封提醒邮件。"))
