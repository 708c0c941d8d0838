from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from textbooks.views import (
    BatchViewSet,
    CatalogueViewSet,
    ChangeRequestViewSet,
    PublisherPenaltyViewSet,
    PublisherProfileViewSet,
    TextbookViewSet,
    UnitProfileViewSet,
    VersionViewSet,
)

LOG_ACTIONS = [
    ("textbooks.textbook.create", "创建教材", "创建了教材"),
    ("textbooks.textbook.change", "修改教材", "修改了教材"),
    ("textbooks.version.create", "创建教材版本", "创建了教材版本"),
    ("textbooks.version.change", "修改教材版本", "修改了教材版本"),
    ("textbooks.version.announce", "公示编写人员", "公示了编写人员"),
    ("textbooks.version.submit", "送审", "提交了审核"),
    ("textbooks.version.reopen", "退回修改", "按“修改后通过”结论退回修改"),
    ("textbooks.version.approve", "批准并冻结", "批准并冻结了该版本"),
    ("textbooks.version.reject", "审核未通过", "作出审核未通过结论"),
    ("textbooks.version.altered", "发现擅自更改", "内容指纹不一致，标记为擅自更改"),
    ("textbooks.version.stop", "停止使用", "下达停止使用通知"),
    ("textbooks.catalogue.add", "纳入目录", "纳入了目录"),
    ("textbooks.change.request", "提交变更申请", "提交了变更申请"),
    ("textbooks.change.approve", "批准变更", "批准变更并生成新版本"),
    ("textbooks.change.reject", "驳回变更", "驳回了变更申请"),
    ("textbooks.team.relax", "放宽编写人员要求", "记录理由后放宽了编写人员要求（第十三条至第十五条）"),
    ("textbooks.change.send_to_review", "退回重新审核", "认定为实质性修改，退回重新审核（第十八条、第二十三条）"),
    ("textbooks.catalogue.import", "导入目录", "导入了教材目录"),
    ("textbooks.unit.verify", "核验编写单位资质", "核验了编写单位资质（第十二条）"),
    ("textbooks.publisher.verify", "核验出版单位资质", "核验了出版单位资质（第二十四条）"),
]


class TextbooksGroup(ViewSetGroup):
    menu_label = "教材与目录"
    menu_icon = "doc-full"
    menu_order = 250
    items = (
        TextbookViewSet(),
        VersionViewSet(),
        ChangeRequestViewSet(),
        UnitProfileViewSet(),
        PublisherProfileViewSet(),
        PublisherPenaltyViewSet(),
        CatalogueViewSet(),
        BatchViewSet(),
    )


@hooks.register("register_admin_viewset")
def register_textbooks():
    return TextbooksGroup()


@hooks.register("register_log_actions")
def register_textbook_actions(actions):
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)
