"""A request that loses the database (PostgreSQL restarting, failing over, a dropped connection)
gets a plain answer instead of Django's generic error page (issue 18's fault tests).

The view's transaction was on the lost connection, so none of its rows were written; the page
says so, and that trying again later is safe. The page is self-contained (no template
inheritance, no context processors): anything that needs the database cannot render now.
Django closes the broken connection when the request ends, and the next request opens a new one.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.template.loader import render_to_string
from django.http import HttpResponse

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.error("database unavailable during %s %s", request.method, request.path, exc_info=exception)
        response = HttpResponse(render_to_string("503_database.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
