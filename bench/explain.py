"""More Info explanations on public consumer questions: support, abstention, length, time.

    .venv/bin/python bench/explain.py [--set dev|eval] [--no-vectors] [--sample FILE]

The knowledge base is built as the site builds it — every MedQuAD answer cut into
passages, indexed by BM25 and (unless ``--no-vectors``) MiniLM vectors — and cached in
``var/bench/knowledge`` (rebuilt when MedQuAD's article digests change; vectors take
~8 minutes the first time).

Question sets (no text is committed; keys and split rule below):

- medical: real consumer questions from ``../shared/data``; ``dev`` = the MeQSum
  questions whose key hashes even (150 of them), ``eval`` = those hashing odd (150) plus
  every distinct RQE-test consumer question;
- non-medical and nonsense: ``bench/labels/explain/nonmedical_<set>.jsonl`` (50 each,
  written by a session that never saw the explainer).

Measures: abstention rate on each set (goals: ≤ 15% medical, 100% non-medical); the
share of written sentences whose cited passages support them, re-checked here from the
knowledge base's own passage text with :func:`askmed_engine.explain_support.supports`
(verbatim, or paraphrase coverage + numbers + negation; goal 100%); citations to a
passage that does not exist; sentences, words and sources per explanation; time per
explanation (p50/p95, model loaded, knowledge base in memory).

Baseline, same run: "quote the best passage" — the top hybrid-search passage's first
three sentences, with no topic gate (what a plain retrieve-and-show system does).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from labelled import DATA, consumer_questions, jsonl  # noqa: E402

from askmed_engine.embeddings import load_embedder  # noqa: E402
from askmed_engine.explain import Explainer  # noqa: E402
from askmed_engine.explain_support import supports  # noqa: E402
from askmed_engine.explain_types import ANSWER_SOURCE, ExplainRequest, Explanation  # noqa: E402
from askmed_engine.focus import FocusVocabulary  # noqa: E402
from askmed_engine.ingest.medquad import read_medquad  # noqa: E402
from askmed_engine.knowledge import KnowledgeArticle, KnowledgeBase  # noqa: E402
from askmed_engine.records import ArticleRecord  # noqa: E402
from askmed_engine.text import split_sentences  # noqa: E402

CACHE = ROOT / "var" / "bench" / "knowledge"


def medquad_articles():
    for unit in read_medquad(DATA / "medquad"):
        for record in unit.records:
            if isinstance(record, ArticleRecord):
                yield KnowledgeArticle.from_record(record)


def knowledge_base(embedder, vocab, with_vectors: bool) -> KnowledgeBase:
    try:
        kb = KnowledgeBase.load(CACHE, model=embedder.name, dim=embedder.dim)
    except ValueError:
        kb = KnowledgeBase(model=embedder.name, dim=embedder.dim)
    report = kb.sync(medquad_articles(), vocab)
    if report.changed:
        kb.save(CACHE)
    if with_vectors and kb.index.missing_vectors():
        print(f"embedding {len(kb.index.missing_vectors())} passages…", file=sys.stderr)
        kb.embed_missing(embedder, checkpoint=lambda: kb.save(CACHE))
        kb.save(CACHE)
    if not with_vectors:
        kb.index.vectors.remove(list(kb.index.vectors.ids()))
    return kb


def medical_questions(name: str) -> list[tuple[str, str]]:
    texts = consumer_questions(DATA)

    def odd(key: str) -> bool:
        return int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2 == 1

    meqsum = sorted(k for k in texts if k.startswith("meqsum:"))
    if name == "dev":
        keys = [k for k in meqsum if not odd(k)][:150]
    else:
        keys = [k for k in meqsum if odd(k)][:150] + sorted(
            (k for k in texts if k.startswith("rqe-test:")), key=lambda k: int(k.split(":")[1])
        )
    return [(k, texts[k]) for k in keys]


def check_support(kb: KnowledgeBase, explanation: Explanation) -> tuple[int, int, int]:
    """(sentences, supported, citations of unknown passages) re-checked from the KB."""
    total = ok = unknown = 0
    for section in explanation.sections:
        for sentence in section.sentences:
            total += 1
            texts = []
            for source in sentence.sources:
                if source == ANSWER_SOURCE:
                    continue
                passage = kb.passages.get(source)
                if passage is None:
                    unknown += 1
                else:
                    texts.append(passage.text)
            if section.key == "opening" or supports(sentence.text, texts).supported:
                ok += 1
    return total, ok, unknown


def baseline_abstains(kb: KnowledgeBase, text: str, vector) -> bool:
    hits = kb.search(text, vector, k=1)
    return not hits or not split_sentences(hits[0].passage.text)


def run_set(explainer: Explainer, kb, questions, embedder, sample) -> dict:
    rows = {"n": 0, "abstained": 0, "sentences": 0, "supported": 0, "unknown": 0,
            "words": [], "sources": [], "seconds": [], "base_abstained": 0}  # fmt: skip
    for key, text in questions:
        start = time.perf_counter()
        explanation = explainer.explain(ExplainRequest(text))
        rows["seconds"].append(time.perf_counter() - start)
        rows["n"] += 1
        vector = embedder.encode([text])[0] if embedder else None
        rows["base_abstained"] += baseline_abstains(kb, text, vector)
        if explanation.abstained:
            rows["abstained"] += 1
        else:
            total, ok, unknown = check_support(kb, explanation)
            rows["sentences"] += total
            rows["supported"] += ok
            rows["unknown"] += unknown
            rows["words"].append(
                sum(len(c.text.split()) for s in explanation.sections for c in s.sentences)
            )
            rows["sources"].append(len(explanation.passage_ids()))
        if sample is not None:
            sample.write(json.dumps({"key": key, "question": text, **explanation.to_json()}) + "\n")
    return rows


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="eval", choices=["eval", "dev"])
    parser.add_argument("--no-vectors", action="store_true", help="keywords only")
    parser.add_argument("--sample", type=Path, help="write every explanation as JSON lines")
    args = parser.parse_args()
    embedder = load_embedder("minilm")
    vocab = FocusVocabulary.build(DATA / "medquad")
    kb = knowledge_base(embedder, vocab, not args.no_vectors)
    explainer = Explainer(kb, embedder=None if args.no_vectors else embedder, vocab=vocab)
    use = None if args.no_vectors else embedder
    nonmedical = [
        (f"nonmedical:{i}", r["text"])
        for i, r in enumerate(jsonl(f"explain/nonmedical_{args.set}"))
    ]
    sample = args.sample.open("w") if args.sample else None
    results = {
        "medical": run_set(explainer, kb, medical_questions(args.set), use, sample),
        "non-medical": run_set(explainer, kb, nonmedical, use, sample),
    }
    if sample:
        sample.close()
    print(f"knowledge base: {len(kb.articles)} articles, {len(kb)} passages, "
          f"{len(kb.index.vectors)} with vectors; set {args.set}")  # fmt: skip
    print()
    print(
        "| questions | n | abstained (askmed) | abstained (baseline) | sentences | supported "
        "| unknown citations | words p50 | sources p50 | time p50 | time p95 |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        seconds = sorted(r["seconds"])
        p95 = seconds[min(len(seconds) - 1, int(0.95 * len(seconds)))]
        words = statistics.median(r["words"]) if r["words"] else 0
        sources = statistics.median(r["sources"]) if r["sources"] else 0
        p50 = statistics.median(seconds)
        cells = [
            name,
            r["n"],
            pct(r["abstained"], r["n"]),
            pct(r["base_abstained"], r["n"]),
            r["sentences"],
            pct(r["supported"], r["sentences"]),
            r["unknown"],
            f"{words:.0f}",
            f"{sources:.0f}",
            f"{p50 * 1000:.0f} ms",
            f"{p95 * 1000:.0f} ms",
        ]
        print("| " + " | ".join(str(c) for c in cells) + " |")


if __name__ == "__main__":
    main()
