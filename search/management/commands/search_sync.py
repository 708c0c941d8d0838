"""Apply the index updates still waiting in the retry queue (after a search-server outage)."""

from django.core.management.base import BaseCommand, CommandError

from search import sync


class Command(BaseCommand):
    help = "同步待更新的检索索引（检索服务中断后重试队列中的更新）。"

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="不等待退避时间，立即重试全部待同步项")

    def handle(self, *args, **options):
        before = sync.pending_count()
        applied = 0
        while True:
            done = sync.drain(due_only=not options["now"])
            applied += done
            if not done:
                break
        left = sync.pending_count()
        if left and options["now"]:
            raise CommandError(f"仍有 {left} 项未能同步，检索服务可能仍不可用；稍后重试。")
        self.stdout.write(self.style.SUCCESS(f"已同步 {applied} 项（原有 {before} 项，剩余 {left} 项）。"))
