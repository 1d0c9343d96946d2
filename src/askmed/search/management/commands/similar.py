import json

from django.core.management.base import BaseCommand, CommandError

from askmed.search import runtime
from askmed.search.services import similar_to_text


class Command(BaseCommand):
    help = "Answered questions most like TEXT, as a JSON list, from the current database."

    def add_arguments(self, parser):
        parser.add_argument("text")
        parser.add_argument("--k", type=int, default=4, help="How many (1-50).")

    def handle(self, text, k, **options):
        if not text.strip():
            raise CommandError("TEXT is empty: give the question to compare.")
        if not 1 <= k <= 50:
            raise CommandError("--k must be between 1 and 50.")
        runtime.load_model()
        hits = [
            {
                "id": m.obj.pk,
                "title": m.obj.display_title,
                "url": m.obj.get_absolute_url(),
                "department": m.obj.department.name,
                "score": m.score,
                "why": m.why,
            }
            for m in similar_to_text(text[:10_000], k=k)
        ]
        self.stdout.write(json.dumps(hits, indent=1))
