"""An import killed half-way (SIGKILL, a real SQLite file) resumes without loss or duplicates."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from askmed_engine.ingest import READERS

FOLDERS = ("2_GARD_QA", "3_GHR_QA", "6_NINDS_QA")  # ~4,000 real files, a few seconds to import


def askmed(var_dir: Path, *args: str, **kwargs) -> subprocess.Popen:
    env = {
        **os.environ,
        "ASKMED_VAR_DIR": str(var_dir),
        "DJANGO_SETTINGS_MODULE": "askmed.settings.dev",
    }
    env.pop("DATABASE_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "askmed.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(db, timeout=20) as conn:
        try:
            return conn.execute(sql).fetchone()[0]
        except sqlite3.OperationalError:  # table not there yet
            return 0


def test_killed_import_resumes_to_the_same_result(tmp_path, shared_dir):
    source = tmp_path / "medquad"
    source.mkdir()
    for folder in FOLDERS:
        (source / folder).symlink_to(shared_dir / "data" / "medquad" / folder)
    expected = sum(
        1
        for unit in READERS["medquad"](source)
        for r in unit.records
        if type(r).__name__ == "QuestionRecord"
    )
    var = tmp_path / "var"
    migrate = askmed(var, "migrate", "--noinput")
    migrate.communicate(timeout=120)
    assert migrate.returncode == 0
    db = var / "askmed.sqlite3"

    first = askmed(var, "import", "medquad", str(source))
    deadline = time.monotonic() + 120
    while count(db, "select count(*) from imports_importedunit") < 300:
        assert first.poll() is None, "the import finished before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=30)
    done_at_kill = count(db, "select count(*) from imports_importedunit")
    partial = count(db, "select count(*) from questions_question")
    assert 0 < partial < expected

    second = askmed(var, "import", "medquad", str(source))
    out, err = second.communicate(timeout=300)
    assert second.returncode == 0, err
    assert f"{done_at_kill} already done" in out

    assert count(db, "select count(*) from questions_question") == expected
    assert count(db, "select count(*) from articles_article") == expected
    assert count(db, "select count(*) from answers_answer") == expected
    # nothing half-written: every question has exactly its one institutional answer
    assert (
        count(
            db,
            "select count(*) from questions_question q where (select count(*) from "
            "answers_answer a where a.question_id = q.id) != 1",
        )
        == 0
    )
    assert count(db, "select count(distinct source_record_id) from questions_question") == expected
