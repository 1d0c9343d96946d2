import time

from django.core.management.base import BaseCommand, CommandError

from askmed.search.tuning import build_pair_model, build_routing_knowledge, build_vocabulary


class Command(BaseCommand):
    help = (
        "Build the focus vocabulary and routing knowledge and tune the pair model on the "
        "shared public data."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--vocabulary-only",
            action="store_true",
            help="Only (re)build the focus vocabulary and the routing knowledge without page "
            "vectors (seconds).",
        )

    def handle(self, vocabulary_only, **options):
        started = time.monotonic()
        try:
            build_vocabulary(self.stdout.write)
            build_routing_knowledge(self.stdout.write, with_vectors=not vocabulary_only)
            if not vocabulary_only:
                build_pair_model(self.stdout.write)
        except FileNotFoundError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"done in {time.monotonic() - started:.0f} s")
