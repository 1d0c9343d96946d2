import json
import sys

from django.core.management.base import BaseCommand, CommandError

from askmed.core.jsonlines import parse_line
from askmed.search import runtime
from askmed_engine.similar import PairScorer

BATCH = 256


def parse(line: str, number: int) -> tuple[str, str]:
    data = parse_line(line, number, ("a", "b"))
    return data["a"], data["b"]


class Command(BaseCommand):
    help = 'Score JSON lines {"a": ..., "b": ...} from stdin: {"score", "similar"} per line.'

    def handle(self, **options):
        scorer = PairScorer(runtime.embedder(), runtime.pair_model(), runtime.vocabulary())
        lines = [line for line in sys.stdin.read().splitlines() if line.strip()]
        results, errors = [], 0
        for start in range(0, len(lines), BATCH):
            pairs, slots = [], []
            for number, line in enumerate(lines[start : start + BATCH], start=start + 1):
                try:
                    pairs.append(parse(line, number))
                    slots.append(None)
                except ValueError as exc:
                    slots.append({"error": str(exc)})
                    errors += 1
            scores = iter(scorer.score_pairs(pairs))
            for slot in slots:
                if slot is None:
                    scored = next(scores)
                    slot = {"score": scored.score, "similar": bool(scored.similar)}
                results.append(json.dumps(slot))
        self.stdout.write("\n".join(results))
        if errors:
            raise CommandError(f"{errors} malformed line(s); see the error objects above")
