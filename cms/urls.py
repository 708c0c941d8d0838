from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from cms import guides, private_files, site_history
from cms.accounts import AccountSettingsView, SignInView, SignOutView

urlpatterns = [
    *site_history.urlpatterns,  # before the admin's own report URLs, which they replace
    # One sign-in for every role (reviewers included) at the admin's usual address.
    path("admin/login/", SignInView.as_view(), name="wagtailadmin_login"),
    path("sign-out/", SignOutView.as_view(), name="sign_out"),
    # Before the admin's own account URL, which it replaces (initials avatars only); admin users only, as there.
    path("admin/account/", require_admin_access(AccountSettingsView.as_view()), name="wagtailadmin_account"),
    path("guide/", guides.guide, name="user_guide_index"),
    path("guide/<slug:role>/", guides.guide, name="user_guide"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", include("search.urls")),
    path("api/catalogue/", include("textbooks.api_urls")),
    path("review-workspace/", include("review.urls")),
    path("files/<str:label>/<str:pk>/<str:field>/", private_files.serve_private_file, name="private_file"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    # Only what is public by nature is under MEDIA_ROOT: images (EXIF-stripped) and renditions.
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
