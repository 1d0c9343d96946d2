"""Tests: fast hasher, in-memory mail and cache, tasks run inline, indexes in a temp dir."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
ASKMED_INDEX_DIR = str(Path(tempfile.mkdtemp(prefix="askmed-test-index-")))
ASKMED_INDEX_CHECK_SECONDS = 0
ASKMED_EMBEDDER = "hashing"  # the real model is exercised by tests marked `slow`
ASKMED_MODEL_DIR = str(Path(tempfile.mkdtemp(prefix="askmed-test-models-")))
_TEST_DB_DIR = Path(tempfile.mkdtemp(prefix="askmed-test-db-"))
DATABASES = {"default": sqlite_database(_TEST_DB_DIR / "askmed.sqlite3")}  # noqa: F405
DATABASES["default"]["TEST"] = {"NAME": str(_TEST_DB_DIR / "test_askmed.sqlite3")}
STATIC_ROOT = _TEST_DB_DIR / "static"
STATIC_ROOT.mkdir()
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
