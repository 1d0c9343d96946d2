"""`askmed explain`: DESIGN.md §5's JSON, from the current database's knowledge base."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from askmed.cli import translate

pytestmark = pytest.mark.django_db


def run(*args, stdin: str | None = None, monkeypatch=None) -> tuple[list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    call_command("explain", *args, stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_builds_the_knowledge_base_when_there_is_none_and_says_so(articles):
    rows, err = run("What causes gout?")
    assert "no knowledge base yet" in err
    (row,) = rows
    assert not row["abstained"]
    assert {"id", "title", "publisher", "url", "license", "passage"} <= set(row["sources"][0])
    for section in row["sections"]:
        assert section["heading"]
        assert section["sentences"]
        for sentence in section["sentences"]:
            assert sentence["sources"]


def test_json_lines_on_stdin_with_a_malformed_line(knowledge_base, monkeypatch):
    lines = '{"text": "What causes gout?", "answer": "It is gout."}\nnot json\n{"text": 3}\n'
    with pytest.raises(CommandError, match="2 malformed"):
        run(stdin=lines, monkeypatch=monkeypatch)


def test_json_lines_output(knowledge_base, monkeypatch, capsys):
    lines = '{"text": "What causes gout?", "answer": "It is gout."}\n\n{"text": "asdf"}\n'
    rows, _ = run(stdin=lines, monkeypatch=monkeypatch)
    assert [r["abstained"] for r in rows] == [False, True]
    assert rows[0]["sections"][0]["sentences"][0] == {"text": "It is gout.", "sources": ["answer"]}


@pytest.mark.parametrize(
    "text", ["", "x" * 100_000, "<b>bold</b> ¿qué causa la gota?", "痛風的原因"]
)
def test_hostile_input_gives_valid_json(knowledge_base, text):
    (row,) = run(text)[0]
    assert isinstance(row["abstained"], bool)
    assert isinstance(row["sections"], list)


def test_the_askmed_alias():
    assert translate(["explain", "TEXT"]) == ["explain", "TEXT"]
    assert translate(["reindex", "knowledge"]) == ["rebuild_search_index", "knowledge"]
