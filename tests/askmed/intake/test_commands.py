"""`askmed route`, `askmed check` and `askmed title`: JSON in and out, no database."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from askmed.cli import translate
from askmed.search import runtime
from askmed_engine.embeddings import HashingEmbedder
from askmed_engine.focus import FocusVocabulary
from askmed_engine.routing.knowledge import RoutingKnowledge

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "medquad_routing"


def run(name: str, *args, stdin: str | None = None, monkeypatch=None) -> tuple[list[str], str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out = io.StringIO()
    error = ""
    try:
        call_command(name, *args, stdout=out)
    except CommandError as exc:
        error = str(exc)
    return [line for line in out.getvalue().splitlines() if line.strip()], error


def test_cli_names():
    assert translate(["route", "x"]) == ["route", "x"]
    assert translate(["check", "x"]) == ["check_text", "x"]
    assert translate(["title", "x"]) == ["page_title", "x"]
    assert translate(["system-check"]) == ["check"]


def test_route_one_text_three_departments_with_reasons():
    [line], error = run("route", "My tummy hurts and I have diarrhea")
    assert error == ""
    departments = json.loads(line)["departments"]
    assert departments[0]["name"] == "Gastroenterology"
    assert len(departments) == 3
    assert all(set(d) == {"name", "score", "reason"} for d in departments)
    assert '"tummy"' in departments[0]["reason"]


def test_route_json_lines_keeps_order_and_reports_bad_lines(monkeypatch):
    stdin = "\n".join(
        [
            json.dumps({"text": "toothache and bleeding gums"}),
            "not json",
            json.dumps({"text": 5}),
            "",
            json.dumps({"text": "my 2 year old has a rash"}),
        ]
    )
    lines, error = run("route", stdin=stdin, monkeypatch=monkeypatch)
    rows = [json.loads(line) for line in lines]
    assert len(rows) == 4
    assert rows[0]["departments"][0]["name"] == "Dentistry"
    assert rows[1]["error"].startswith("line 2: not JSON")
    assert rows[2]["error"] == 'line 3: expected {"text": "..."} with string values'
    assert rows[3]["departments"][0]["name"] == "Pediatrics"
    assert "2 malformed line(s)" in error


def test_route_k_and_bounds():
    [line], _ = run("route", "rash", "--k", "5")
    assert len(json.loads(line)["departments"]) == 5
    _, error = run("route", "rash", "--k", "0")
    assert "--k must be between 1 and 26" in error


def test_route_uses_the_knowledge_tune_built(settings):
    vocabulary = FocusVocabulary.build(FIXTURE)
    vocabulary.save(runtime.vocabulary_path())
    RoutingKnowledge.build(vocabulary, FIXTURE).save(runtime.routing_knowledge_path())
    [line], _ = run("route", "Is there any help for fibromalgia?")
    first = json.loads(line)["departments"][0]
    assert first["name"] == "Rheumatology"
    assert 'written "fibromalgia"' in first["reason"]


@pytest.mark.parametrize("text", ["", "x" * 100_000, "<b>rash</b>", "我的皮肤很痒"])
def test_route_hostile_input(text):
    [line], error = run("route", text)
    assert error == ""
    assert len(json.loads(line)["departments"]) == 3


def test_title_uses_the_routed_department_or_the_given_one():
    [title], _ = run("page_title", "My 3 year old has a fever\nShe has been hot since yesterday.")
    assert title.endswith(" - Pediatrics")
    assert len(title) <= 70
    [title], _ = run("page_title", "Toothache at night", "--department", "Dentistry")
    assert title.endswith(" - Dentistry")


@pytest.mark.parametrize("text", ["", "x" * 100_000, "<script>alert(1)</script>", "頭痛"])
def test_title_hostile_input(text):
    [title], _ = run("page_title", text)
    assert 0 < len(title) <= 70
    assert "<" not in title


def test_check_reports_flags_data_and_masked_text():
    text = "My chest feels crushed and the pain goes down my left arm. Call me at 0912-345-678."
    [line], _ = run("check_text", text)
    result = json.loads(line)
    assert set(result) == {"red_flags", "personal_data", "masked"}
    assert [f["kind"] for f in result["red_flags"]] == ["heart_attack"]
    assert result["red_flags"][0]["guidance"]
    assert [d["kind"] for d in result["personal_data"]] == ["phone"]
    assert "0912-345-678" not in result["masked"]
    assert "left arm" in result["masked"]


@pytest.mark.parametrize("text", ["", "x" * 100_000, "<p>hi</p>", "我的电话是 0912345678"])
def test_check_hostile_input(text):
    [line], _ = run("check_text", text)
    assert set(json.loads(line)) == {"red_flags", "personal_data", "masked"}


def test_route_uses_page_vectors_of_the_sites_embedder(settings, monkeypatch):
    vocabulary = FocusVocabulary.build(FIXTURE)
    vocabulary.save(runtime.vocabulary_path())
    knowledge = RoutingKnowledge.build(vocabulary, FIXTURE, embedder=runtime.embedder())
    knowledge.save(runtime.routing_knowledge_path())
    seen = []
    real = runtime.query_vector
    monkeypatch.setattr(runtime, "query_vector", lambda text: seen.append(text) or real(text))
    run("route", "pain of the face when chewing")
    assert seen == ["pain of the face when chewing"]


def test_route_ignores_page_vectors_of_another_model(settings, monkeypatch):
    vocabulary = FocusVocabulary.build(FIXTURE)
    vocabulary.save(runtime.vocabulary_path())
    other = HashingEmbedder(dim=32)
    RoutingKnowledge.build(vocabulary, FIXTURE, embedder=other).save(
        runtime.routing_knowledge_path()
    )
    monkeypatch.setattr(runtime, "query_vector", lambda text: pytest.fail("not this model"))
    [line], _ = run("route", "pain of the face when chewing")
    assert len(json.loads(line)["departments"]) == 3
