"""`draftkit plugins`: the providers and scorers the registry can find, built-ins included."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from draftkit.cli.app import app, errors_to_exit_codes

GROUPS = ("draftkit.providers", "draftkit.scorers")


@app.command()
def plugins(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per plugin.")] = False,
) -> None:
    """List the providers (--provider NAME) and scorers (--scorer NAME) that are installed."""
    with errors_to_exit_codes():
        from draftkit.registry import plugins as found

        for group in GROUPS:
            kind = group.rsplit(".", 1)[1]
            entries = sorted(found(group).values(), key=lambda p: p.name)
            if as_json:
                for plugin in entries:
                    row = {"kind": kind[:-1], "name": plugin.name, "target": plugin.target}
                    print(json.dumps({**row, "from": plugin.origin}))
                continue
            print(f"{kind}:")
            for plugin in entries:
                print(f"  {plugin.name:<16} {plugin.target}  ({plugin.origin})")
