"""The `draftkit` command line: a thin layer that parses arguments and prints."""

from __future__ import annotations

from draftkit.cli.app import app

# Each module registers its commands on `app` when imported.
from draftkit.cli import drafting as _drafting  # noqa: F401  isort: skip
from draftkit.cli import scoring as _scoring  # noqa: F401  isort: skip
from draftkit.cli import evaluation as _evaluation  # noqa: F401  isort: skip
from draftkit.cli import batch as _batch  # noqa: F401  isort: skip
from draftkit.cli import ledger as _ledger  # noqa: F401  isort: skip
from draftkit.cli import plugins as _plugins  # noqa: F401  isort: skip


def main() -> None:
    app()


__all__ = ["app", "main"]
