from django.core.management import call_command
from django.core.management.base import BaseCommand

from askmed.accounts.demo import DEMO_PASSWORD, ensure_demo_accounts


class Command(BaseCommand):
    help = "Import the demo data (seeds, MedQuAD, MeQSum), create demo accounts, build indexes."

    def handle(self, **options):
        for kind in ("seeds", "medquad", "meqsum"):
            call_command("import_records", kind, verbosity=options["verbosity"])
        accounts = ensure_demo_accounts()
        call_command("rebuild_search_index", verbosity=options["verbosity"])
        self.stdout.write(f"\nDemo accounts (password for each: {DEMO_PASSWORD}):")
        for account in accounts:
            self.stdout.write(f"  {account.username:<12} {account.note}")
