"""Read-only JSON API of the public catalogue: the same filters and pagination as the pages.

Only approved versions are served (``textbooks.catalogue.public_versions``); the OpenAPI
description is built from the same filter set, so the two cannot drift apart.
"""

import django_filters
from django.http import Http404, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from cms.page_cache import content_fragment, content_fragments
from textbooks import catalogue

API_VERSION = "1.0.0"


def _image_url(version, spec):
    if not version.cover:
        return None
    return version.cover.get_rendition(spec).url


def version_summary(version, cover=catalogue.LIST_COVER):
    textbook = version.textbook
    return {
        "id": version.pk,
        "textbook_id": textbook.pk,
        "title": textbook.title,
        "subtitle": textbook.subtitle,
        "edition": version.edition,
        "edition_label": version.edition_label,
        "isbn": version.isbn,
        "publisher": version.publisher.name if version.publisher else None,
        "published_on": version.published_on.isoformat() if version.published_on else None,
        "price": f"{version.price:.2f}" if version.price is not None else None,
        "form": version.form,
        "form_label": version.get_form_display(),
        "category": textbook.category,
        "category_label": textbook.get_category_display(),
        "planning_level": textbook.planning_level,
        "planning_level_label": textbook.get_planning_level_display(),
        "province": textbook.province,
        "majors": [{"code": m.code, "name": m.name} for m in textbook.prefetched_majors],
        "levels": [{"code": level.code, "name": level.name} for level in textbook.prefetched_levels],
        "catalogues": [
            {
                "id": entry.catalogue_id,
                "name": entry.catalogue.name,
                "kind": entry.catalogue.kind,
                "batch": entry.batch.name if entry.batch else None,
                "batch_id": entry.batch_id,
            }
            for entry in version.prefetched_entries
        ],
        "selectable": version.is_selectable,
        "status": version.public_status,
        "cover": _image_url(version, cover),
    }


def version_detail(version):
    textbook = version.textbook
    # The detail's cover only: the list size is neither prefetched nor shown (it cost a query).
    data = version_summary(version, cover=catalogue.DETAIL_COVER)
    data.update(
        {
            "compiling_unit": textbook.compiling_unit.name,
            "chief_editor": version.chief_editor.name if version.chief_editor else None,
            "courses": [{"code": c.code, "name": c.name} for c in textbook.prefetched_courses],
            "description": version.description,
            "revision_due_on": version.revision_due_on.isoformat() if version.revision_due_on else None,
        }
    )
    return data


def _json(data, status=200):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def _summaries(version_ids):
    versions = catalogue.with_listing_data(catalogue.listed_versions().filter(pk__in=version_ids))
    return {version.pk: version_summary(version) for version in versions}


@require_GET
def version_list(request):
    filterset, ids = catalogue.filtered_ids(request.GET)
    if not filterset.is_valid():
        return _json({"errors": filterset.errors.get_json_data()}, status=400)
    page = catalogue.page_of(ids, request.GET)
    # Each summary depends on its version's content alone: kept per version, like a catalogue row.
    page_ids = list(page.object_list)
    summaries = content_fragments(request, {pk: f"api-version:{pk}" for pk in page_ids}, _summaries)
    query = request.GET.copy()

    def link(number):
        query["page"] = number
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return _json(
        {
            "count": page.paginator.count,
            "page": page.number,
            "page_size": page.paginator.per_page,
            "num_pages": page.paginator.num_pages,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
            "results": [summaries[pk] for pk in page_ids if pk in summaries],  # one withdrawn meanwhile is left out
        }
    )


@require_GET
def version_retrieve(request, pk):
    def detail():
        version = catalogue.detail_versions_by_pk(pk)
        return version_detail(version) if version else None

    data = content_fragment(request, f"api-version-detail:{pk}", detail)
    if data is None:
        raise Http404
    return _json(data)


def _catalogues():
    return [
        {
            "id": c.pk,
            "kind": c.kind,
            "kind_label": c.get_kind_display(),
            "name": c.name,
            "province": c.province,
            "batches": [
                {
                    "id": b.pk,
                    "name": b.name,
                    "published_on": b.published_on.isoformat() if b.published_on else None,
                    "document_number": b.document_number,
                }
                for b in c.batches.all()
            ],
        }
        for c in catalogue.catalogues_with_batches()
    ]


@require_GET
def catalogue_list(request):
    return _json({"results": content_fragment(request, "api-catalogues", _catalogues)})


def _filter_parameter(name, filter_):
    schema = {"type": "string"}
    description = str(filter_.label)
    # ModelChoiceFilter is a ChoiceFilter too: rows are named by code or by id, not by an enum.
    if isinstance(filter_, django_filters.ModelChoiceFilter):
        by_code = bool(filter_.extra.get("to_field_name"))
        schema = {"type": "string"} if by_code else {"type": "integer"}
        description += "（代码）" if by_code else "（ID）"
    elif isinstance(filter_, django_filters.ChoiceFilter):
        schema["enum"] = [value for value, _ in filter_.extra["choices"]]
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


def openapi_document(list_url, detail_url, catalogues_url):
    parameters = [_filter_parameter(name, f) for name, f in catalogue.CatalogueFilter.base_filters.items()]
    parameters += [
        {"name": "page", "in": "query", "required": False, "description": "页码（从 1 开始）", "schema": {"type": "integer", "minimum": 1}},
        {
            "name": "page_size",
            "in": "query",
            "required": False,
            "description": f"每页条数（默认 {catalogue.DEFAULT_PAGE_SIZE}，最多 {catalogue.MAX_PAGE_SIZE}）",
            "schema": {"type": "integer", "minimum": 1, "maximum": catalogue.MAX_PAGE_SIZE},
        },
    ]
    named = {"type": "object", "properties": {"code": {"type": "string"}, "name": {"type": "string"}}}
    nullable_string = {"type": "string", "nullable": True}
    summary = {
        "type": "object",
        "properties": {
            "id": {"type": "integer", "description": "教材版本 ID"},
            "textbook_id": {"type": "integer"},
            "title": {"type": "string"},
            "subtitle": {"type": "string"},
            "edition": {"type": "integer"},
            "edition_label": {"type": "string"},
            "isbn": {"type": "string"},
            "publisher": nullable_string,
            "published_on": {**nullable_string, "format": "date"},
            "price": {**nullable_string, "description": "定价（元）"},
            "form": {"type": "string"},
            "form_label": {"type": "string"},
            "category": {"type": "string"},
            "category_label": {"type": "string"},
            "planning_level": {"type": "string"},
            "planning_level_label": {"type": "string"},
            "province": {"type": "string"},
            "majors": {"type": "array", "items": named},
            "levels": {"type": "array", "items": named},
            "catalogues": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer"},
                        "name": {"type": "string"},
                        "kind": {"type": "string"},
                        "batch": nullable_string,
                        "batch_id": {"type": "integer", "nullable": True},
                    },
                },
            },
            "selectable": {"type": "boolean", "description": "审核通过、未被擅自更改且未停止使用（S6）"},
            "status": {"type": "string"},
            "cover": {**nullable_string, "description": "封面缩略图地址"},
        },
    }
    detail = {
        "allOf": [
            {"$ref": "#/components/schemas/VersionSummary"},
            {
                "type": "object",
                "properties": {
                    "compiling_unit": {"type": "string"},
                    "chief_editor": nullable_string,
                    "courses": {"type": "array", "items": named},
                    "description": {"type": "string"},
                    "revision_due_on": {**nullable_string, "format": "date"},
                },
            },
        ]
    }
    page = {
        "type": "object",
        "properties": {
            "count": {"type": "integer"},
            "page": {"type": "integer"},
            "page_size": {"type": "integer"},
            "num_pages": {"type": "integer"},
            "next": nullable_string,
            "previous": nullable_string,
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/VersionSummary"}},
        },
    }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "技工院校教材目录 API",
            "version": API_VERSION,
            "description": "只读接口：仅提供审核通过并经批准的教材版本（《技工院校教材管理工作实施细则》第二十三条）。",
        },
        "paths": {
            list_url: {
                "get": {
                    "summary": "教材版本列表（分页、可筛选）",
                    "operationId": "listVersions",
                    "parameters": parameters,
                    "responses": {
                        "200": {"description": "一页教材版本", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VersionPage"}}}},
                        "400": {"description": "筛选条件有误"},
                    },
                }
            },
            detail_url: {
                "get": {
                    "summary": "教材版本详情",
                    "operationId": "getVersion",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                    "responses": {
                        "200": {"description": "教材版本", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VersionDetail"}}}},
                        "404": {"description": "不存在或未公开"},
                    },
                }
            },
            catalogues_url: {
                "get": {
                    "summary": "目录及规划批次",
                    "operationId": "listCatalogues",
                    "responses": {"200": {"description": "全部目录及其批次"}},
                }
            },
        },
        "components": {"schemas": {"VersionSummary": summary, "VersionDetail": detail, "VersionPage": page}},
    }


@require_GET
def openapi(request):
    detail_url = reverse("catalogue_api:version", args=[0]).replace("/0/", "/{id}/")
    return _json(
        openapi_document(
            reverse("catalogue_api:versions"), detail_url, reverse("catalogue_api:catalogues")
        )
    )
