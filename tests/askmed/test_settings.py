"""Settings: declared once, documented, and prod refuses to start without its secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from askmed import conf

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.mark.parametrize("setting", conf.SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_documented_in_the_readme(setting):
    assert f"`{setting.name}`" in README.read_text()
    assert setting.help


def test_environment_overrides_the_default():
    values = conf.load({"ASKMED_SIMILAR_COUNT": "7", "ASKMED_VAR_DIR": "/srv/askmed"})
    assert values["ASKMED_SIMILAR_COUNT"] == 7
    assert values["ASKMED_INDEX_DIR"] == "/srv/askmed/index"


def test_a_malformed_value_names_the_setting():
    with pytest.raises(ValueError, match="ASKMED_PAGE_SIZE"):
        conf.load({"ASKMED_PAGE_SIZE": "many"})


def run_prod(env: dict) -> subprocess.CompletedProcess:
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DJANGO_SECRET_KEY", "DATABASE_URL", "DJANGO_ALLOWED_HOSTS")
    }
    code = "import django; django.setup(); print('started')"
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**base, "DJANGO_SETTINGS_MODULE": "askmed.settings.prod", **env},
        timeout=60,
        check=False,
    )


def test_prod_refuses_to_start_without_its_secrets():
    result = run_prod({})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_prod_starts_with_its_secrets(tmp_path):
    result = run_prod(
        {
            "DJANGO_SECRET_KEY": "x" * 50,
            "DJANGO_ALLOWED_HOSTS": "askmed.example",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        }
    )
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


@pytest.mark.django_db
def test_models_and_migrations_agree():
    from django.core.management import call_command

    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
