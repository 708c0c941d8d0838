from django.urls import path

from review import workspace

app_name = "review_workspace"

urlpatterns = [
    path("", workspace.index, name="index"),
    path("a/<int:pk>/", workspace.assignment_detail, name="assignment"),
    path("a/<int:pk>/declare/", workspace.declare, name="declare"),
    path("guidelines/", workspace.guidelines, name="guidelines"),
    path("a/<int:pk>/decline/", workspace.decline, name="decline"),
    path("a/<int:pk>/opinion/", workspace.submit_opinion, name="opinion"),
    path("a/<int:pk>/draft/", workspace.save_draft, name="draft"),
    path("a/<int:pk>/annotated/", workspace.upload_annotated, name="annotated_upload"),
    path("a/<int:pk>/annotated/file/", workspace.annotated_download, name="annotated_download"),
    path("a/<int:pk>/extension/", workspace.request_extension, name="extension"),
    path("a/<int:pk>/files/<int:copy_pk>/", workspace.download, name="download"),
    path("a/<int:pk>/files/<int:copy_pk>/docx/", workspace.download_docx, name="download_docx"),
    path("political/", workspace.political_index, name="political_index"),
    path("political/<int:pk>/", workspace.political_detail, name="political_detail"),
    path("political/<int:pk>/files/<int:copy_pk>/", workspace.political_download, name="political_download"),
]
