from wagtail.admin.viewsets.model import ModelViewSet

from cms.permissions import ScopedModelViewSet
from directory.models import Organisation, Person


class OrganisationViewSet(ScopedModelViewSet):
    model = Organisation
    icon = "site"
    menu_label = "单位"
    list_display = ["name", "kind", "province"]
    list_filter = ["kind", "province"]
    search_fields = ["name"]
    form_fields = [
        "name",
        "aliases",
        "kind",
        "province",
        "credit_code",
        "school_type",
        "is_national",
        "address",
        "contact_email",
        "contact_phone",
    ]


class PersonViewSet(ModelViewSet):
    model = Person
    icon = "user"
    menu_label = "人员"
    list_display = ["name", "employer", "title", "title_level"]
    list_filter = ["title_level", "party_org_approved"]
    search_fields = ["name"]
    form_fields = ["name", "employer", "title", "title_level", "email", "phone", "party_org_approved"]
    add_to_admin_menu = False
