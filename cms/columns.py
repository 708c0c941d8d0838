"""Admin listing columns shared by the apps' viewsets."""

from wagtail.admin.ui.tables import BooleanColumn


class YesNoColumn(BooleanColumn):
    """Wagtail's tick/cross column, read out as 是/否 rather than True/False."""

    cell_template_name = "cms/tables/yes_no_cell.html"
