"""`askmed` maps its verbs onto management commands; the worker really runs tasks."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from askmed.cli import translate


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["import", "medquad", "/x"], ["import_records", "medquad", "/x"]),
        (["reindex"], ["rebuild_search_index"]),
        (["demo"], ["load_demo_data"]),
        (["worker", "--batch"], ["db_worker", "--queue-name", "*", "--no-reload", "--batch"]),
        (["migrate", "--noinput"], ["migrate", "--noinput"]),
        ([], ["help"]),
    ],
)
def test_translate(argv, expected):
    assert translate(argv) == expected


def test_the_worker_runs_a_queued_index_refresh(tmp_path, shared_dir):
    """A real database-backed queue: enqueue in one process, run it in `askmed worker`."""
    env = {
        **os.environ,
        "ASKMED_VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "askmed.settings.dev",
    }
    env.pop("DATABASE_URL", None)

    def askmed(*args):
        result = subprocess.run(
            [sys.executable, "-m", "askmed.cli", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    askmed("migrate", "--noinput")
    askmed("import", "seeds", str(shared_dir / "seeds"))
    askmed(
        "shell",
        "-c",
        "from askmed.enrichment.tasks import refresh_search_index as t; "
        "print(t.enqueue('questions').id)",
    )
    assert not (tmp_path / "index" / "questions.bm25").exists()
    askmed("worker", "--batch", "--no-startup-delay")
    state = json.loads((tmp_path / "index" / "questions.state.json").read_text())
    assert len(state["rows"]) == 5  # the seed question and its four similar questions
