"""The synonym dictionary in the admin (人社部门管理员: 检索同义词), as a Wagtail snippet."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SearchSynonym


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = "检索同义词"
    add_to_admin_menu = True
    list_display = ["rule", "note", "updated_at"]
    search_fields = ["rule", "note"]


register_snippet(SearchSynonymViewSet)
