from cms.permissions import ScopedModelViewSet
from selection.models import SelectionCommittee


class SelectionCommitteeViewSet(ScopedModelViewSet):
    model = SelectionCommittee
    icon = "group"
    menu_label = "教材选用委员会"
    menu_order = 500
    add_to_admin_menu = True
    list_display = ["school", "announced_on"]
    search_fields = ["school__name"]
