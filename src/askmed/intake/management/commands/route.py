import json
import sys

from django.core.management.base import BaseCommand, CommandError

from askmed.core.jsonlines import numbered_lines, parse_line
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
                "routing with the built-in department keywords only; run "
                "`askmed tune --vocabulary-only` (seconds) to add MedQuAD's knowledge"
            )
        route = chosen.route
        texts = [(1, text)] if text is not None else self._stdin_texts()
        errors = 0
        for _number, item in texts:
            if isinstance(item, ValueError):
                errors += 1
                self.stdout.write(json.dumps({"error": str(item)}))
                continue
            found = [s.__dict__ for s in route(item, k)]
            self.stdout.write(json.dumps({"departments": found}, ensure_ascii=False))
        if errors:
            raise CommandError(f"{errors} malformed line(s); see the error objects above")

    def _stdin_texts(self):
        for number, line in numbered_lines(sys.stdin):
            try:
                yield number, parse_line(line, number, ("text",))["text"]
            except ValueError as exc:
                yield number, exc
