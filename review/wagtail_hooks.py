from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from review import admin_views, services
from review.views import ExpertViewSet

LOG_ACTIONS = [
    ("review.checks.record", "登记送审前核查", "登记了送审前核查（编写人员公示、重大选题备案）"),
    ("review.self_check.record", "登记专题自查", "出版单位政治把关机构登记了送审前专题自查"),
    ("review.submit", "送审", "提交审核"),
    ("review.intake", "受理并确认内容属性", "受理送审稿，确认或更正了内容属性（R9、R10、第二十二条）"),
    ("review.refuse_intake", "不予受理", "按确认的内容属性不予受理（R10）"),
    ("review.procedure.set", "制定审核程序", "制定了本单位的审核程序（第十六条、第二十二条）"),
    ("review.copy.resolve", "处理遮盖清单", "逐项遮盖或不遮盖（附理由）了匿名稿的遮盖清单"),
    ("review.copy.confirm", "确认发放内容", "查看发放预览后确认了匿名稿的发放内容"),
    ("review.neutral_title", "改用中性名称", "发放前复查发现公开记录可据送审名称查到编写单位或人员，改用中性名称（R3）"),
    ("review.copy.request_clean", "要求提供干净文件", "要求编写单位提供不含身份信息的文件（列明页码和内容）"),
    ("review.copy.replaced", "提交干净文件", "编写单位提交了干净文件，已重新匿名化处理"),
    ("review.copy.issue", "发放带水印的 PDF", "向一名评审专家发放了带可见编号和隐藏标记的 PDF 审核稿"),
    ("review.round.docx_allowed", "设置 DOCX 下载", "设置本轮评审专家能否另行下载 DOCX 原格式"),
    ("review.override", "回避例外", "例外处理了专家回避（附理由）"),
    ("review.draw", "抽取专家", "随机抽取了评审专家"),
    ("review.release", "发放匿名稿", "发放匿名稿，开始盲审"),
    ("review.declare", "利益冲突声明", "评审专家作出利益冲突声明"),
    ("review.opinion", "提交评审意见", "评审专家提交了评审意见"),
    ("review.decline", "谢绝评审邀请", "评审专家谢绝了评审邀请（附理由）"),
    ("review.annotated_copy", "上传批注稿", "评审专家上传了批注稿（已匿名化）"),
    ("review.extension.request", "申请延期", "评审专家申请延长评审期限"),
    ("review.extension.decide", "处理延期申请", "审核组织单位处理了延期申请"),
    ("review.close_round", "结束评审轮次", "结束了本轮评审"),
    ("review.decide_pass", "审核通过", "作出“通过”结论"),
    ("review.send_to_political_review", "送政治把关", "作出“通过”结论并送政治把关"),
    ("review.decide_revise", "修改后通过", "作出“修改后通过”结论"),
    ("review.decide_fail", "审核不通过", "作出“不通过”结论"),
    ("review.political_pass", "政治把关通过", "政治把关通过"),
    ("review.political_fail", "政治把关不通过", "政治把关不通过"),
    ("review.resubmit", "提交修改稿", "提交修改稿，进入下一轮"),
    ("review.approve", "批准入库", "批准并纳入目录或信息库"),
]


@hooks.register("register_admin_viewset")
def register_expert_pool():
    return ExpertViewSet("experts")


@hooks.register("register_admin_urls")
def register_review_urls():
    urls = [
        path("", admin_views.submission_list, name="list"),
        path("submit/", admin_views.submit_list, name="submit"),
        path("submit/<int:ct>/<int:pk>/<str:action>/", admin_views.submit_item, name="submit_item"),
        path("self-check/", admin_views.self_check_list, name="self_check"),
        path("procedure/", admin_views.practical_skills_procedure, name="procedure"),
        path("self-check/<int:pk>/", admin_views.self_check_record, name="self_check_record"),
        path("draws/", admin_views.draw_list, name="draws"),
        path("draws/<int:pk>/", admin_views.draw_detail, name="draw"),
        path("<int:pk>/", admin_views.submission_detail, name="detail"),
        path("<int:pk>/letter/", admin_views.decision_letter, name="letter"),
        path("<int:pk>/copies/<int:copy_pk>/preview/", admin_views.copy_preview, name="preview"),
        path("<int:pk>/<str:action>/", admin_views.submission_action, name="action"),
    ]
    return [path("review/", include((urls, "review_admin"), namespace="review_admin"))]


class SubmissionsMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return (
            user.has_perm("review.organise_submission")
            or user.has_perm(admin_views.ADD_SUBMISSION)
            or services.authored_by(user).exists()
        )


@hooks.register("register_admin_menu_item")
def register_submissions_menu():
    return SubmissionsMenuItem("送审与审核", reverse("review_admin:list"), icon_name="tasks", order=390)


class ProcedureMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("review.organise_submission")


@hooks.register("register_admin_menu_item")
def register_procedure_menu():
    return ProcedureMenuItem("审核程序", reverse("review_admin:procedure"), icon_name="cogs", order=391)


class SelfCheckMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(services.RECORD_SELF_CHECK)


@hooks.register("register_admin_menu_item")
def register_self_check_menu():
    return SelfCheckMenuItem("专题自查", reverse("review_admin:self_check"), icon_name="doc-full", order=385)


class DrawsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW_DRAWS)


@hooks.register("register_admin_menu_item")
def register_draws_menu():
    return DrawsMenuItem("专家抽取记录", reverse("review_admin:draws"), icon_name="list-ul", order=392)


@hooks.register("register_log_actions")
def register_review_actions(actions):
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)
