from django.core.management.base import BaseCommand
from tqdm import tqdm

from askmed.imports.importer import Importer
from askmed.imports.sources import resolve_path
from askmed_engine.ingest import READERS


class Command(BaseCommand):
    help = "Import MedQuAD XML, MeQSum CSV, seed pages or askmed JSONL (idempotent, resumable)."

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=sorted(READERS))
        parser.add_argument("path", nargs="?", help="File or folder (default: the shared data)")
        parser.add_argument("--force", action="store_true", help="Re-import finished units too.")

    def handle(self, kind, path, force, **options):
        source = resolve_path(kind, path)
        bar = tqdm(
            desc=f"import {kind}",
            unit=" units",
            disable=options["verbosity"] < 1,
            file=self.stderr._out,
        )
        summary = Importer(kind, force=force).run(READERS[kind](source), lambda _u: bar.update())
        bar.close()
        for path_key, message in summary.errors:
            self.stderr.write(f"skipped malformed {path_key}: {message}")
        self.stdout.write(f"{kind}: {summary.as_line()}")
