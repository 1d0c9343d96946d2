"""Speed benchmark for the vector side of the engine: prints markdown tables.

    .venv/bin/python bench/speed.py            # full run (10k/100k/200k exact, 1M HNSW)
    .venv/bin/python bench/speed.py --quick    # 10k/100k only

Every number is measured against a baseline in the same run: ``ExactIndex.search`` against
a bare ``matrix @ q`` + ``np.argpartition`` top-10 on the same float32 matrix; ``AutoIndex``
in HNSW mode against that exact numpy search; the indexing pipeline against a raw
``model.encode``. The vectors are real MiniLM embeddings of ~30k distinct questions
(MedQuAD titles, MeQSum and RQE questions), cached in ``bench/.cache/``; larger sizes add synthetic
questions between a real question and one of its real neighbours (see :func:`scaled`).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import os
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np

from askmed_engine.embeddings import SentenceTransformerEmbedder
from askmed_engine.ingest import read_medquad, read_meqsum
from askmed_engine.records import QuestionRecord
from askmed_engine.text import normalize
from askmed_engine.vectors import AutoIndex, ExactIndex

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
DATA = HERE.parent.parent / "shared" / "data"
N_QUERIES = 200
K = 10
SIGMA = 0.01  # per-dimension noise on synthetic vectors: |noise| ~ 0.01 * sqrt(384) ~ 0.2


# -- data ---------------------------------------------------------------------------------


def question_texts() -> list[str]:
    """Distinct question texts (case-insensitive) from MedQuAD, MeQSum and RQE."""
    texts: list[str] = []
    for source in read_medquad(DATA / "medquad"):
        texts += [r.title for r in source.records if isinstance(r, QuestionRecord)]
    for source in read_meqsum(DATA / "meqsum" / "meqsum_1000.csv"):
        texts += [r.body for r in source.records if isinstance(r, QuestionRecord)]
    for path in sorted((DATA / "rqe").glob("*.xml")):
        raw = path.read_text(encoding="utf-8")
        texts += [html.unescape(m) for m in re.findall(r"<(?:chq|faq)>(.*?)</", raw, re.S)]
    seen: dict[str, str] = {}
    for text in map(normalize, texts):
        if text:
            seen.setdefault(text.lower(), text)
    return list(seen.values())


def cached_vectors(embedder: SentenceTransformerEmbedder, texts: list[str]) -> np.ndarray:
    """Embeddings of ``texts``, from ``bench/.cache`` when this exact list was seen before."""
    key = hashlib.sha256("\n".join([embedder.name, *texts]).encode()).hexdigest()[:16]
    path = CACHE / f"questions-{len(texts)}-{key}.npy"
    if path.exists():
        return np.load(path)
    CACHE.mkdir(exist_ok=True)
    start = time.perf_counter()
    vectors = embedder.encode(texts, batch_size=64)
    print(f"_encoded {len(texts):,} texts in {time.perf_counter() - start:.0f} s (cached)_\n")
    np.save(path, vectors)
    return vectors


def neighbours(base: np.ndarray, m: int = 10) -> np.ndarray:
    """The ``m`` nearest other base vectors of every base vector (exact)."""
    out = np.empty((len(base), m), dtype=np.int64)
    for start in range(0, len(base), 2048):
        scores = base[start : start + 2048] @ base.T
        scores[np.arange(len(scores)), np.arange(start, start + len(scores))] = -np.inf
        out[start : start + len(scores)] = np.argpartition(scores, -m, axis=1)[:, -m:]
    return out


def scaled(
    base: np.ndarray, near: np.ndarray, n: int, rng: np.random.Generator, sigma: float
) -> np.ndarray:
    """``n`` unit vectors: all of ``base`` once, then synthetic questions.

    A synthetic vector is ``(1 - t) * x_i + t * x_j + N(0, sigma^2)`` renormalised, with
    ``x_i`` a random real question, ``x_j`` one of its 10 nearest real questions and
    ``t ~ U(0, 0.5)``: a point between two related questions, so the data keeps the low
    intrinsic dimension of real embeddings instead of becoming clusters of noisy clones.
    """
    out = np.empty((n, base.shape[1]), dtype=np.float32)
    real = min(n, len(base))
    out[:real] = base[rng.permutation(len(base))[:real]]
    for start in range(real, n, 100_000):
        size = min(n, start + 100_000) - start
        i = rng.integers(0, len(base), size)
        j = near[i, rng.integers(0, near.shape[1], size)]
        t = rng.uniform(0.0, 0.5, (size, 1)).astype(np.float32)
        block = (1 - t) * base[i] + t * base[j]
        block += rng.standard_normal(block.shape, dtype=np.float32) * sigma
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[start : start + size] = block
    return out


# -- measuring ----------------------------------------------------------------------------


def numpy_top10(matrix: np.ndarray, q: np.ndarray) -> np.ndarray:
    """The baseline: one matmul, argpartition, sort the 10."""
    scores = matrix @ q
    top = np.argpartition(scores, len(scores) - K)[len(scores) - K :]
    return top[np.argsort(-scores[top])]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000.0


def pct(samples: Iterable[float]) -> tuple[float, float]:
    values = np.asarray(list(samples))
    return float(np.percentile(values, 50)), float(np.percentile(values, 99))


def interleaved(queries: np.ndarray, a: Callable, b: Callable, rounds: int) -> tuple[list, list]:
    """Time ``a(q)`` and ``b(q)`` alternately over the queries (so drift hits both alike)."""
    ta: list[float] = []
    tb: list[float] = []
    for _ in range(rounds):
        for q in queries:
            ta.append(timed(lambda q=q: a(q)))
            tb.append(timed(lambda q=q: b(q)))
    return ta, tb


def recall_at_k(found: list[list[str]], truth: list[list[str]]) -> float:
    return float(
        np.mean([len(set(f) & set(t)) / len(t) for f, t in zip(found, truth, strict=True)])
    )


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


# -- sections -----------------------------------------------------------------------------


def exact_row(vectors: np.ndarray, queries: np.ndarray) -> list[str]:
    """One table row: ExactIndex.search vs the numpy baseline over the same matrix."""
    n = len(vectors)
    index = ExactIndex(vectors.shape[1])
    index.add([f"q{i}" for i in range(n)], vectors)
    matrix = index.matrix

    def baseline(q: np.ndarray) -> np.ndarray:
        return numpy_top10(matrix, q)

    def ours(q: np.ndarray) -> object:
        return index.search(q, K)

    interleaved(queries[:20], baseline, ours, 1)  # warm-up
    base_ms, ours_ms = interleaved(queries, baseline, ours, 5 if n <= 100_000 else 3)
    (b50, b99), (o50, o99) = pct(base_ms), pct(ours_ms)
    return [f"{n:,}", f"{b50:.3f}", f"{b99:.3f}", f"{o50:.3f}", f"{o99:.3f}", f"{o50 / b50:.2f}×"]


def exact_vs_numpy(data: dict[int, np.ndarray], queries: np.ndarray) -> None:
    rows = [exact_row(vectors, queries) for vectors in data.values()]
    print("### Exact search vs bare numpy (top-10, one query, float32)\n")
    header = ["vectors", "numpy p50 ms", "numpy p99 ms", "ExactIndex p50 ms", "p99 ms", "ratio p50"]
    print(table(header, rows))
    print("\nGoal: ratio ≤ 1.10× up to 200k.\n")


def hnsw_vs_exact(vectors: np.ndarray, queries: np.ndarray, threshold: int) -> None:
    n, dim = vectors.shape
    ids = [f"q{i}" for i in range(n)]
    index = AutoIndex(dim, threshold=threshold)
    index.exact.add(ids, vectors)
    build = timed(index.rebuild_hnsw) / 1000.0
    assert index.kind == "hnsw"
    matrix = index.exact.matrix
    truth = [[ids[i] for i in numpy_top10(matrix, q)] for q in queries]
    found = [[h.doc_id for h in index.search(q, K)] for q in queries]
    interleaved(queries[:10], lambda q: numpy_top10(matrix, q), index.search, 1)  # warm-up
    exact_ms, hnsw_ms = interleaved(queries, lambda q: numpy_top10(matrix, q), index.search, 1)
    (e50, e99), (h50, h99) = pct(exact_ms), pct(hnsw_ms)
    assert index.hnsw is not None
    print(f"### {n:,} vectors: AutoIndex (HNSW + exact re-scoring) vs exact numpy\n")
    rows = [
        ["exact numpy (matmul + argpartition)", f"{e50:.2f}", f"{e99:.2f}", "1.00", "—"],
        [
            "AutoIndex, HNSW mode",
            f"{h50:.3f}",
            f"{h99:.3f}",
            f"{e50 / h50:.0f}×",
            f"{recall_at_k(found, truth):.3f}",
        ],
    ]
    print(table(["search", "p50 ms", "p99 ms", "speed-up (p50)", "recall@10 vs exact"], rows))
    params = index.hnsw.params
    print(
        f"\nHNSW build: {build:.0f} s for {n:,} vectors on {os.cpu_count()} cores "
        f"({n / build:,.0f} vectors/s; usearch f32 ip, M={params['connectivity']}, "
        f"ef_add={params['expansion_add']}, ef_search={params['expansion_search']}, "
        f"{index.oversample * K} candidates re-scored). Goals: speed-up ≥ 10×, recall ≥ 0.95.\n"
    )
    rows = []
    for ef in (128, 256, 512, 1024, 2048):
        index.hnsw.expansion_search = ef
        found = [[h.doc_id for h in index.search(q, K)] for q in queries]
        p50, p99 = pct(timed(lambda q=q: index.search(q, K)) for q in queries)
        rows.append(
            [
                str(ef),
                f"{p50:.3f}",
                f"{p99:.3f}",
                f"{e50 / p50:.0f}×",
                f"{recall_at_k(found, truth):.3f}",
            ]
        )
    index.hnsw.expansion_search = params["expansion_search"]
    print("Trade-off of the graph's search beam (ef) on the same index:\n")
    print(table(["ef", "p50 ms", "p99 ms", "speed-up (p50)", "recall@10"], rows))
    print()
    per_million = 1e6 / n
    print("### Memory per million 384-d vectors\n")
    rows = [
        ["exact float32 matrix", f"{matrix.nbytes * per_million / 2**20:,.0f}"],
        [
            "usearch HNSW (graph + its f32 copy)",
            f"{index.hnsw.memory_usage * per_million / 2**20:,.0f}",
        ],
    ]
    print(table(["structure", "MB per 1M vectors"], rows))
    print("\nAutoIndex in HNSW mode holds both.\n")


def query_encoding(embedder: SentenceTransformerEmbedder, texts: list[str]) -> None:
    for text in texts[:10]:
        embedder.encode([text])
    p50, p99 = pct(timed(lambda t=t: embedder.encode([t])) for t in texts)
    print("### Query encoding (one query, real MiniLM, CPU)\n")
    print(table(["queries", "p50 ms", "p99 ms"], [[f"{len(texts)}", f"{p50:.1f}", f"{p99:.1f}"]]))
    print()


def indexing_throughput(embedder: SentenceTransformerEmbedder, texts: list[str]) -> None:
    model = embedder.load()
    model.encode(texts[:256], batch_size=64)  # warm-up

    index = AutoIndex(embedder.dim)
    raw_s = pipe_s = 0.0
    for start in range(0, len(texts), 1000):  # alternate chunk by chunk: drift hits both
        batch = texts[start : start + 1000]
        raw_s += timed(
            lambda b=batch: model.encode(
                b, batch_size=64, normalize_embeddings=True, convert_to_numpy=True
            )
        )
        ids = [f"t{start + i}" for i in range(len(batch))]
        pipe_s += timed(lambda b=batch, i=ids: index.add(i, embedder.encode(b, batch_size=64)))
    assert len(index) == len(texts)
    raw_s, pipe_s = raw_s / 1000.0, pipe_s / 1000.0
    rows = [
        ["raw model.encode", f"{len(texts) / raw_s:,.0f}", "1.00×"],
        [
            "SentenceTransformerEmbedder + AutoIndex.add",
            f"{len(texts) / pipe_s:,.0f}",
            f"{raw_s / pipe_s:.2f}×",
        ],
    ]
    print(
        f"### Indexing throughput ({len(texts):,} texts, batch 64, alternating chunks of 1,000)\n"
    )
    print(table(["pipeline", "texts/s", "vs raw"], rows))
    print("\nGoal: ≥ 0.80× raw.\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="10k/100k only (a few minutes)")
    parser.add_argument("--sigma", type=float, default=SIGMA, help="noise per dimension")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rng = np.random.default_rng(0)
    embedder = SentenceTransformerEmbedder()
    texts = question_texts()
    vectors = cached_vectors(embedder, texts)
    order = rng.permutation(len(texts))
    held_out, rest = order[:N_QUERIES], order[N_QUERIES:]
    queries, base = vectors[held_out], vectors[rest]
    sizes = [10_000, 100_000] if args.quick else [10_000, 100_000, 200_000]
    big = 100_000 if args.quick else 1_000_000
    print(f"## askmed speed ({'quick' if args.quick else 'full'} run)\n")
    print(
        f"Data: {len(texts):,} distinct real questions embedded with {embedder.name} "
        f"({vectors.shape[1]}-d); {N_QUERIES} held out as queries, {len(base):,} as the base. "
        f"Sizes past {len(base):,} = every base vector once + synthetic questions "
        f"(1 - t)·x_i + t·x_j + N(0, {args.sigma}²) per dimension, renormalised, with x_i a "
        "random real question, x_j one of its 10 nearest real questions, t ~ U(0, 0.5). "
        f"numpy {np.__version__}, {os.cpu_count()} cores, Python "
        f"{sys.version.split()[0]}.\n"
    )
    near = neighbours(base)
    data = {n: scaled(base, near, n, rng, args.sigma) for n in sizes}
    top1 = {n: float(np.mean(np.max(queries @ v.T, axis=1))) for n, v in data.items()}
    print(
        "Mean top-1 cosine of the queries: "
        + ", ".join(f"{n:,}: {c:.3f}" for n, c in top1.items())
        + "\n"
    )
    exact_vs_numpy(data, queries)
    del data
    hnsw_vs_exact(
        scaled(base, near, big, rng, args.sigma), queries, threshold=min(200_000, big // 2)
    )
    query_encoding(embedder, [texts[i] for i in held_out])
    pick = rng.permutation(len(texts))[: 1_000 if args.quick else 5_000]
    indexing_throughput(embedder, [texts[i] for i in pick])
    print(f"_Total run time: {time.perf_counter() - started:.0f} s._")


if __name__ == "__main__":
    main()
