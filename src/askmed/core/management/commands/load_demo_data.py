from django.core.management import call_command
from django.core.management.base import BaseCommand

from askmed.accounts.demo import DEMO_PASSWORD, ensure_demo_accounts
from askmed.enrichment.tasks import (
    embed_routing_pages,
    explain_question,
    refresh_knowledge,
    refresh_search_index,
    tune_pair_model,
)
from askmed.questions.models import Question
from askmed.search import runtime
from askmed.search.collections import COLLECTIONS
from askmed.search.tuning import ensure_routing_knowledge, ensure_vocabulary


class Command(BaseCommand):
    help = (
        "Import the demo data, create demo accounts, build the keyword indexes and queue "
        "the vectors and the pair-model tuning for the worker."
    )

    def handle(self, **options):
        for kind in ("seeds", "medquad", "meqsum"):
            call_command("import_records", kind, verbosity=options["verbosity"])
        accounts = ensure_demo_accounts()
        ensure_vocabulary(self.stdout.write)
        knowledge = ensure_routing_knowledge(self.stdout.write)
        call_command("rebuild_search_index", "--keywords-only", verbosity=options["verbosity"])
        for name in sorted(COLLECTIONS):
            refresh_search_index.enqueue(name)
        if not runtime.pair_model_path().exists():
            tune_pair_model.enqueue()
        if knowledge.vectors is None:
            embed_routing_pages.enqueue()
        refresh_knowledge.enqueue()  # passage vectors for More Info
        for pk in Question.objects.filter(source="seeds").values_list("pk", flat=True):
            explain_question.enqueue(pk)
        self.stdout.write(
            "Queued for the worker: sentence vectors for every question, article, "
            "knowledge passage and MedQuAD page (for routing), pair-model tuning, and the "
            "More Info of the reference pages (pages use keywords and default weights until "
            "then; other pages' More Info is compiled when first viewed)."
        )
        self.stdout.write(f"\nDemo accounts (password for each: {DEMO_PASSWORD}):")
        for account in accounts:
            self.stdout.write(f"  {account.username:<12} {account.note}")
