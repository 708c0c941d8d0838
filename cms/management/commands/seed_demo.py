"""Load realistic Chinese demo data. Idempotent: running it again updates rather than duplicates."""

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test.utils import override_settings

from cms import demo
from cms.progress import Progress, pad
from cms.roles import sync_role_groups
from curriculum.demo import seed_majors, seed_public_courses, seed_resource_review, seed_standards
from directory.demo import seed_organisations
from review.demo import EXPERTS_PER_CATEGORY, review_demo_cut_short, seed_experts, seed_review
from review.models import ExpertCategory
from search.demo import seed_search
from selection.demo import seed_committees, seed_selections
from textbooks.demo import seed_change_request, seed_textbooks, seed_verification_demo


def refresh_planner_statistics():
    """ANALYZE after each bulk step, as after any restore: until autovacuum gets to them,
    PostgreSQL plans with the statistics of the tables as they were (often empty), and the next
    step's queries (the review demo's conflict checks, the scoped admin lists) then pick nested
    loops that take minutes. Run inside a transaction (the test worlds), the statistics cover
    its uncommitted rows and are rolled back with it."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


class Command(BaseCommand):
    help = "生成演示数据（可重复运行）：专业、单位、专家库、教材与目录、课程标准、审核、选用、检索和各角色演示账号。"

    # Notifications that demo state changes trigger go to made-up addresses: discard them.
    @override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")
    def handle(self, *args, **options):
        logins = []
        # Later steps build on earlier ones; each app adds its own step here.
        steps = [
            ("角色与权限", sync_role_groups),
            ("专业与公共课程", lambda: (seed_majors(), seed_public_courses())),
            ("单位", seed_organisations),
            ("专家库", self._seed_experts),
            ("教材选用委员会", seed_committees),
            ("教材、编写单位资质与教材目录", seed_textbooks),
            ("工学一体化课程标准与公开页面", seed_standards),
            ("教材选用、公示、备案与监管", seed_selections),
            ("演示账号", lambda: logins.extend(demo.seed_users())),
            ("变更申请演示", seed_change_request),
            ("人社部门核验编写单位资质", seed_verification_demo),
            # The public site is searchable before anything is sent to review: the R3
            # re-identification check searches it for what reviewers will see.
            ("检索：公开检索索引（送审前）", seed_search),
            ("审核组织单位按本单位审核程序审核教学资源", seed_resource_review),
            # The review demo puts the demo reviewer login on panels, so it follows the logins.
            ("审核流程演示稿件（各阶段）", seed_review),
            ("检索：政策条文与公开检索索引", seed_search),
        ]
        for number, (label, step) in enumerate(steps, start=1):
            self.stdout.write(f"[{number}/{len(steps)}] {label}…")
            with transaction.atomic():
                step()
            refresh_planner_statistics()
        self._print_logins(logins)
        waiting = review_demo_cut_short()
        if waiting:
            self.stdout.write(self.style.WARNING(
                f"\n本机未安装 LibreOffice（soffice），评审专家的 PDF 审读稿无法生成：{len(waiting)} 份演示稿件停在“确认匿名稿”。"
                "安装 libreoffice-writer-nogui 后在新的数据库上运行 seed_demo，可得到完整的审核演示。"
            ))

    def _seed_experts(self):
        progress = Progress(EXPERTS_PER_CATEGORY * len(ExpertCategory), "    专家", self.stdout)
        seed_experts(progress)
        progress.finish()

    def _print_logins(self, rows):
        self.stdout.write(self.style.SUCCESS("\n演示数据已就绪（站点与管理后台的地址由启动命令给出，scripts/dev 默认 http://127.0.0.1:8000/）。"))
        self.stdout.write(f"所有演示账号的密码：{demo.DEMO_PASSWORD}\n")
        self.stdout.write(pad("账号", 16) + pad("角色", 24) + "单位")
        for username, role, unit in rows:
            self.stdout.write(pad(username, 16) + pad(role, 24) + unit)
