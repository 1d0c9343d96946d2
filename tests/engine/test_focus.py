"""Focus vocabulary: building, matching, the lay table, persistence and similarity."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from askmed_engine.focus import (
    LAY_SYNONYMS,
    FocusMatch,
    FocusVocabulary,
    find_focus,
    focus_similarity,
    focus_terms,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "medquad_focus"
MEDQUAD = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "medquad"


@pytest.fixture(scope="module")
def vocab() -> FocusVocabulary:
    return FocusVocabulary.build(FIXTURE)


def names(matches):
    return [m.name for m in matches]


def test_build_groups_focus_strings_that_share_a_cui(vocab):
    spasm = vocab.lookup("back spasm")
    assert spasm is not None
    assert spasm is vocab.lookup("left-sided back spasm")
    assert spasm.id == "C9000001"
    assert spasm.semantic_group == "Disorders"
    assert "Spasm of the back muscles" in spasm.surfaces


def test_build_keeps_the_institutes_of_each_concept(vocab):
    assert vocab.lookup("azithromycin").sources == ["MPlusDrugs"]
    assert vocab.lookup("influenza").sources == ["CDC"]
    assert vocab.lookup("tummy").sources == []  # a lay-table concept


def test_format_1_files_load_without_sources(tmp_path):
    path = tmp_path / "old.json"
    row = ["C1", "Gout", [], "Disorders", "Disease", ["Gout"]]
    manifest = {"kind": "focus-vocabulary", "format": 1, "built_at": "then"}
    path.write_text(json.dumps({"manifest": manifest, "concepts": [row]}))
    assert FocusVocabulary.load(path).lookup("gout").sources == []


def test_build_reads_old_spellings_and_skips_broken_files(vocab):
    assert vocab.lookup("influenza").id == "focus:influenza"  # <DiseaseFile>
    assert vocab.lookup("azithromycin").category == "Drug"
    assert vocab.concept("focus:broken") is None  # truncated XML skipped


def test_build_reports_progress_per_file():
    seen = []
    FocusVocabulary.build(FIXTURE, progress=seen.append)
    assert sum(seen) == 9


def test_build_needs_a_folder(tmp_path):
    with pytest.raises(FileNotFoundError):
        FocusVocabulary.build(tmp_path / "missing")


def test_longest_match_wins(vocab):
    [match] = find_focus("What causes a left-sided back spasm?", vocab)
    assert match.surface == "left-sided back spasm"
    assert match.concept_id == "C9000001"


@pytest.mark.parametrize(
    "text", ["my back spasms hurt", "BACK-SPASM again?", "Back Spasms: what now", "back  spasm"]
)
def test_plurals_hyphens_and_case(vocab, text):
    assert [m.concept_id for m in find_focus(text, vocab)] == ["C9000001"]


def test_offsets_point_into_the_text(vocab):
    text = "Is Type 2 Diabetes inherited?"
    [match] = find_focus(text, vocab)
    assert text[match.start : match.end] == match.surface == "Type 2 Diabetes"


def test_synonyms_map_to_their_concept(vocab):
    [match] = find_focus("Is diabetes mellitus type 2 curable?", vocab)
    assert match.name == "Type 2 diabetes"


def test_generic_words_are_not_a_focus(vocab):
    # "Pain" is a focus in the fixture, but a generic one: only fallback phrases remain.
    assert all(m.concept_id.startswith("text:") for m in find_focus("I am in pain.", vocab))
    assert find_focus("the pain in my back", vocab) == []


def test_acronyms_need_capitals(vocab):
    assert names(find_focus("Is SAD worse in winter?", vocab)) == [
        "Seasonal affective disorder (SAD)"
    ]
    assert "Seasonal affective disorder (SAD)" not in names(find_focus("i feel sad", vocab))


def test_bracket_name_without_the_bracket(vocab):
    assert names(find_focus("acute lymphoblastic leukemia in kids", vocab)) == [
        "Acute lymphoblastic leukemia (ALL)"
    ]


def test_brand_names_map_to_the_generic(vocab):
    ids = {m.concept_id for m in find_focus("Zithromax or a Z-Pak?", vocab)}
    assert ids == {vocab.lookup("azithromycin").id}
    assert LAY_SYNONYMS["tylenol"] == "acetaminophen"


def test_lay_words_in_the_vocabulary(vocab):
    assert names(find_focus("is the flu contagious", vocab)) == ["Influenza"]
    assert vocab.lookup("high sugar").name == "diabetes"


def test_one_match_per_concept_in_order(vocab):
    matches = find_focus("Back spasm after the flu, and back spasms again", vocab)
    assert names(matches) == ["Back Spasm", "Influenza"]


class TestWithoutVocabulary:
    def test_lay_terms_and_brands(self):
        matches = find_focus("Can I take Tylenol for pins and needles?")
        assert names(matches) == ["acetaminophen", "paresthesia"]

    def test_content_phrase_of_the_question(self):
        matches = find_focus("What causes left-sided back spasm?")
        assert [m.concept_id for m in matches] == ["text:left sid back spasm", "lay:back spasm"]

    def test_phrase_comes_from_the_first_question(self):
        text = "I play tennis every week. Why does my wrist tendon hurt? Also my knee."
        [match] = [m for m in find_focus(text) if m.concept_id.startswith("text:")]
        assert match.surface == "wrist tendon hurt"

    def test_nothing_specific(self):
        assert find_focus("What should I do?") == []


def test_save_and_load_round_trip(vocab, tmp_path):
    path = tmp_path / "focus.json"
    vocab.save(path)
    loaded = FocusVocabulary.load(path)
    manifest = json.loads(path.read_text())["manifest"]
    assert manifest["kind"] == "focus-vocabulary"
    assert manifest["format"] == 2
    assert manifest["concepts"] == len(vocab) == len(loaded)
    assert loaded.lookup("azithromycin").sources == ["MPlusDrugs"]
    assert manifest["terms"] == vocab.term_count == loaded.term_count
    text = "left-sided back spasm or zithromax"
    assert find_focus(text, loaded) == find_focus(text, vocab)
    assert list(tmp_path.iterdir()) == [path]  # no temp file left behind


@pytest.mark.parametrize(
    "content",
    ["not json", '{"manifest": {"kind": "bm25", "format": 1}, "concepts": []}', "[]",
     '{"manifest": {"kind": "focus-vocabulary", "format": 1}, "concepts": [[1]]}'],
)  # fmt: skip
def test_load_rejects_other_files(tmp_path, content):
    path = tmp_path / "focus.json"
    path.write_text(content)
    with pytest.raises(ValueError, match="askmed tune"):
        FocusVocabulary.load(path)


def test_load_of_a_missing_file(tmp_path):
    with pytest.raises(ValueError, match="askmed tune"):
        FocusVocabulary.load(tmp_path / "nope.json")


def _match(concept_id, name, surface=None):
    return FocusMatch(concept_id, name, 0, 0, surface or name)


class TestFocusSimilarity:
    def test_shared_concept(self):
        a = [_match("C1", "Back Spasm"), _match("C2", "Influenza")]
        assert focus_similarity(a, [_match("C2", "flu")]) == 1.0

    def test_token_overlap(self):
        # {back, spasm} vs {back, pain}: 1 shared / 3 in union
        a = [_match("x", "back spasm")]
        b = [_match("y", "back pain", "back pains")]
        assert focus_similarity(a, b) == pytest.approx(1 / 3)

    def test_disjoint(self):
        assert focus_similarity([_match("x", "gout")], [_match("y", "acne")]) == 0.0

    @pytest.mark.parametrize(("a", "b"), [([], [_match("x", "gout")]), ([_match("x", "g")], [])])
    def test_empty_side(self, a, b):
        assert focus_similarity(a, b) == 0.0


def test_focus_terms_deduplicates_in_order():
    matches = [_match("a", "Azithromycin"), _match("b", "Gout"), _match("c", "azithromycin")]
    assert focus_terms(matches) == ["Azithromycin", "Gout"]


def test_real_medquad_vocabulary(tmp_path):
    started = time.perf_counter()
    vocab = FocusVocabulary.build(MEDQUAD)
    assert time.perf_counter() - started < 30
    assert len(vocab) > 5000
    for term in ("azithromycin", "back pain", "muscle cramps", "type 2 diabetes", "shingles"):
        assert vocab.lookup(term) is not None, term
    assert vocab.lookup("Z-Pak") is vocab.lookup("azithromycin")
    assert vocab.lookup("heart attack") is vocab.lookup("myocardial infarction")
    question = "What is the dose of Zithromax for a sinus infection?"
    assert "Azithromycin" in names(find_focus(question, vocab))
