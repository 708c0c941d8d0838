from wagtail import hooks

from selection.views import SelectionCommitteeViewSet


@hooks.register("register_admin_viewset")
def register_committees():
    return SelectionCommitteeViewSet("committees")


@hooks.register("register_log_actions")
def register_selection_actions(actions):
    actions.register_action("selection.committee.announce", "公示委员会成员", "公示了委员会成员")
