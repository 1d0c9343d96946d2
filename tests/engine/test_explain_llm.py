"""The language-model backend, against a real local HTTP server with canned replies.

All passages, questions and answers here are synthetic ("Zorvex syndrome", "factor Q").
"""

from __future__ import annotations

import socket
from typing import Any

import pytest
from tests.fake_llm import FakeLLM, Reply

from askmed_engine.explain_llm import (
    MAX_BYTES,
    BackendError,
    ChatCompletionsBackend,
    build_messages,
    parse_output,
    verified_write,
)
from askmed_engine.explain_types import (
    ANSWER_SOURCE,
    CitationError,
    CitedSentence,
    Draft,
    ExplainRequest,
    Section,
)
from askmed_engine.knowledge import Passage

pytestmark = pytest.mark.enable_socket

P1 = (
    "Zorvex syndrome is a synthetic test disorder of the left knee. Zorvex syndrome is caused by "
    "a shortage of factor Q in the joint fluid."
)
P2 = (
    "Zorvex syndrome usually causes swelling and stiffness of the knee in the morning. The "
    "stiffness lasts about 30 minutes."
)
P3 = (
    "Resting the knee and applying a cold pack help relieve the swelling of Zorvex syndrome. "
    "Zorvex syndrome is not contagious."
)
PASSAGES = tuple(
    Passage(f"synthetic:{n}/1", f"synthetic:{n}", 1, text, f"Synthetic article {n}")
    for n, text in enumerate((P1, P2, P3), start=1)
)
ANSWER = "This synthetic knee trouble looks like Zorvex syndrome. Rest the knee for a week."
ONLY_IN_DRAFT = "Zebra-marker sentence that exists only in the extractive draft."
OPENING = Section(
    "opening", (CitedSentence(ANSWER, (ANSWER_SOURCE,)),), title="What Dr. Synthetic said"
)
DRAFT = Draft(
    ExplainRequest("Why is my knee stiff every morning?", ANSWER, "Dr. Synthetic"),
    PASSAGES,
    (
        OPENING,
        Section("overview", (CitedSentence(ONLY_IN_DRAFT, (PASSAGES[0].id,)),)),
        Section("symptoms", (CitedSentence(P2, (PASSAGES[1].id,)),)),
        Section("helps", (CitedSentence(P3.split(". ")[0] + ".", (PASSAGES[2].id,)),)),
    ),
)
GOOD = """## What it is
A shortage of factor Q in the joint fluid causes Zorvex syndrome [1].

## Signs and symptoms
Zorvex syndrome causes morning swelling and stiffness of the knee, which lasts about 30 minutes [2].
Resting the knee and a cold pack help relieve the swelling [2][3].
"""


def backend(llm: FakeLLM, **kwargs: Any) -> ChatCompletionsBackend:
    return ChatCompletionsBackend(llm.url, "synthetic-model", **kwargs)


def test_good_output_is_kept_whole(llm):
    llm.answer(GOOD)
    sections, rejected = verified_write(backend(llm), DRAFT)
    assert rejected == []
    assert sections[0] == OPENING
    assert [s.key for s in sections] == ["opening", "overview", "symptoms"]
    assert [c.sources for s in sections[1:] for c in s.sentences] == [
        (PASSAGES[0].id,),
        (PASSAGES[1].id,),
        (PASSAGES[1].id, PASSAGES[2].id),
    ]
    assert sections[1].sentences[0].text == (
        "A shortage of factor Q in the joint fluid causes Zorvex syndrome."
    )
    assert sections[2].sentences[1].text == (
        "Resting the knee and a cold pack help relieve the swelling."
    )


@pytest.mark.parametrize("key", ["", "sk-synthetic"])
def test_request_sent(llm, key):
    llm.answer(GOOD)
    backend(llm, api_key=key).write(DRAFT)
    (request,) = llm.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["json"]["model"] == "synthetic-model"
    assert request["json"]["temperature"] == 0
    assert request["headers"]["Content-Type"] == "application/json"
    assert request["headers"].get("Authorization") == (f"Bearer {key}" if key else None)
    system, user = request["json"]["messages"]
    assert (system["role"], user["role"]) == ("system", "user")
    assert request["json"]["messages"] == build_messages(DRAFT)
    prompt = system["content"] + user["content"]
    for n, passage in enumerate(PASSAGES, start=1):
        assert f"[{n}] {passage.title} — {passage.text}" in user["content"]
    assert ONLY_IN_DRAFT not in prompt
    assert DRAFT.request.question in user["content"]
    assert ANSWER in user["content"]
    assert "doctor's answer (context only: it is NOT a numbered passage" in user["content"]
    headings = ["## What it is", "## Signs and symptoms", "## What helps"]
    assert [system["content"].index(h) for h in headings] == sorted(
        system["content"].index(h) for h in headings
    )
    assert "said" not in system["content"]  # the doctor's quote is not the model's to write


def test_made_up_citation(llm):
    llm.answer(GOOD + "Zorvex syndrome spreads through synthetic water [7].\n")
    with pytest.raises(CitationError, match=r"\[7\].*only 3 passages"):
        verified_write(backend(llm), DRAFT)


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("Zorvex syndrome causes stiffness of the knee that lasts about 90 minutes [2].", "90"),
        ("Resting the knee does not help relieve the swelling of Zorvex syndrome [3].", "negation"),
        ("Zorvex syndrome is caused by eating too much synthetic sugar and red meat [1].", "words"),
    ],
)
def test_unsupported_sentence_dropped(llm, bad, reason):
    llm.answer(GOOD + bad + "\n")
    sections, rejected = verified_write(backend(llm), DRAFT)
    assert [r.text for r in rejected] == [bad.rsplit(" [", 1)[0] + "."]
    assert reason in rejected[0].reason
    assert sum(len(s.sentences) for s in sections) == 4  # the opening and the three good


def test_uncited_sentence_dropped(llm):
    llm.answer(GOOD + "Zorvex syndrome causes swelling and stiffness of the knee.\n")
    sections, rejected = verified_write(backend(llm), DRAFT)
    assert [(r.text, r.reason) for r in rejected] == [
        ("Zorvex syndrome causes swelling and stiffness of the knee.", "cites nothing")
    ]
    assert sum(len(s.sentences) for s in sections) == 4


def test_model_may_not_write_the_doctors_section(llm):
    llm.answer("## What Dr. Synthetic said\nZorvex syndrome is not contagious [3].\n" + GOOD)
    with pytest.raises(ValueError, match="doctor"):
        backend(llm).write(DRAFT)


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (Reply(500, b'{"error": "synthetic failure"}'), "HTTP 500"),
        (Reply(401, b"{}"), "ASKMED_LLM_API_KEY"),
        (Reply(200, b"<html>not json</html>"), "did not answer JSON"),
        (Reply(200, b'{"object": "list", "data": []}'), r"choices\[0\]"),
        (Reply(200, b'{"choices": []}'), r"choices\[0\]"),
        (Reply(200, b'{"choices": [{"message": {"content": null}}]}'), "non-text"),
        (Reply(200, b" " * (MAX_BYTES + 1)), "more than 1000000 bytes"),
    ],
)
def test_server_errors(llm, reply, message):
    llm.replies.append(reply)
    with pytest.raises(BackendError, match=message) as caught:
        backend(llm).write(DRAFT)
    assert "ASKMED_LLM_" in str(caught.value)


def test_timeout(llm):
    llm.replies.append(Reply(delay=3.0))
    with pytest.raises(BackendError, match=r"no answer within 0\.3 s"):
        backend(llm, timeout=0.3).write(DRAFT)


def test_closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    closed = ChatCompletionsBackend(f"http://127.0.0.1:{port}/v1", "m", timeout=2)
    with pytest.raises(BackendError, match="ASKMED_LLM_URL"):
        closed.write(DRAFT)


def test_only_http_urls():
    with pytest.raises(ValueError, match="ASKMED_LLM_URL"):
        ChatCompletionsBackend("file:///etc", "m")


def sources(*numbers: int) -> tuple[str, ...]:
    return tuple(PASSAGES[n - 1].id for n in numbers)


def test_parse_markers_bullets_and_headings():
    content = """Intro without a heading.
# SIGNS AND SYMPTOMS
- Zorvex syndrome causes swelling [1, 3].
* Stiffness comes in the morning [1][3] and goes [2].
2. It lasts about 30 minutes. [2] Rest helps.[3]
### Living With It:
Plain text with no marker
## see_doctor
See a doctor when it gets worse [1-3].
"""
    sections = parse_output(content, DRAFT)
    assert [(s.key, s.heading) for s in sections] == [
        ("other", "Other"),
        ("symptoms", "Signs and symptoms"),
        ("living_with_it", "Living With It"),
        ("see_doctor", "When to see a doctor"),
    ]
    assert sections[0].sentences == (CitedSentence("Intro without a heading.", ()),)
    assert sections[1].sentences == (
        CitedSentence("Zorvex syndrome causes swelling.", sources(1, 3)),
        CitedSentence("Stiffness comes in the morning and goes.", sources(1, 3, 2)),
        CitedSentence("It lasts about 30 minutes.", sources(2)),
        CitedSentence("Rest helps.", sources(3)),
    )
    assert sections[2].sentences == (CitedSentence("Plain text with no marker", ()),)
    assert sections[3].sentences == (
        CitedSentence("See a doctor when it gets worse.", sources(1, 2, 3)),
    )


def test_parse_repeated_heading_merges_and_empty_is_dropped():
    content = "## What it is\nA [1].\n## What helps\n\n## what it is\nB [2].\n"
    assert parse_output(content, DRAFT) == [
        Section("overview", (CitedSentence("A.", sources(1)), CitedSentence("B.", sources(2))))
    ]


def test_parse_skips_reasoning_notes():
    content = "<think>Passage [9] is off topic.</think>\n## What it is\nA [1].\n"
    assert parse_output(content, DRAFT) == [Section("overview", (CitedSentence("A.", sources(1)),))]


@pytest.mark.parametrize("marker", ["[0]", "[4]", "[1, 9]", "[2-5]"])
def test_parse_out_of_range(marker):
    with pytest.raises(CitationError, match="only 3 passages"):
        parse_output(f"## What it is\nZorvex syndrome {marker}.", DRAFT)
