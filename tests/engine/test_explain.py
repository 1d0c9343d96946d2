"""More Info composition: sections, citations, abstention, the doctor's answer, backends."""

from __future__ import annotations

import pytest
from tests.knowledge_corpus import corpus

from askmed_engine.embeddings import HashingEmbedder
from askmed_engine.explain import Explainer
from askmed_engine.explain_types import (
    ANSWER_SOURCE,
    LABEL,
    CitedSentence,
    Draft,
    ExplainRequest,
    Explanation,
    Section,
)
from askmed_engine.knowledge import KnowledgeBase

GOUT_QUESTION = "What causes gout? My big toe is swollen and red."
ANSWER = "This sounds like gout. Cut down on alcohol and see me if it comes back."


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    base = KnowledgeBase(model="hashing", dim=384)
    base.sync(corpus())
    return base


@pytest.fixture(scope="module", params=["keywords", "vectors"])
def explainer(request, kb) -> Explainer:
    if request.param == "keywords":
        return Explainer(kb)
    embedder = HashingEmbedder()
    with_vectors = KnowledgeBase(model=embedder.name, dim=embedder.dim)
    with_vectors.sync(corpus())
    with_vectors.embed_missing(embedder)
    return Explainer(with_vectors, embedder=embedder)


def sentences(explanation: Explanation, key: str | None = None) -> list[CitedSentence]:
    return [c for s in explanation.sections if key in (None, s.key) for c in s.sentences]


def test_every_sentence_is_a_whole_sentence_of_a_passage_it_cites(explainer):
    explanation = explainer.explain(ExplainRequest(GOUT_QUESTION))
    assert not explanation.abstained
    assert explanation.label == LABEL
    listed = {s.id for s in explanation.sources}
    for sentence in sentences(explanation):
        assert sentence.sources
        assert set(sentence.sources) <= listed
        cited = [explainer.knowledge.passages[i].text for i in sentence.sources]
        assert any(sentence.text in text for text in cited), sentence.text


def test_sources_are_numbered_in_order_of_first_citation_and_all_cited(explainer):
    explanation = explainer.explain(ExplainRequest(GOUT_QUESTION))
    order = list(dict.fromkeys(i for c in sentences(explanation) for i in c.sources))
    assert [s.id for s in explanation.sources] == order
    assert [s.number for s in explanation.sources] == list(range(1, len(order) + 1))
    source = explanation.sources[0]
    assert source.publisher == "Synthetic Institute of Health"
    assert source.license == "CC BY 4.0"
    assert source.passage == explainer.knowledge.passages[source.id].text


def test_the_section_asked_for_comes_first_and_only_the_topic_is_explained(explainer):
    explanation = explainer.explain(ExplainRequest(GOUT_QUESTION))
    assert explanation.sections[0].key == "causes"
    assert {s.focus for s in explanation.sources} == {"Gout"}  # nothing about migraine
    texts = [c.text for c in sentences(explanation)]
    assert len(texts) == len(set(texts))
    assert "Gout is caused by too much uric acid in the blood." in texts


def test_golden_composition_of_a_treatment_question(kb):
    """Hand-checked: the sentences on care first (asked; two of them leave "gout"
    implied), the definition opening the overview, advice to see a doctor in its own
    section, two sentences at most per section not asked, no migraine, and the most
    central sentence (it shares most words with the others) moved to the summary."""
    explanation = Explainer(kb).explain(ExplainRequest("How is gout treated?"))
    got = [(s.key, [c.text for c in s.sentences]) for s in explanation.sections]
    assert got == [
        (
            "helps",
            [
                "Doctors treat gout attacks with medicines that reduce pain and swelling.",
                "Resting the joint and applying ice can help during an attack.",
                "Losing weight and limiting alcohol help prevent future attacks.",
            ],
        ),
        (
            "overview",
            ["Gout is a common, painful form of arthritis.", "Gout often starts in the big toe."],
        ),
        ("causes", ["Gout happens when uric acid builds up in your body."]),
        ("risks", ["Being overweight increases the risk of developing gout."]),
        ("see_doctor", ["See your doctor if a joint is suddenly hot, swollen and very painful."]),
        ("summary", ["Gout is caused by too much uric acid in the blood."]),
    ]


def test_the_opening_quotes_and_attributes_the_doctor(explainer):
    request = ExplainRequest(
        GOUT_QUESTION, answer=ANSWER, answered_by="Dr. Ada Test (Rheumatology)"
    )
    explanation = explainer.explain(request)
    opening = explanation.sections[0]
    assert opening.key == "opening"
    assert opening.heading == "What Dr. Ada Test (Rheumatology) said"
    assert [c.text for c in opening.sentences] == [
        "This sounds like gout.",
        "Cut down on alcohol and see me if it comes back.",
    ]
    assert all(c.sources == (ANSWER_SOURCE,) for c in opening.sentences)
    answer_source = explanation.source(ANSWER_SOURCE)
    assert answer_source.kind == "answer"
    assert answer_source.passage == ANSWER
    assert ANSWER_SOURCE not in explanation.passage_ids()


def test_background_beyond_the_answer_is_said_plainly(kb):
    request = ExplainRequest(
        "Is my headache a migraine, or is it gout?",
        answer="Your symptoms fit migraine. Keep a headache diary.",
        answered_by="Dr. B",
    )
    explanation = Explainer(kb).explain(request)
    assert any("Dr. B did not mention Gout" in note for note in explanation.notes)


def test_without_an_answer_the_page_says_no_doctor_has_answered(explainer):
    explanation = explainer.explain(ExplainRequest(GOUT_QUESTION))
    assert any("No doctor has answered" in note for note in explanation.notes)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "asdf qwer zxcv",
        "How do I fix a flat tyre on my bicycle?",
        "What causes glaucoma?",  # medical, but nothing in the knowledge base about it
        "<script>alert(1)</script>",
    ],
)
def test_abstains_rather_than_inventing(explainer, text):
    explanation = explainer.explain(ExplainRequest(text))
    assert explanation.abstained
    assert explanation.reason
    assert explanation.sections == ()
    assert explanation.sources == ()
    assert explanation.label == ""


def test_huge_and_marked_up_input_is_handled(explainer):
    text = "<b>What causes gout?</b> " + "My toe hurts a lot today. " * 4000
    explanation = explainer.explain(ExplainRequest(text))
    assert not explanation.abstained
    assert all("<b>" not in c.text for c in sentences(explanation))


class _Backend:
    def __init__(self, sections=None, error: Exception | None = None) -> None:
        self.name = "fake-llm"
        self.sections, self.error, self.drafts = sections, error, []

    def write(self, draft: Draft) -> list[Section]:
        self.drafts.append(draft)
        if self.error:
            raise self.error
        return self.sections(draft)


def test_a_backend_writes_from_the_draft_and_is_checked(kb):
    def rephrase(draft: Draft) -> list[Section]:
        causes = next(p for p in draft.passages if p.qtype == "causes")
        return [
            Section(
                "causes",
                (
                    CitedSentence("Too much uric acid in the blood causes gout.", (causes.id,)),
                    CitedSentence(
                        "Being overweight raises the risk of developing gout.", (causes.id,)
                    ),
                    CitedSentence("Gout is caused by eating chocolate every day.", (causes.id,)),
                ),
            )
        ]

    backend = _Backend(rephrase)
    explanation = Explainer(kb, backend=backend).explain(ExplainRequest("What causes gout?"))
    draft = backend.drafts[0]
    assert draft.sections
    assert draft.request.question == "What causes gout?"
    assert explanation.backend == "fake-llm"
    assert [c.text for c in sentences(explanation)] == [
        "Too much uric acid in the blood causes gout.",
        "Being overweight raises the risk of developing gout.",
    ]
    assert [r.text for r in explanation.rejected] == [
        "Gout is caused by eating chocolate every day."
    ]


def test_a_backend_whose_output_mostly_fails_the_check_is_not_used(kb):
    def weak(draft: Draft) -> list[Section]:
        first = draft.passages[0]
        return [Section("causes", (CitedSentence("Gout comes from the moon.", (first.id,)),))]

    explanation = Explainer(kb, backend=_Backend(weak)).explain(ExplainRequest("What causes gout?"))
    assert explanation.backend == "extractive"
    assert not explanation.abstained
    assert "too few" in explanation.rejected[0].reason


def test_a_backend_that_invents_a_citation_falls_back_to_the_extractive_draft(kb):
    def invent(draft: Draft) -> list[Section]:
        return [Section("causes", (CitedSentence("Gout is caused by uric acid.", ("made-up/1",)),))]

    explanation = Explainer(kb, backend=_Backend(invent)).explain(ExplainRequest(GOUT_QUESTION))
    assert explanation.backend == "extractive"
    assert not explanation.abstained
    assert "made-up/1" in explanation.rejected[0].reason
    assert "made-up/1" not in {i for c in sentences(explanation) for i in c.sources}


def test_a_failing_backend_falls_back_to_the_extractive_draft(kb):
    backend = _Backend(error=RuntimeError("connection refused"))
    explanation = Explainer(kb, backend=backend).explain(ExplainRequest(GOUT_QUESTION))
    assert explanation.backend == "extractive"
    assert sentences(explanation)
    assert "connection refused" in explanation.rejected[0].reason


def test_json_round_trip_and_digest(explainer):
    explanation = explainer.explain(
        ExplainRequest(GOUT_QUESTION, answer=ANSWER, answered_by="Dr. C")
    )
    data = explanation.to_json()
    assert set(data) >= {"abstained", "sections", "sources"}
    assert {"id", "title", "publisher", "url", "license", "passage"} <= set(data["sources"][0])
    again = Explanation.from_json(data)
    assert again == explanation
    assert again.digest() == explanation.digest()
    changed = dict(data, sections=data["sections"][:-1])
    assert Explanation.from_json(changed).digest() != explanation.digest()
