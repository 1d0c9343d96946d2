"""The worker task that adds MedQuAD page vectors to the routing knowledge."""

from __future__ import annotations

from askmed.enrichment.tasks import embed_routing_pages
from askmed.search import runtime


def test_embed_routing_pages_saves_knowledge_with_vectors(shared_dir, settings):
    settings.ASKMED_DATA_DIR = str(shared_dir / "data")
    pages = embed_routing_pages.call()
    knowledge = runtime.routing_knowledge()
    assert pages == len(knowledge.pages) > 5000
    assert knowledge.vector_model == runtime.embedder().name
    assert knowledge.vectors.shape[0] == pages
    assert knowledge.example_vectors is not None
