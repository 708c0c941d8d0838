from wagtail.admin.viewsets.model import ModelViewSet

from cms.columns import YesNoColumn
from review.models import Expert


class ExpertViewSet(ModelViewSet):
    model = Expert
    icon = "user"
    menu_label = "专家库"
    menu_order = 400
    add_to_admin_menu = True
    list_display = ["person", "category", YesNoColumn("active", label="在库")]
    list_filter = ["category", "active", "specialties"]
    search_fields = ["person__name"]
    form_fields = ["person", "category", "specialties", "active", "joined_on"]
