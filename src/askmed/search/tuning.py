"""Build the derived retrieval artefacts from the shared data: `askmed tune`.

The focus vocabulary and the routing knowledge (seconds) and the pair model (minutes:
every training pair is embedded) are written to ``ASKMED_MODEL_DIR``, outside git. Until
they exist the site uses the lay vocabulary, the built-in department keywords and
:meth:`PairModel.default`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from django.conf import settings

from askmed.search import runtime
from askmed_engine.focus import FocusVocabulary
from askmed_engine.routing.knowledge import RoutingKnowledge
from askmed_engine.similar import PairModel, PairScorer
from askmed_engine.tuning import train_pair_model, training_pairs


def data_dir() -> Path:
    path = Path(settings.ASKMED_DATA_DIR)
    if not (path / "medquad").is_dir():
        raise FileNotFoundError(
            f"{path / 'medquad'} does not exist: put the shared data beside the project "
            "(../shared/data) or set ASKMED_DATA_DIR."
        )
    return path


def build_vocabulary(say: Callable[[str], None] = print) -> FocusVocabulary:
    vocab = FocusVocabulary.build(data_dir() / "medquad")
    vocab.save(runtime.vocabulary_path())
    say(
        f"focus vocabulary: {len(vocab)} concepts, {vocab.term_count} terms "
        f"-> {runtime.vocabulary_path()}"
    )
    return vocab


def build_routing_knowledge(
    say: Callable[[str], None] = print, *, with_vectors: bool = False
) -> RoutingKnowledge:
    """Routing knowledge from MedQuAD (seconds); ``with_vectors`` adds each page's sentence
    vector by the site's embedder (minutes with MiniLM), for nearest-page routing."""
    vocab = ensure_vocabulary(say)
    embedder = None
    if with_vectors:
        runtime.load_model()
        embedder = runtime.embedder()
    knowledge = RoutingKnowledge.build(vocab, data_dir() / "medquad", embedder=embedder)
    knowledge.save(runtime.routing_knowledge_path())
    vectors = f", page vectors by {knowledge.vector_model}" if knowledge.vector_model else ""
    say(
        f"routing knowledge: {len(knowledge)} concepts, {len(knowledge.known_words)} words, "
        f"{len(knowledge.pages)} pages{vectors} -> {runtime.routing_knowledge_path()}"
    )
    return knowledge


def ensure_routing_knowledge(say: Callable[[str], None] = print) -> RoutingKnowledge:
    return runtime.routing_knowledge() or build_routing_knowledge(say)


def ensure_vocabulary(say: Callable[[str], None] = print) -> FocusVocabulary:
    return runtime.vocabulary() or build_vocabulary(say)


def build_pair_model(say: Callable[[str], None] = print) -> PairModel:
    vocab = ensure_vocabulary(say)
    pairs = training_pairs(data_dir(), vocab)
    scorer = PairScorer(runtime.embedder(), vocab=vocab)
    model = train_pair_model(pairs, scorer, progress=say)
    model.save(runtime.pair_model_path())
    say(
        f"pair model: threshold {model.threshold:.3f}, held-out accuracy "
        f"{model.meta['held_out_accuracy']:.3f} -> {runtime.pair_model_path()}"
    )
    return model
