from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup

from selection.views import (
    DashboardView,
    IntegratedPilotViewSet,
    NegativeListViewSet,
    ProvincialFilingViewSet,
    QualityCheckViewSet,
    SelectionCommitteeViewSet,
    SelectionRoundViewSet,
    StopUseOrderViewSet,
    UsageReportViewSet,
    WorkingDayOverrideViewSet,
)


class SelectionGroup(ViewSetGroup):
    menu_label = "教材选用"
    menu_icon = "list-ul"
    menu_order = 500
    items = (
        SelectionCommitteeViewSet(),
        SelectionRoundViewSet(),
        UsageReportViewSet(),
        ProvincialFilingViewSet(),
        StopUseOrderViewSet(),
        NegativeListViewSet(),
        QualityCheckViewSet(),
        IntegratedPilotViewSet(),
        WorkingDayOverrideViewSet(),
    )


@hooks.register("register_admin_viewset")
def register_selection():
    return SelectionGroup()


@hooks.register("register_admin_urls")
def register_dashboard_url():
    return [path("selection/dashboard/", DashboardView.as_view(), name="selection_dashboard")]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("selection.view_selectionround")


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return DashboardMenuItem("教材选用监管看板", reverse("selection_dashboard"), icon_name="table", order=510)


@hooks.register("register_log_actions")
def register_selection_actions(actions):
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


LOG_ACTIONS = [
    ("selection.committee.announce", "公示委员会成员", "公示了委员会成员"),
    ("selection.round.create", "创建教材选用", "创建了教材选用"),
    ("selection.line.select", "选用教材", "选用了教材"),
    ("selection.line.remove", "删除选用教材", "删除了选用教材"),
    ("selection.round.reselect", "沿用上学期教材", "沿用了上学期教材"),
    ("selection.round.publish", "公示选用结果", "公示了选用结果"),
    ("selection.objection.raise", "提出公示异议", "收到公示异议"),
    ("selection.objection.resolve", "处理公示异议", "处理了公示异议"),
    ("selection.round.close_notice", "结束公示", "结束了公示"),
    ("selection.round.finalise", "确定选用结果", "确定了选用结果"),
    ("selection.round.file", "选用结果备案", "将选用结果报人社部门备案"),
    ("selection.province.file", "省级年度备案", "将本省年度选用情况报人力资源社会保障部备案"),
    ("selection.stop_use.issue", "下达停用通知", "下达了停用通知"),
    ("selection.stop_use.notify", "收到停用通知", "收到停用通知，须更换教材"),
    ("selection.stop_use.replace", "更换停用教材", "更换了停用教材"),
    ("selection.stop_use.lift", "解除停用", "解除了停用通知"),
    ("selection.negative_list.add", "列入负面清单", "列入负面清单"),
    ("selection.negative_list.lift", "移出负面清单", "移出负面清单"),
    ("selection.check.draw", "抽取抽查教材", "抽取了抽查教材"),
    ("selection.check.finding", "记录抽查结论", "记录了抽查结论"),
    ("selection.usage_report.file", "报送教材使用情况报告", "报送了教材使用情况报告"),
]
