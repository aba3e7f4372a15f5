"""`draftkit ledger ...`: record sent apologies and look them up again.

Listing, showing and exporting all go through `draftkit.ledger.export`'s filtering, so internal
notes stored in the ledger are never printed by the command line.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from draftkit.cli.app import TextOrJson, app, eprint, errors_to_exit_codes, language_option

if TYPE_CHECKING:
    import datetime as dt

    from draftkit.ledger import Entry

ledger_app = typer.Typer(
    help="The apology ledger: a record of sent apologies to learn from.", no_args_is_help=True
)
app.add_typer(ledger_app, name="ledger")


class ExportFormat(str, Enum):
    markdown = "markdown"
    json = "json"


LedgerOpt = Annotated[
    Path | None,
    typer.Option(
        "--ledger",
        help="Ledger file [default: $DRAFTKIT_LEDGER, else the config file's ledger, else "
        "ledger.sqlite3 in the user data dir].",
        show_default=False,
    ),
]
LanguageOpt = Annotated[str | None, language_option("Only entries in this language.")]
FormatOpt = Annotated[TextOrJson, typer.Option("--format", "-f", help="text or json.")]


def _read_text(path: str) -> tuple[str, str]:
    """Return (text, subject) from plain text or from `draftkit draft --format json` output."""
    from draftkit.errors import InputError
    from draftkit.loading import read_source

    name, raw = read_source(path, "the sent apology")
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8 text", source=name) from None
    if not body.strip():
        raise InputError(f"{name}: empty file, expected the apology that was sent", source=name)
    if not body.lstrip().startswith("{"):
        return body.strip(), ""
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{name}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
            source=name,
        ) from None
    if isinstance(data, dict) and isinstance(data.get("text"), str):
        if not data["text"].strip():
            raise InputError(f"{name}: text: the apology is empty", source=name, field="text")
        return data["text"].strip(), str(data.get("subject") or "")
    from pydantic import ValidationError

    from draftkit.draft_types import DraftContent

    try:
        content = DraftContent.model_validate(data)
    except ValidationError:
        raise InputError(
            f"{name}: expected plain text or draft JSON with a 'text' field", source=name
        ) from None
    return content.text(), content.subject


def _parse_time(value: str | None) -> dt.datetime | None:
    import datetime as dt

    from draftkit.errors import InputError

    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"--approved-at: {value!r} is not an ISO date or time") from None


def _print_entries(entries: list[Entry], output: TextOrJson) -> None:
    from draftkit.ledger import shareable

    if output is TextOrJson.json:
        print(json.dumps([shareable(e) for e in entries], ensure_ascii=False, indent=2))
        return
    if not entries:
        eprint("draftkit: no ledger entries")
    for e in entries:
        approved = e.approved_by or "-"
        headline = e.subject or e.text.strip().splitlines()[0]
        print(
            f"#{e.id}\t{e.created_at[:10]}\t{e.incident_id or '-'}\t{e.language}\t{e.channel}"
            f"\t{e.severity}\t{approved}\t{headline[:80]}"
        )


@ledger_app.command("add")
def add(
    incident: Annotated[str, typer.Argument(help="Incident file (YAML or JSON).")],
    text: Annotated[
        str,
        typer.Option(
            "--text", help="The sent apology: plain text or `draftkit draft -f json` output."
        ),
    ],
    approved_by: Annotated[
        str | None, typer.Option("--approved-by", help="Who approved it.", show_default=False)
    ] = None,
    approved_at: Annotated[
        str | None,
        typer.Option("--approved-at", help="When, ISO 8601 [default: now].", show_default=False),
    ] = None,
    ledger: LedgerOpt = None,
) -> None:
    """Record an apology that was sent, with its incident and scores."""
    with errors_to_exit_codes():
        from draftkit.incident import load_incident
        from draftkit.ledger import Ledger

        case = load_incident(incident)
        body, subject = _read_text(text)
        moment = _parse_time(approved_at)
        with Ledger.open(ledger) as book:
            entry = book.add(
                case, body, subject=subject, approved_by=approved_by, approved_at=moment
            )
        print(f"added #{entry.id}")


@ledger_app.command("list")
def list_entries(
    language: LanguageOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many.")] = 50,
    output: FormatOpt = TextOrJson.text,
    ledger: LedgerOpt = None,
) -> None:
    """List entries, newest first."""
    with errors_to_exit_codes():
        from draftkit.ledger import Ledger

        with Ledger.open(ledger) as book:
            entries = book.list(limit=limit, language=language)
        _print_entries(entries, output)


@ledger_app.command("show")
def show(
    entry_id: Annotated[int, typer.Argument(metavar="ID", help="Entry number.")],
    output: FormatOpt = TextOrJson.text,
    ledger: LedgerOpt = None,
) -> None:
    """Show one entry: the facts, the apology and its scores (never internal notes)."""
    with errors_to_exit_codes():
        from draftkit.ledger import Ledger, export, shareable

        with Ledger.open(ledger) as book:
            entry = book.get(entry_id)
        if output is TextOrJson.json:
            print(json.dumps(shareable(entry), ensure_ascii=False, indent=2))
        else:
            sys.stdout.write(export([entry], "markdown").split("\n", 2)[2])


@ledger_app.command("search")
def search(
    query: Annotated[str, typer.Argument(help="Words to look for in the facts and the text.")],
    language: LanguageOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many.")] = 20,
    output: FormatOpt = TextOrJson.text,
    ledger: LedgerOpt = None,
) -> None:
    """Find entries sharing the most words with the query."""
    with errors_to_exit_codes():
        from draftkit.ledger import Ledger

        with Ledger.open(ledger) as book:
            entries = book.search(query, limit=limit, language=language)
        _print_entries(entries, output)


@ledger_app.command("export")
def export_entries(
    ids: Annotated[
        list[int] | None,
        typer.Argument(
            metavar="[IDS]...", help="Entries to export [default: all].", show_default=False
        ),
    ] = None,
    output: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="markdown or json.")
    ] = ExportFormat.markdown,
    public: Annotated[
        bool,
        typer.Option("--public", help="A public note: no customer names, contacts or approvers."),
    ] = False,
    out: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file.", show_default=False)
    ] = None,
    ledger: LedgerOpt = None,
) -> None:
    """Export entries as Markdown or JSON, without internal notes."""
    with errors_to_exit_codes():
        from draftkit.errors import InputError
        from draftkit.ledger import Ledger, export

        with Ledger.open(ledger) as book:
            entries = [book.get(i) for i in ids] if ids else book.list(limit=None)
        document = export(
            entries, "json" if output is ExportFormat.json else "markdown", public=public
        )
        if out is None:
            sys.stdout.write(document)
            return
        try:
            out.write_text(document, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{out}: cannot write ({exc.strerror})", source=str(out)) from None
        eprint(
            f"draftkit: exported {len(entries)} entr{'y' if len(entries) == 1 else 'ies'} to {out}"
        )
