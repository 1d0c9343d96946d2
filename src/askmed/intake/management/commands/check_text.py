import json

from django.core.management.base import BaseCommand

from askmed_engine.safety import check


class Command(BaseCommand):
    help = (
        'Red flags and personal data in "TEXT": {"red_flags": [...], "personal_data": [...], '
        '"masked": "..."}. Needs no database.'
    )

    def add_arguments(self, parser):
        parser.add_argument("text", help="the question to check")

    def handle(self, text, **options):
        self.stdout.write(json.dumps(check(text), ensure_ascii=False))
