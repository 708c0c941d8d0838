"""The public catalogue's one query: approved versions, filtered the same way by pages and API.

Only approved versions are public (Art. 23 "定期公开发布"); drafts, versions under review,
rejected and superseded ones never appear. Stopped versions leave the lists (S12, Art. 36) but
keep their detail page, which says so; altered versions stay listed with their status so that
schools learn they may no longer select them.
"""

import django_filters
from django import forms
from django.core.paginator import Paginator
from django.db.models import Case, Prefetch, Q, Value, When
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images import get_image_model

from curriculum.models import Major, TrainingLevel
from textbooks import rules
from textbooks.models import (
    Batch,
    Catalogue,
    CatalogueEntry,
    PlanningLevel,
    TextbookCategory,
    TextbookForm,
    TextbookVersion,
    VersionStatus,
)

LIST_COVER = "fill-90x120"
DETAIL_COVER = "max-300x400"
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
ALL = "全部"
# Planned catalogues first, the information library last (the order Art. 28 selects in).
CATALOGUE_ORDER = ["national_planned", "provincial_planned", "vocational_training", "skills_upgrading", "information_library"]


def public_versions():
    return TextbookVersion.objects.filter(status=VersionStatus.APPROVED)


def option_tags(choices):
    """[(value, its <option> tag)] of a select's choices, escaped once."""
    return [(str(key), format_html('<option value="{}">{}</option>', str(key), label)) for key, label in choices]


class PlainSelect(forms.Select):
    """The same select, built in Python: Django renders each option through two templates, which
    cost some 3 ms of CPU per catalogue page view for the filter form's ~70 options. ``tags``
    (``option_tags``, kept by ``offer``) spares escaping them again."""

    tags = None

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        tags = self.tags if self.tags is not None else option_tags(self.choices)
        # An escaped value holds no '">': the first one closes the value attribute.
        options = "".join(tag.replace('">', '" selected>', 1) if key in chosen else tag for key, tag in tags)
        return format_html(
            '<select name="{}"{}>{}</select>', name, flatatt(self.build_attrs(self.attrs, attrs)), mark_safe(options)  # noqa: S308 (escaped above)
        )


class CatalogueFilter(django_filters.FilterSet):
    """Filters of the public catalogue; the API's OpenAPI parameters are derived from these."""

    q = django_filters.CharFilter(label="书名或 ISBN", method="filter_text")
    catalogue = django_filters.ModelChoiceFilter(
        label="目录", queryset=Catalogue.objects.all(), field_name="catalogue_entries__catalogue", empty_label=ALL,
        widget=PlainSelect,
    )
    batch = django_filters.ModelChoiceFilter(
        label="规划批次",
        queryset=Batch.objects.select_related("catalogue"),
        field_name="catalogue_entries__batch",
        empty_label=ALL,
        widget=PlainSelect,
    )
    major = django_filters.ModelChoiceFilter(
        label="专业", queryset=Major.objects.all(), to_field_name="code", field_name="textbook__majors", empty_label=ALL,
        widget=PlainSelect,
    )
    level = django_filters.ModelChoiceFilter(
        label="培养层级",
        queryset=TrainingLevel.objects.all(),
        to_field_name="code",
        field_name="textbook__levels",
        empty_label=ALL,
        widget=PlainSelect,
    )
    category = django_filters.ChoiceFilter(
        label="教材类别", choices=TextbookCategory.choices, field_name="textbook__category", empty_label=ALL, widget=PlainSelect
    )
    planning_level = django_filters.ChoiceFilter(
        label="规划级别", choices=PlanningLevel.choices, field_name="textbook__planning_level", empty_label=ALL,
        widget=PlainSelect,
    )
    form = django_filters.ChoiceFilter(label="教材形态", choices=TextbookForm.choices, empty_label=ALL, widget=PlainSelect)

    class Meta:
        model = TextbookVersion
        fields = ["q", "catalogue", "batch", "major", "level", "category", "planning_level", "form"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form.label_suffix = ""

    def filter_text(self, queryset, name, value):
        isbn = rules.normalise_isbn(value)
        return queryset.filter(Q(textbook__title__icontains=value.strip()) | Q(isbn=isbn))


# The filters' selects, their options escaped once and kept per content generation
# (CataloguePage.index): four of them list rows of the database, four queries per page.
OPTION_FILTERS = ("catalogue", "batch", "major", "level", "category", "planning_level", "form")


def filter_options(filterset):
    """{filter name: option_tags}, the empty choice first, as the filter form offers them."""
    return {name: option_tags(filterset.form.fields[name].choices) for name in OPTION_FILTERS}


def offer(filterset, options):
    """Shows ``filter_options()`` (kept) instead of querying them again; validation still checks
    a chosen value against the database."""
    for name in OPTION_FILTERS:
        filterset.form.fields[name].widget.tags = options[name]


def listed_versions():
    return TextbookVersion.objects.filter(**rules.listed_filter())


LIST_ORDER = ("textbook__title_sort", "-edition", "pk")


def _chosen(params):
    """(filterset, the chosen versions in list order, without duplicates) for request GET parameters."""
    filterset = CatalogueFilter(params, queryset=listed_versions())
    queryset = filterset.qs if filterset.is_valid() else listed_versions().none()
    return filterset, TextbookVersion.objects.filter(pk__in=queryset.values("pk")).order_by(*LIST_ORDER)


def filtered_ids(params):
    """(filterset, the chosen versions' ids in list order): a page lists rows kept per version."""
    filterset, chosen = _chosen(params)
    return filterset, chosen.values_list("pk", flat=True)


def _covers(spec):
    return Prefetch("cover", queryset=get_image_model().objects.prefetch_renditions(spec))


def _related_lists(*textbook_relations):
    """Catalogue memberships and the textbook's relations as plain lists (``prefetched_entries``,
    ``textbook.prefetched_<relation>``): with to_attr, Django builds no related manager and
    queryset per row, which cost some 3 ms of CPU on a page of 20 rows."""
    entries = CatalogueEntry.objects.select_related("catalogue", "batch").order_by("catalogue__kind")
    return [
        Prefetch("catalogue_entries", queryset=entries, to_attr="prefetched_entries"),
        *(Prefetch(f"textbook__{name}", to_attr=f"prefetched_{name}") for name in textbook_relations),
    ]


def with_listing_data(queryset):
    """Everything a list row shows, in a fixed number of queries whatever the page size."""
    return queryset.select_related("textbook", "publisher").prefetch_related(
        _covers(LIST_COVER), *_related_lists("majors", "levels")
    )


def _with_detail_data(queryset):
    return queryset.select_related("textbook__compiling_unit", "publisher", "chief_editor").prefetch_related(
        _covers(DETAIL_COVER), *_related_lists("courses", "majors", "levels")
    )


def page_of(queryset, params):
    try:
        size = min(max(int(params.get("page_size", DEFAULT_PAGE_SIZE)), 1), MAX_PAGE_SIZE)
    except (TypeError, ValueError):
        size = DEFAULT_PAGE_SIZE
    return Paginator(queryset, size).get_page(params.get("page"))


def detail_versions(textbook_id):
    """A textbook's public editions, newest first, with catalogue memberships and covers."""
    return _with_detail_data(public_versions().filter(textbook_id=textbook_id)).order_by("-edition", "-change_number")


def catalogues_with_batches():
    rank = Case(*[When(kind=kind, then=Value(i)) for i, kind in enumerate(CATALOGUE_ORDER)])
    return Catalogue.objects.prefetch_related("batches").order_by(rank, "province")


def detail_versions_by_pk(pk):
    """One public version with everything the API's detail shows, or None."""
    return _with_detail_data(public_versions().filter(pk=pk)).first()
