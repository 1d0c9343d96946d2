from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from askmed.explanations import knowledge
from askmed.search import runtime
from askmed.search.collections import COLLECTIONS
from askmed.search.indexes import forget_loaded, refresh

NAMES = [*sorted(COLLECTIONS), "knowledge"]


class Command(BaseCommand):
    help = "Bring the search indexes up to date with the database (incremental)."

    def add_arguments(self, parser):
        parser.add_argument("names", nargs="*", help=f"Any of {NAMES} (default: all)")
        parser.add_argument(
            "--keywords-only",
            action="store_true",
            help="Skip computing vectors (the worker fills them in later).",
        )

    def handle(self, names, keywords_only, **options):
        unknown = set(names) - set(NAMES)
        if unknown:
            raise CommandError(f"Unknown index {sorted(unknown)}; choose from {NAMES}")
        if not keywords_only:
            runtime.load_model()
        for name in names or NAMES:
            if name == "knowledge":
                self.knowledge(keywords_only, options["verbosity"])
                continue
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
        knowledge.forget_loaded()

    def knowledge(self, keywords_only: bool, verbosity: int) -> None:
        with tqdm(
            desc="knowledge", unit=" items", file=self.stderr._out, disable=verbosity < 1
        ) as bar:
            kb, report = knowledge.refresh(embed=not keywords_only, progress=bar.update)
        self.stdout.write(
            f"knowledge: {len(kb.articles)} articles, {len(kb)} passages, "
            f"{len(kb.index.vectors)} with vectors ({report.added} added, {report.updated} "
            f"updated, {report.removed} removed)"
        )
