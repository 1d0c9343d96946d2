"""Keyword indexes kept in step with the database: build, incremental refresh, staleness."""

from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path

import pytest
from tests import factories

from askmed.questions.models import Question
from askmed.questions.services import publish_question
from askmed.search import indexes
from askmed.search.collections import Collection
from askmed.search.indexes import get_index, index_paths, refresh
from askmed_engine.hybrid import HybridIndex
from askmed_engine.keyword import BM25Index

pytestmark = pytest.mark.django_db

S = Question.Status


def ids(index: HybridIndex | BM25Index, query: str) -> list[str]:
    keyword = index.keyword if isinstance(index, HybridIndex) else index
    return [hit.doc_id for hit in keyword.search(query, k=50)]


def keyword_file(name: str = "questions") -> Path:
    return index_paths(name)[0] / "keyword.bm25"


def state_rows(name: str = "questions") -> dict[str, float]:
    _, state_path = index_paths(name)
    return json.loads(state_path.read_text())["rows"]


@pytest.fixture
def questions():
    return {
        "glaucoma": factories.QuestionFactory(
            title="Pressure in the eye and glaucoma",
            body="My eye pressure is high; is it glaucoma?",
        ),
        "tinnitus": factories.QuestionFactory(
            title="Ringing ears at night",
            body="Tinnitus keeps me awake at night.",
            status=S.ANSWERED,
        ),
        "pending": factories.QuestionFactory(
            title="Pending question on bunions",
            body="Bunions hurt in narrow shoes.",
            status=S.PENDING,
        ),
        "hidden": factories.QuestionFactory(
            title="Hidden question on warts",
            body="Warts on my fingers keep coming back.",
            status=S.HIDDEN,
        ),
    }


@pytest.fixture
def text_calls(monkeypatch):
    """The pks whose text each refresh re-tokenised."""
    calls: list[int] = []
    original = Collection.text

    def recording(self, obj):
        calls.append(obj.pk)
        return original(self, obj)

    monkeypatch.setattr(Collection, "text", recording)
    return calls


# --- refresh -------------------------------------------------------------------------------


def test_index_paths_live_in_the_configured_folder(settings):
    index_path, state_path = index_paths("questions")
    assert index_path == Path(settings.ASKMED_INDEX_DIR) / "questions"
    assert state_path == Path(settings.ASKMED_INDEX_DIR) / "questions.state.json"


def test_refresh_builds_from_db_and_saves_files(settings, questions):
    index = refresh("questions")
    index_path, state_path = index_paths("questions")
    assert (index_path / "manifest.json").is_file()
    assert state_path.is_file()
    assert index_path.parent == Path(settings.ASKMED_INDEX_DIR)
    public = {str(questions["glaucoma"].pk), str(questions["tinnitus"].pk)}
    assert len(index) == 2
    assert set(state_rows()) == public
    assert ids(index, "glaucoma") == [str(questions["glaucoma"].pk)]
    assert ids(index, "tinnitus") == [str(questions["tinnitus"].pk)]
    assert ids(index, "bunions") == []  # pending is not public
    assert ids(index, "warts") == []  # hidden is not public
    saved = HybridIndex.load(index_path)
    assert ids(saved, "glaucoma") == [str(questions["glaucoma"].pk)]
    manifest = HybridIndex.read_manifest(index_path)
    assert (manifest["count"], manifest["vectors"], manifest["model"]) == (2, 2, "hashing-384")


def test_refresh_of_articles_holds_published_articles_only():
    shown = factories.ArticleFactory(title="Iron in the diet", body="Spinach and lentils.")
    factories.ArticleFactory(title="Draft on lentils", body="Lentils draft.", is_published=False)
    index = refresh("articles")
    assert len(index) == 1
    assert ids(index, "lentils") == [str(shown.pk)]


def test_refresh_with_nothing_changed_retokenises_nothing(questions, text_calls):
    refresh("questions")
    assert sorted(text_calls) == sorted([questions["glaucoma"].pk, questions["tinnitus"].pk])
    text_calls.clear()
    index = refresh("questions")
    assert text_calls == []
    assert len(index) == 2


def test_second_refresh_reindexes_only_the_edited_row(questions, text_calls):
    refresh("questions")
    before = state_rows()
    text_calls.clear()

    edited = questions["glaucoma"]
    edited.body = "My eye pressure is high and I see halos around lamps."
    edited.save()
    index = refresh("questions")

    assert text_calls == [edited.pk]
    after = state_rows()
    assert after[str(edited.pk)] != before[str(edited.pk)]
    untouched = str(questions["tinnitus"].pk)
    assert after[untouched] == before[untouched]
    assert ids(index, "halos") == [str(edited.pk)]
    assert ids(index, "glaucoma") == [str(edited.pk)]  # still in the title
    assert ids(index, "tinnitus") == [untouched]


def test_edited_words_leave_the_index(questions):
    refresh("questions")
    q = questions["tinnitus"]
    q.title = "Ear noise at night"
    q.body = "A buzzing noise keeps me awake."
    q.save()
    index = refresh("questions")
    assert ids(index, "tinnitus") == []
    assert ids(index, "buzzing") == [str(q.pk)]


def test_question_that_becomes_hidden_leaves_the_index(questions):
    refresh("questions")
    q = questions["glaucoma"]
    q.status = S.HIDDEN
    q.save()
    index = refresh("questions")
    assert str(q.pk) not in index
    assert ids(index, "glaucoma") == []
    assert str(q.pk) not in state_rows()
    assert len(index) == 1


def test_question_hidden_by_queryset_update_leaves_the_index(questions):
    refresh("questions")
    Question.objects.filter(pk=questions["glaucoma"].pk).update(status=S.HIDDEN)
    index = refresh("questions")
    assert ids(index, "glaucoma") == []


def test_deleted_question_leaves_the_index(questions):
    refresh("questions")
    pk = str(questions["tinnitus"].pk)
    questions["tinnitus"].delete()
    index = refresh("questions")
    assert pk not in index
    assert ids(index, "tinnitus") == []
    assert pk not in state_rows()
    assert pk not in HybridIndex.load(index_paths("questions")[0])
    assert pk not in HybridIndex.load(index_paths("questions")[0]).vectors


def test_question_that_becomes_public_joins_the_index(questions):
    refresh("questions")
    q = questions["pending"]
    q.status = S.PUBLISHED
    q.save()
    index = refresh("questions")
    assert ids(index, "bunions") == [str(q.pk)]


def test_refresh_reports_progress(questions):
    seen = []
    refresh("questions", progress=seen.append)
    assert sum(seen) == 4  # two rows indexed by keywords, then the same two embedded


def test_corrupt_index_file_is_rebuilt_by_refresh(questions):
    refresh("questions")
    keyword_file().write_bytes(b"this is not an index")
    index = refresh("questions")
    assert len(index) == 2
    assert ids(index, "glaucoma") == [str(questions["glaucoma"].pk)]
    assert len(BM25Index.load(keyword_file())) == 2


# numpy's np.load leaves the file open when a zip turns out to be truncated; collect it here
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_truncated_index_file_is_rebuilt_by_refresh(questions):
    refresh("questions")
    data = keyword_file().read_bytes()
    keyword_file().write_bytes(data[: len(data) // 2])
    try:
        index, error = refresh("questions"), ""
    except Exception as exc:  # reported below, once the frames holding the file are freed
        index, error = None, f"refresh crashed: {type(exc).__name__}: {exc}"
    gc.collect()
    assert not error, error
    assert len(index) == 2
    assert len(BM25Index.load(keyword_file())) == 2


def test_corrupt_state_file_means_full_rebuild(questions, text_calls):
    refresh("questions")
    _, state_path = index_paths("questions")
    state_path.write_text("{not json")
    text_calls.clear()
    index = refresh("questions")
    assert sorted(text_calls) == sorted([questions["glaucoma"].pk, questions["tinnitus"].pk])
    assert len(index) == 2
    assert set(state_rows()) == {str(questions["glaucoma"].pk), str(questions["tinnitus"].pk)}


def test_missing_index_file_with_state_means_full_rebuild(questions):
    refresh("questions")
    index_path, _ = index_paths("questions")
    shutil.rmtree(index_path)
    index = refresh("questions")
    assert len(index) == 2
    assert (index_path / "manifest.json").is_file()


# --- get_index -----------------------------------------------------------------------------


def test_get_index_builds_on_first_use(questions):
    index_path, state_path = index_paths("questions")
    assert not index_path.exists()
    index = get_index("questions")
    assert (index_path / "manifest.json").is_file()
    assert state_path.is_file()
    assert len(index) == 2
    assert ids(index, "glaucoma") == [str(questions["glaucoma"].pk)]


def test_get_index_reuses_its_copy_while_fresh(questions):
    first = get_index("questions")
    assert get_index("questions") is first


def test_get_index_picks_up_a_published_question(questions):
    before = get_index("questions")
    assert ids(before, "migraine") == []
    new = publish_question(
        Question(
            title="Migraine with flashing lights",
            body="Flashing lights, then migraine.",
            department=factories.department("neurology"),
        )
    )
    index = get_index("questions")
    assert ids(index, "migraine") == [str(new.pk)]
    assert len(index) == 3


def test_get_index_drops_a_question_hidden_after_loading(questions):
    get_index("questions")
    q = questions["tinnitus"]
    q.status = S.HIDDEN
    q.save()
    assert ids(get_index("questions"), "tinnitus") == []


def test_get_index_reloads_a_file_saved_by_another_process(questions):
    get_index("questions")
    # another process (the worker) refreshes and saves after a change
    q = factories.QuestionFactory(title="Shingles on my back", body="A painful shingles rash.")
    refresh("questions")
    assert ids(get_index("questions"), "shingles") == [str(q.pk)]


def test_get_index_after_forget_loaded_reads_the_saved_file(questions):
    first = get_index("questions")
    indexes.forget_loaded()
    second = get_index("questions")
    assert second is not first
    assert len(second) == len(first)


def test_get_index_picks_up_two_changes_in_a_row(questions):
    get_index("questions")
    first = factories.QuestionFactory(title="Gout in the big toe", body="My toe is red.")
    assert ids(get_index("questions"), "gout") == [str(first.pk)]
    second = factories.QuestionFactory(title="Plantar fasciitis pain", body="My heel hurts.")
    assert ids(get_index("questions"), "fasciitis") == [str(second.pk)]


def test_saving_a_question_queues_its_reindexing(questions, django_capture_on_commit_callbacks):
    """A new or edited question reaches the index through the background task (signals)."""
    refresh("questions")
    q = questions["glaucoma"]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        q.body = "My eye pressure is high and I see rainbow halos."
        q.save()
    assert len(callbacks) == 2  # its reindexing, and its More Info
    # the inline task backend of the test settings has run refresh_search_index already
    saved = HybridIndex.load(index_paths("questions")[0])
    assert ids(saved, "rainbow") == [str(q.pk)]
    assert str(q.pk) in saved.vectors


def test_deleting_an_article_queues_its_removal(django_capture_on_commit_callbacks):
    article = factories.ArticleFactory(title="Lentil soup and iron", body="Lentils.")
    refresh("articles")
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    saved = HybridIndex.load(index_paths("articles")[0])
    assert len(saved) == 0


def test_another_sentence_model_re_embeds_the_index(questions, settings):
    from askmed.search import runtime

    refresh("questions")
    assert HybridIndex.read_manifest(index_paths("questions")[0])["model"] == "hashing-384"
    settings.ASKMED_EMBEDDER = "hashing-128"
    runtime.embedder.cache_clear()
    index = refresh("questions")
    manifest = HybridIndex.read_manifest(index_paths("questions")[0])
    assert (manifest["model"], manifest["dim"], manifest["vectors"]) == ("hashing-128", 128, 2)
    assert index.vectors.vector(str(questions["glaucoma"].pk)).shape[-1] == 128


def test_query_vector_encodes_a_repeated_text_once(monkeypatch):
    from askmed.search import runtime

    model = runtime.embedder()
    calls = []
    real = model.encode
    monkeypatch.setattr(model, "encode", lambda texts, **kw: calls.append(texts) or real(texts))
    first = runtime.query_vector("my knee swells after running")
    again = runtime.query_vector("my knee swells after running")
    assert calls == [["my knee swells after running"]]
    assert again is first
    assert not first.flags.writeable  # shared, so read-only
