"""The site's Content-Security-Policy (django-csp, settings.CONTENT_SECURITY_POLICY).

Public pages and our own admin views get the strict policy: scripts and styles only from this
origin's static files, no inline code, no plugins, no framing.  Wagtail's own admin still ships
inline scripts and style attributes, so under ``/admin/`` the policy adds what it needs
(``settings.ADMIN_CSP_UPDATE``); everything else stays as strict.  Files served for download set
their own ``Content-Security-Policy: sandbox`` (cms/private_files.py), which this middleware keeps.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings

PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith("/admin/"):
            parts.update = {**settings.ADMIN_CSP_UPDATE, **(parts.update or {})}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
