"""Settings shared by every environment. Values that differ per deployment come from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "directory",
    "curriculum",
    "textbooks",
    "review",
    "selection",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "guardian",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.csp.SiteCSPMiddleware",
    "cms.page_cache.AnonymousPageCacheMiddleware",
    "cms.routing.CachedSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "cms.accounts.IdleSessionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    # Last, so that it is the first to see a view's exception.
    "cms.database_outage.DatabaseOutageMiddleware",
]

ROOT_URLCONF = "cms.urls"

# REDIS_URL (redis://host:port/db): one cache shared by every application instance, holding the
# login throttle's counts, the visitors' pages and their content generation (cms/page_cache.py),
# and the sessions. Unset (the embedded default), each process keeps its own in memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": "jigong"},
        "pages": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": "jigong-pages"},
        # Each process's copy of the content fragments it read from Redis (cms/page_cache.py).
        "fragments-local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fragments", "OPTIONS": {"MAX_ENTRIES": 5000}},
    }
    # Sessions read from Redis, written through to the database (a Redis restart signs nobody out).
    SESSION_ENGINE = os.environ.get("SESSION_ENGINE", "django.contrib.sessions.backends.cached_db")
else:
    CACHES = {
        # Content fragments (cms/page_cache.py: content_fragment) among others: a catalogue row per
        # version, a textbook's detail, a curriculum page's context (~1 KB each).
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}},
        # Visitors' pages (cms/page_cache.py), per process: a page is kept at most PAGE_CACHE_SECONDS.
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages", "OPTIONS": {"MAX_ENTRIES": 2000}},
    }
PAGE_CACHE_SHARED = bool(REDIS_URL)  # the content generation is kept in the pages' cache too
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "120"))
# What public pages show that depends on public content alone (the site, the main menu, the
# catalogue's lists of catalogues, majors and levels) is kept under the same content generation
# (cms/page_cache.py: content_fragment), so that a page the visitors' cache misses, or every page
# with that cache off, does not query it again; "0" turns it off (the tests, which mostly never commit).
CONTENT_FRAGMENT_CACHE = os.environ.get("CONTENT_FRAGMENT_CACHE", "1") == "1"
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/review-workspace/", "/documents/", "/_util/", "/media/"]

# The task queue (cms/celery.py, cms/jobs.py): CELERY_BROKER_URL, else REDIS_URL. With neither (the
# embedded defaults) a job runs in the process that starts it, before the page answers.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", REDIS_URL) or "memory://"
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL == "memory://"
CELERY_TASK_ACKS_LATE = True  # a task whose worker dies mid-way is delivered again
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600"))}
CELERY_TASK_IGNORE_RESULT = True  # outcomes are kept on the job's row
CELERY_TIMEZONE = "Asia/Shanghai"
# A submission whose files (manuscript and attachments) are larger than this is anonymised in the
# task queue (review.submission_jobs); smaller ones within the request, as before.
REVIEW_INLINE_ANONYMISE_MAX_BYTES = int(os.environ.get("REVIEW_INLINE_ANONYMISE_MAX_BYTES", 20 * 1024 * 1024))
CELERY_BEAT_SCHEDULE = {
    "review-reminders-daily": {"task": "review.send_reminders", "schedule": 24 * 3600},
    "search-sync-pending": {"task": "search.sync_pending", "schedule": 300},
}

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses locked-out attempts before any password check
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
# SPEC §8: guardian's anonymous user would give every visitor an object-permission identity.
ANONYMOUS_USER_NAME = None
GUARDIAN_RAISE_403 = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
# The project's own translations of what Wagtail and Django leave in English (locale/zh_Hans).
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Files that are not public by nature (manuscripts, attachments, review copies, documents of
# private collections) live outside MEDIA_ROOT under random names and are served only by views
# that check permissions first (cms/private_files.py). In production nginx sends the bytes
# (X-Accel-Redirect, deploy/nginx/private-files.conf); otherwise Django streams them.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private_media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "cms.private_files.PrivateStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Development streams the file from Django (Wagtail's streaming backend, which both
# django-sendfile2 and Wagtail's document view can call); production sets
# SENDFILE_BACKEND=django_sendfile.backends.nginx so nginx sends the bytes (X-Accel-Redirect).
SENDFILE_BACKEND = os.environ.get("SENDFILE_BACKEND", "wagtail.utils.sendfile_streaming_backend")
SENDFILE_ROOT = str(PRIVATE_MEDIA_ROOT)
SENDFILE_URL = "/private-files"
# Upload size limits in bytes per kind of upload (cms/upload_checks.py); the OOXML gate's limits
# (cms/ooxml_gate.py OoxmlLimits) are overridden through OOXML_GATE_LIMITS.
UPLOAD_LIMITS = {
    "manuscript": int(os.environ.get("UPLOAD_LIMIT_MANUSCRIPT", 1536 * 1024**2)),
    "attachment": int(os.environ.get("UPLOAD_LIMIT_ATTACHMENT", 1024**3)),
    "standard_import": 20 * 1024**2,
    "catalogue_import": 10 * 1024**2,
    "image": 10 * 1024**2,
    "document": 200 * 1024**2,
}
OOXML_GATE_LIMITS = {}

# Content-Security-Policy (cms/csp.py, django-csp): no inline scripts or styles in our templates.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Wagtail's admin still needs inline scripts/styles and blob: previews (see cms/csp.py).
ADMIN_CSP_UPDATE = {"script-src": ["'unsafe-inline'"], "style-src": ["'unsafe-inline'"], "img-src": ["blob:"]}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party image requests from the admin
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "教材管理平台 <noreply@jigong-textbooks.example.cn>")

LOGIN_URL = "wagtailadmin_login"
WAGTAILADMIN_USER_LOGIN_FORM = "cms.forms.RateLimitedLoginForm"
# Login throttling (cms/login_throttle.py, django-axes): failures counted in the cache "default".
LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))  # one account from one address
LOGIN_ACCOUNT_FAILURE_LIMIT = int(os.environ.get("LOGIN_ACCOUNT_FAILURE_LIMIT", "10"))  # one account, any address
LOGIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("LOGIN_ADDRESS_FAILURE_LIMIT", "30"))  # one address, any account
LOGIN_LOCK_SECONDS = int(os.environ.get("LOGIN_LOCK_SECONDS", "900"))
# Addresses or networks of the reverse proxies in front of the application (nginx): only their
# X-Forwarded-For is believed. Empty: the client address is REMOTE_ADDR.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
AXES_HANDLER = "cms.login_throttle.LayeredLimitsCacheHandler"
AXES_LOCKOUT_PARAMETERS = "cms.login_throttle.lockout_parameters"
AXES_FAILURE_LIMIT = "cms.login_throttle.highest_limit"
AXES_COOLOFF_TIME = timedelta(seconds=LOGIN_LOCK_SECONDS)
AXES_CLIENT_IP_CALLABLE = "cms.login_throttle.client_address"
AXES_USERNAME_CALLABLE = "cms.login_throttle.normalised_username"
AXES_LOCKOUT_CALLABLE = "cms.login_throttle.locked_response"
AXES_ENABLE_ADMIN = False
AXES_VERBOSE = False
LOGIN_REDIRECT_URL = "/"
# Signed-in sessions end after this many seconds without a request (cms.accounts.IdleSessionMiddleware)
# and when the browser closes: school computers are shared.
SESSION_IDLE_SECONDS = int(os.environ.get("SESSION_IDLE_SECONDS", "1800"))
SESSION_EXPIRE_AT_BROWSER_CLOSE = os.environ.get("SESSION_EXPIRE_AT_BROWSER_CLOSE", "1") == "1"

# Wagtail
WAGTAIL_SITE_NAME = "技工院校课程与教材管理平台"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_PERMITTED_LANGUAGES = [("zh-hans", "简体中文")]
# Every user works in Beijing time: the account page offers no choice among the tz database's
# English zone names (Egypt, Navajo, Zulu…).
WAGTAIL_USER_TIME_ZONES = ["Asia/Shanghai"]
WAGTAIL_I18N_ENABLED = False
WAGTAILDOCS_EXTENSIONS = ["docx", "pdf", "xlsx", "pptx", "mp4", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 200 * 1024 * 1024
# Documents are stored privately and always served by Wagtail's serve view, which applies the
# collections' view restrictions (private collections) and hands the bytes to sendfile.
WAGTAILDOCS_DOCUMENT_MODEL = "cms.PrivateDocument"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.forms.CheckedDocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.forms.ImageForm"  # decodes every upload (covers feed renditions)
WAGTAILADMIN_RICH_TEXT_EDITORS = {"default": {"WIDGET": "cms.forms.RichTextArea"}}  # forged posts kept as text
# The database backend, answering Chinese queries by part of a word (search/wagtail_backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.wagtail_backend"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: avatars are initials drawn by the site (cms/avatars.py), no request leaves it.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True

# Search: ELASTICSEARCH_URL (one node or a cluster's nodes, comma-separated) switches the public
# search to Elasticsearch; unset, the database serves.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "jigong")
# Copies of each index's shard on other nodes (a three-node cluster: 1).
ELASTICSEARCH_REPLICAS = int(os.environ.get("ELASTICSEARCH_REPLICAS", "0"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"jieba": {"level": "WARNING"}},
}
