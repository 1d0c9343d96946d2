"""`askmed score-pairs`, `askmed similar` and `askmed tune` (hashing embedder)."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command
from tests import factories

from askmed.questions.models import Question
from askmed.search import runtime
from askmed_engine.similar import PairModel


def score_pairs(monkeypatch, text: str) -> tuple[list[dict], str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    out = io.StringIO()
    error = ""
    try:
        call_command("score_pairs", stdout=out)
    except CommandError as exc:
        error = str(exc)
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()], error


def test_score_pairs_one_line_out_per_line_in(monkeypatch):
    lines = "\n".join(
        json.dumps(p)
        for p in [
            {"a": "What is the dose of azithromycin?", "b": "How much azithromycin should I take?"},
            {
                "a": "What is the dose of azithromycin?",
                "b": "What are the side effects of azithromycin?",
            },
        ]
    )
    rows, error = score_pairs(monkeypatch, lines)
    assert error == ""
    assert [set(r) for r in rows] == [{"score", "similar"}] * 2
    assert rows[0]["score"] > rows[1]["score"]
    assert rows[0]["similar"] is True
    assert rows[1]["similar"] is False


def test_score_pairs_reports_bad_lines_and_keeps_going(monkeypatch):
    text = 'not json\n{"a": 1, "b": "x"}\n["a", "b"]\n{"a": "knee pain", "b": "sore knee"}\n'
    rows, error = score_pairs(monkeypatch, text)
    assert "3 malformed" in error
    assert "line 1" in rows[0]["error"]
    assert "line 2" in rows[1]["error"]
    assert "line 3" in rows[2]["error"]
    assert set(rows[3]) == {"score", "similar"}


def test_score_pairs_on_empty_input_prints_nothing(monkeypatch):
    assert score_pairs(monkeypatch, "") == ([], "")


@pytest.mark.django_db
def test_similar_prints_json_hits():
    match = factories.AnswerFactory(
        question__title="Why does my knee swell after running?",
        question__body="My knee swells after every long run.",
        question__department=factories.department("orthopedics"),
    )
    factories.QuestionFactory(
        title="Knee swelling, still waiting", status=Question.Status.PUBLISHED
    )
    out = io.StringIO()
    call_command("similar", "swollen knee after running", "--k", "3", stdout=out)
    hits = json.loads(out.getvalue())
    assert hits[0]["id"] == match.question.pk
    assert hits[0]["department"] == "Orthopedics"
    assert set(hits[0]) == {"id", "title", "url", "department", "score", "why"}
    assert all(h["title"] != "Knee swelling, still waiting" for h in hits)  # not answered


@pytest.mark.parametrize(("args", "message"), [(["  "], "empty"), (["knee", "--k", "0"], "--k")])
def test_similar_rejects_bad_input(args, message):
    with pytest.raises(CommandError, match=message):
        call_command("similar", *args)


def test_tune_builds_the_vocabulary_and_a_pair_model(shared_dir, settings):
    settings.ASKMED_DATA_DIR = str(shared_dir / "data")
    out = io.StringIO()
    call_command("tune", stdout=out)
    assert runtime.vocabulary() is not None
    assert len(runtime.vocabulary()) > 5000
    model = PairModel.load(runtime.pair_model_path())
    assert model.meta["embedder"] == "hashing-384"
    assert 0.0 < model.threshold < 1.0
    assert model.meta["pairs"] > 10_000
    assert "pair model: threshold" in out.getvalue()
    knowledge = runtime.routing_knowledge()
    assert len(knowledge) > 5000
    assert knowledge.vector_model == "hashing-384"
    assert knowledge.vectors.shape == (len(knowledge.pages), 384)
    assert "routing knowledge:" in out.getvalue()


def test_tune_vocabulary_only_builds_routing_knowledge_without_vectors(shared_dir, settings):
    settings.ASKMED_DATA_DIR = str(shared_dir / "data")
    call_command("tune", "--vocabulary-only", stdout=io.StringIO())
    knowledge = runtime.routing_knowledge()
    assert knowledge.vectors is None
    assert not runtime.pair_model_path().exists()


def test_tune_without_data_says_where_to_put_it(settings, tmp_path):
    settings.ASKMED_DATA_DIR = str(tmp_path)
    with pytest.raises(CommandError, match="ASKMED_DATA_DIR"):
        call_command("tune", "--vocabulary-only")
