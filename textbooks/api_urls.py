from django.urls import path

from textbooks import api

app_name = "catalogue_api"

urlpatterns = [
    path("versions/", api.version_list, name="versions"),
    path("versions/<int:pk>/", api.version_retrieve, name="version"),
    path("catalogues/", api.catalogue_list, name="catalogues"),
    path("openapi.json", api.openapi, name="openapi"),
]
