from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from askmed.search import runtime
from askmed.search.collections import COLLECTIONS
from askmed.search.indexes import forget_loaded, refresh


class Command(BaseCommand):
    help = "Bring the search indexes up to date with the database (incremental)."

    def add_arguments(self, parser):
        parser.add_argument("names", nargs="*", help=f"Any of {sorted(COLLECTIONS)} (default: all)")
        parser.add_argument(
            "--keywords-only",
            action="store_true",
            help="Skip computing vectors (the worker fills them in later).",
        )

    def handle(self, names, keywords_only, **options):
        unknown = set(names) - set(COLLECTIONS)
        if unknown:
            raise CommandError(
                f"Unknown index {sorted(unknown)}; choose from {sorted(COLLECTIONS)}"
            )
        if not keywords_only:
            runtime.load_model()
        for name in names or sorted(COLLECTIONS):
            with tqdm(
                desc=f"index {name}",
                unit=" rows",
                file=self.stderr._out,
                disable=options["verbosity"] < 1,
            ) as bar:
                index = refresh(name, embed=not keywords_only, progress=bar.update)
            self.stdout.write(
                f"{name}: {len(index)} documents, {len(index.vectors)} with vectors ({index.model})"
            )
        forget_loaded()
