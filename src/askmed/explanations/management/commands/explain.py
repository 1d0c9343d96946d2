import json
import sys

from django.core.management.base import BaseCommand, CommandError

from askmed.core.jsonlines import map_json_lines
from askmed.explanations.knowledge import get_knowledge
from askmed.explanations.services import explainer
from askmed_engine.explain_types import ExplainRequest


class Command(BaseCommand):
    help = (
        'More Info for "TEXT" (and --answer, the doctor\'s answer) from the current '
        'database\'s knowledge base, as JSON; or one JSON line {"text": ..., "answer": ...} '
        "per line on stdin."
    )

    def add_arguments(self, parser):
        parser.add_argument("text", nargs="?", help="the question; omit to read JSON lines")
        parser.add_argument("--answer", default="", help="the doctor's answer it is anchored on")
        parser.add_argument("--answered-by", default="", help='e.g. "Dr. Ye Boshou (Neurology)"')

    def handle(self, text, answer, answered_by, **options):
        if get_knowledge() is None:
            self.stderr.write(
                "no knowledge base yet: building its keyword part from the published articles "
                "now; `askmed reindex knowledge` adds the passage vectors"
            )
        chosen = explainer()

        def explain(data: dict) -> dict:
            request = ExplainRequest(
                data["text"], data.get("answer") or "", data.get("answered_by") or ""
            )
            return chosen.explain(request).to_json()

        rows = (
            [explain({"text": text, "answer": answer, "answered_by": answered_by})]
            if text is not None
            else map_json_lines(sys.stdin, ("text",), explain)
        )
        errors = 0
        for row in rows:
            errors += "error" in row
            self.stdout.write(json.dumps(row, ensure_ascii=False))
        if errors:
            raise CommandError(f"{errors} malformed line(s); see the error objects above")
