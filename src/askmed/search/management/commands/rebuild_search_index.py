from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from askmed.search.collections import COLLECTIONS
from askmed.search.indexes import refresh


class Command(BaseCommand):
    help = "Bring the keyword indexes up to date with the database (incremental)."

    def add_arguments(self, parser):
        parser.add_argument(
            "names", nargs="*", help=f"Any of {sorted(COLLECTIONS)} (default: all)."
        )

    def handle(self, names, **options):
        unknown = set(names) - set(COLLECTIONS)
        if unknown:
            raise CommandError(
                f"Unknown index {sorted(unknown)}; choose from {sorted(COLLECTIONS)}."
            )
        for name in names or sorted(COLLECTIONS):
            with tqdm(
                desc=f"index {name}",
                unit=" rows",
                file=self.stderr._out,
                disable=options["verbosity"] < 1,
            ) as bar:
                index = refresh(name, progress=bar.update)
            self.stdout.write(f"{name}: {len(index)} documents indexed")
