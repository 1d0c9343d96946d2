"""Red-flag detection and personal-data masking on the hand-labelled sets.

    .venv/bin/python bench/safety.py [--set first|dev|v2|v3] [--show-errors]

Cases: ``red_flags.jsonl`` (emergency and non-emergency phrasings, with the emergency
kind) and ``personal_data.jsonl`` (sentences with their personal data spans and the
medical facts that must stay) of one set: ``first`` (bench/labels/, the first held-out
set), ``dev`` (bench/labels/dev/), ``v2`` (bench/labels/v2/) or ``v3`` (bench/labels/v3/,
the final held-out set);
each written by a separate session that never saw the detectors' code (see
bench/labels/README.md).

Red flags: recall = emergencies with at least one flag; precision = flagged cases that
are emergencies; kind = emergencies whose flags include the labelled kind.
Personal data, per kind: recall = labelled spans entirely inside a masked span (of any
kind); exact kind = ... inside a masked span of the same kind. Facts kept = ``keep``
strings that no masked span touches (goal: all). Extra = masked spans touching no
labelled span.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from labelled import jsonl  # noqa: E402

from askmed_engine.safety import find_personal_data, find_red_flags  # noqa: E402


def pct(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f}%" if total else "-"


def red_flags(folder: str, show: bool) -> None:
    rows = jsonl(f"{folder}red_flags")
    tp = fp = fn = kind_ok = 0
    per_kind: Counter[str] = Counter()
    per_kind_hit: Counter[str] = Counter()
    started = time.perf_counter()
    errors = []
    for row in rows:
        flags = find_red_flags(row["text"])
        if row["emergency"]:
            per_kind[row["kind"]] += 1
            if flags:
                tp += 1
                per_kind_hit[row["kind"]] += 1
                kind_ok += row["kind"] in {f.kind for f in flags}
            else:
                fn += 1
                errors.append(("missed", row, flags))
        elif flags:
            fp += 1
            errors.append(("false alarm", row, flags))
    elapsed = (time.perf_counter() - started) / len(rows)
    emergencies = tp + fn
    print(f"## Red flags: {emergencies} emergencies, {len(rows) - emergencies} non-emergencies\n")
    print("| measure | value | goal |\n|---|---:|---:|")
    print(f"| recall | {pct(tp, emergencies)} | ≥ 98% |")
    print(f"| precision | {pct(tp, tp + fp)} | ≥ 90% |")
    print(f"| right kind among flags | {pct(kind_ok, emergencies)} | |")
    print(f"| time per text | {1000 * elapsed:.2f} ms | |\n")
    print("| kind | n | recall |\n|---|---:|---:|")
    for kind, n in sorted(per_kind.items()):
        print(f"| {kind} | {n} | {pct(per_kind_hit[kind], n)} |")
    if show:
        for what, row, flags in errors:
            print(f"- {what}: {row['text'][:160]!r} -> {[f.kind for f in flags]} ({row['note']})")


def _occurrences(text: str, part: str) -> list[int]:
    starts, i = [], text.find(part)
    while i >= 0:
        starts.append(i)
        i = text.find(part, i + 1)
    return starts


def _inside(span: tuple[int, int], found: list) -> list:
    return [f for f in found if f.start <= span[0] and span[1] <= f.end]


def personal_data(folder: str, show: bool) -> None:
    rows = jsonl(f"{folder}personal_data")
    total: Counter[str] = Counter()
    masked: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    keep_total = keep_hit = extra = 0
    errors = []
    started = time.perf_counter()
    for row in rows:
        text = row["text"]
        found = find_personal_data(text)
        gold = []
        for span in row["spans"]:
            start = text.find(span["text"])
            gold.append((start, start + len(span["text"])))
            total[span["kind"]] += 1
            covering = _inside(gold[-1], found)
            masked[span["kind"]] += bool(covering)
            exact[span["kind"]] += any(f.kind == span["kind"] for f in covering)
            if not covering:
                errors.append(("missed", span["kind"], span["text"], text))
        for fact in row["keep"]:
            keep_total += 1
            touched = [
                f
                for start in _occurrences(text, fact)
                if not any(g0 <= start and start + len(fact) <= g1 for g0, g1 in gold)
                for f in found
                if f.start < start + len(fact) and start < f.end
            ]  # occurrences inside a labelled span ("41" in an ID) are not the fact
            keep_hit += bool(touched)
            if touched:
                errors.append(("masked a fact", touched[0].kind, fact, text))
        for f in found:
            if not any(f.start < end and start < f.end for start, end in gold):
                extra += 1
                errors.append(("extra", f.kind, f.text, text))
    elapsed = (time.perf_counter() - started) / len(rows)
    print(f"\n## Personal data: {len(rows)} sentences, {sum(total.values())} spans\n")
    print("| kind | spans | masked (recall) | with the right kind |\n|---|---:|---:|---:|")
    for kind in sorted(total):
        n = total[kind]
        print(f"| {kind} | {n} | {pct(masked[kind], n)} | {pct(exact[kind], n)} |")
    all_n = sum(total.values())
    everything = f"{pct(sum(masked.values()), all_n)} | {pct(sum(exact.values()), all_n)}"
    print(f"| **all** | {all_n} | {everything} |")
    print(f"\nmedical facts kept: {keep_total - keep_hit} of {keep_total} (goal: all)")
    print(f"masked spans touching no labelled span: {extra}")
    print(f"time per sentence: {1000 * elapsed:.2f} ms")
    if show:
        for what, kind, span, text in errors:
            print(f"- {what} [{kind}] {span!r} in {text[:140]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--set", default="v3", choices=["first", "dev", "v2", "v3"])
    args = parser.parse_args()
    folder = {"first": "", "dev": "dev/", "v2": "v2/", "v3": "v3/"}[args.set]
    print(f"# Safety checks on the {args.set!r} set\n")
    red_flags(folder, args.show_errors)
    personal_data(folder, args.show_errors)


if __name__ == "__main__":
    main()
