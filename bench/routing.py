"""Department routing accuracy on hand-labelled real consumer questions, with a baseline.

    .venv/bin/python bench/routing.py [--set eval|dev] [--no-vectors] [--show-errors]

Cases: ``bench/labels/routing_<set>.jsonl`` (MeQSum and RQE-test consumer questions,
labelled by the rules of DESIGN.md §6 with a primary department and acceptable ones; see
bench/README.md). Measures, per department and overall:

- top-1: the first suggestion is the primary or an acceptable department;
- top-3: the three suggestions contain the primary department.

askmed is run as `askmed tune` builds it: focus vocabulary, routing knowledge with MiniLM
page vectors (``--no-vectors``: without; ~4 of the ~5 minutes are the page vectors).

Baseline, same run: the departments of the nearest answered questions (MedQuAD's
answered questions with the departments askmed's importer gives them; BM25 top 10,
votes weighted by score, the best three departments).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from labelled import DATA, routing_cases  # noqa: E402

from askmed_engine.embeddings import load_embedder  # noqa: E402
from askmed_engine.focus import FocusVocabulary  # noqa: E402
from askmed_engine.ingest.medquad import read_medquad  # noqa: E402
from askmed_engine.keyword import BM25Index  # noqa: E402
from askmed_engine.records import QuestionRecord  # noqa: E402
from askmed_engine.routing import Router  # noqa: E402
from askmed_engine.routing.knowledge import RoutingKnowledge  # noqa: E402

NEIGHBOURS = 10


class NearestAnswered:
    """Baseline: vote the departments of the BM25-nearest answered MedQuAD questions."""

    def __init__(self, medquad: Path) -> None:
        self.department: dict[str, str] = {}
        docs = []
        for unit in read_medquad(medquad):
            for record in unit.records:
                if isinstance(record, QuestionRecord):
                    doc_id = record.provenance.record_id
                    self.department[doc_id] = record.department
                    docs.append((doc_id, f"{record.title} {record.focus}"))
        self.index = BM25Index.build(docs)

    def route(self, text: str) -> list[str]:
        votes: Counter[str] = Counter()
        for hit in self.index.search(text, NEIGHBOURS):
            votes[self.department[hit.doc_id]] += hit.score
        ranked = [dept for dept, _ in votes.most_common(3)]
        return ranked + ["Family Medicine"] * (3 - len(ranked))


def evaluate(cases, route) -> tuple[dict[str, list[int]], list[tuple]]:
    """Per primary department: [cases, top-1 hits, top-3 hits]; plus the misses."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = []
    for case in cases:
        names = route(case.text)
        row = table[case.primary]
        row[0] += 1
        top1 = names[0] == case.primary or names[0] in case.acceptable
        row[1] += top1
        row[2] += case.primary in names[:3]
        if not top1:
            misses.append((case, names))
    return table, misses


def pct(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f}%" if total else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="eval", choices=["eval", "dev"])
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--no-vectors", action="store_true", help="keywords and rules only")
    args = parser.parse_args()
    cases = routing_cases(args.set)
    started = time.perf_counter()
    vocabulary = FocusVocabulary.build(DATA / "medquad")
    embedder = None if args.no_vectors else load_embedder("minilm")
    knowledge = RoutingKnowledge.build(vocabulary, DATA / "medquad", embedder=embedder)
    query = (lambda text: embedder.encode([text])[0]) if embedder else None
    router = Router(vocabulary, knowledge, query)
    baseline = NearestAnswered(DATA / "medquad")
    built = time.perf_counter() - started
    started = time.perf_counter()
    ours, misses = evaluate(cases, lambda t: [s.name for s in router.route(t)])
    per_question = (time.perf_counter() - started) / len(cases)
    base, _ = evaluate(cases, baseline.route)
    what = "keywords and rules only" if args.no_vectors else "with MiniLM page vectors"
    print(f"## Routing: {len(cases)} labelled consumer questions ({args.set} set, {what})\n")
    print("| department | n | askmed top-1 | askmed top-3 | nearest-answered top-1 | top-3 |")
    print("|---|---:|---:|---:|---:|---:|")
    for dept in sorted(ours, key=lambda d: -ours[d][0]):
        n, t1, t3 = ours[dept]
        _, b1, b3 = base[dept]
        print(f"| {dept} | {n} | {pct(t1, n)} | {pct(t3, n)} | {pct(b1, n)} | {pct(b3, n)} |")
    total = [sum(row[i] for row in ours.values()) for i in range(3)]
    btotal = [sum(row[i] for row in base.values()) for i in range(3)]
    print(
        f"| **all** | {total[0]} | **{pct(total[1], total[0])}** | **{pct(total[2], total[0])}**"
        f" | {pct(btotal[1], total[0])} | {pct(btotal[2], total[0])} |"
    )
    print(f"\nknowledge built in {built:.1f} s; {1000 * per_question:.2f} ms per question")
    if args.show_errors:
        print("\n## Top-1 misses\n")
        for case, names in misses:
            print(f"- {case.key} [{case.primary} | {', '.join(case.acceptable)}] -> {names}")
            print(f"  {case.text[:300]}")


if __name__ == "__main__":
    main()
