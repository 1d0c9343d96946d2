from django.core.management.base import BaseCommand

from askmed.intake.services import title_for


class Command(BaseCommand):
    help = (
        'The page title for a question, "Focus: What Is Asked - Department" (the first line '
        "is read as the question, the rest as its details). Needs no database."
    )

    def add_arguments(self, parser):
        parser.add_argument("text", help="the question (title, then details on further lines)")
        parser.add_argument("--department", default="", help="use this department, not routing")

    def handle(self, text, department, **options):
        self.stdout.write(title_for(text, department))
