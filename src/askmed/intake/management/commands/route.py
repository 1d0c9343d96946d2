import json
import sys
from dataclasses import asdict

from django.core.management.base import BaseCommand, CommandError

from askmed.core.jsonlines import map_json_lines
from askmed.intake.services import router


class Command(BaseCommand):
    help = (
        'Suggest 3 departments with scores and reasons: for "TEXT", or for each JSON line '
        '{"text": ...} on stdin. Needs no database.'
    )

    def add_arguments(self, parser):
        parser.add_argument("text", nargs="?", help="the question; omit to read JSON lines")
        parser.add_argument("--k", type=int, default=3, help="how many departments (default 3)")

    def handle(self, text, k, **options):
        if not 1 <= k <= 26:
            raise CommandError("--k must be between 1 and 26")
        chosen = router(wait_for_model=True)
        if chosen.knowledge is None:
            self.stderr.write(
                "routing with the built-in knowledge only; run `askmed tune --vocabulary-only` "
                "(seconds) to add MedQuAD's"
            )

        def suggest(data: dict) -> dict:
            return {"departments": [asdict(s) for s in chosen.route(data["text"], k)]}

        rows = (
            [suggest({"text": text})]
            if text is not None
            else map_json_lines(sys.stdin, ("text",), suggest)
        )
        errors = 0
        for row in rows:
            errors += "error" in row
            self.stdout.write(json.dumps(row, ensure_ascii=False))
        if errors:
            raise CommandError(f"{errors} malformed line(s); see the error objects above")
