from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from directory.views import OrganisationViewSet, PersonViewSet


class DirectoryGroup(ViewSetGroup):
    menu_label = "单位与人员"
    menu_icon = "group"
    menu_order = 300
    items = (OrganisationViewSet("organisations"), PersonViewSet("people"))


@hooks.register("register_admin_viewset")
def register_directory():
    return DirectoryGroup()
