"""`draftkit score`: score drafts or plain-text apologies written by people."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from draftkit.cli.app import TextOrJson, app, errors_to_exit_codes, language_option


def _subject(name: str) -> Any:
    """A draft JSON (Draft or bare DraftContent) when the file holds one, else plain text."""
    from draftkit.errors import InputError
    from draftkit.loading import read_source

    source, raw = read_source(name, "an apology (draft JSON or plain text)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not valid UTF-8 (byte {exc.start})") from None
    if text.lstrip().startswith("{"):
        from pydantic import ValidationError

        from draftkit.loading import validation_message
        from draftkit.scoring import content_from

        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{source}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
            ) from None
        try:
            content = content_from(data)
        except ValidationError as exc:
            from draftkit.draft_types import Draft, DraftContent

            model = Draft if isinstance(data, dict) and "parts" in data else DraftContent
            raise validation_message(source, exc, model) from None
        except TypeError as exc:
            raise InputError(f"{source}: {exc}") from None
        body = content.text if isinstance(content.text, str) else content.text()  # type: ignore[union-attr]
        if not body.strip():
            raise InputError(f"{source}: every part of the draft is empty; nothing to score")
        return content
    if not text.strip():
        raise InputError(f"{source}: empty file, expected an apology to score")
    return text


@app.command()
def score(
    files: Annotated[list[str], typer.Argument(help="Draft JSON or plain-text files; - is stdin.")],
    incident: Annotated[
        str | None, typer.Option("--incident", help="The incident the texts answer.")
    ] = None,
    language: Annotated[
        str | None, language_option("The texts' language [default: detected].")
    ] = None,
    output: Annotated[TextOrJson, typer.Option("--format", "-f")] = TextOrJson.text,
    scorer: Annotated[
        list[str] | None,
        typer.Option("--scorer", help="Add a plugin scorer (repeatable; see draftkit plugins)."),
    ] = None,
) -> None:
    """Score apologies for responsibility, specificity, regret and structure (0 to 1)."""
    with errors_to_exit_codes():
        from draftkit.context import Context
        from draftkit.incident import load_incident

        context = Context.from_options({"scorers": tuple(scorer) if scorer else None})
        case = load_incident(incident) if incident else None
        subjects = [(name, _subject(name)) for name in files]  # fail before printing anything
        rows = []
        for name, subject in subjects:
            result = context.score(subject, case, language)
            if output is TextOrJson.json:
                line = {"file": name, **result.model_dump(mode="json")}
                sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
            else:
                failed = [c.name for c in result.checks if not c.passed]
                rows.append((name, result, failed))
        if output is TextOrJson.text:
            _print_table(rows)


def _print_table(rows: list[tuple[str, Any, list[str]]]) -> None:
    width = max([len("file"), *(len(name) for name, _, _ in rows)])
    print(f"{'file':<{width}}  lang  resp  spec  regr  struct  failed checks")
    for name, result, failed in rows:
        print(
            f"{name:<{width}}  {result.language:<4}  {result.responsibility:.2f}  "
            f"{result.specificity:.2f}  {result.regret:.2f}  {result.structure.score:.2f}    "
            f"{', '.join(failed) or '-'}"
        )
        for scorer, value in result.extra.items():
            print(f"{'':<{width}}    + {scorer}: {value:.2f}")
        for finding in result.findings:
            if finding.effect < 0 and finding.sentence:
                print(f"{'':<{width}}    - {finding.dimension}: {finding.reason}")
