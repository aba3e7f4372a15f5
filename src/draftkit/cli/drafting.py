"""`draftkit draft`, `draftkit prompt` and `draftkit schema`."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from draftkit.cli.app import app, eprint, errors_to_exit_codes


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


class SchemaName(str, Enum):
    incident = "incident"
    draft = "draft"


IncidentArg = Annotated[
    str,
    typer.Argument(help="Incident file (YAML or JSON), or - to read stdin.", show_default=False),
]
ProviderOpt = Annotated[
    str | None,
    typer.Option(
        "--provider",
        help="openai, template or a plugin [default: openai when a key "
        "or base URL is configured, else template]",
        show_default=False,
    ),
]
ModelOpt = Annotated[
    str | None, typer.Option("--model", help="Model name [env DRAFTKIT_MODEL].", show_default=False)
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--base-url", help="OpenAI-compatible endpoint [env OPENAI_BASE_URL].", show_default=False
    ),
]
TimeoutOpt = Annotated[
    float | None,
    typer.Option("--timeout", help="Seconds per request [default 60].", show_default=False),
]
PromptsOpt = Annotated[
    Path | None,
    typer.Option(
        "--prompts",
        help="Directory with your own system.j2, user.j2, repair.j2.",
        show_default=False,
    ),
]


class ResponseFormat(str, Enum):
    auto = "auto"
    json_schema = "json_schema"
    json_object = "json_object"
    text = "text"


ResponseFormatOpt = Annotated[
    ResponseFormat | None,
    typer.Option(
        "--response-format",
        help="What to ask the server for: auto (json_schema, stepping down to json_object, "
        "then text, when the server refuses one), json_schema, json_object or text "
        "[env DRAFTKIT_RESPONSE_FORMAT; default auto].",
        show_default=False,
    ),
]
VerboseOpt = Annotated[
    bool, typer.Option("--verbose", "-v", help="Log HTTP requests to stderr (key redacted).")
]


class _StderrNotes(logging.Handler):
    """The provider's notes (the response format used, and why) as `draftkit: ...` lines."""

    def emit(self, record: logging.LogRecord) -> None:
        eprint(f"draftkit: {record.getMessage()}")


@contextmanager
def provider_notes(verbose: bool) -> Iterator[None]:
    """Print which response format a live endpoint got and why; per request with --verbose."""
    logger = logging.getLogger("draftkit.providers")
    handler = _StderrNotes()
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


def format_choice(choice: ResponseFormat | None) -> str | None:
    return choice.value if choice is not None else None


FromOpt = Annotated[
    str | None,
    typer.Option(
        "--from",
        help="Read INCIDENT as a helpdesk webhook payload: zendesk or freshdesk.",
        show_default=False,
    ),
]
MappingOpt = Annotated[
    Path | None,
    typer.Option(
        "--mapping", help="Your own payload -> incident mapping (YAML).", show_default=False
    ),
]
ExamplesOpt = Annotated[
    bool,
    typer.Option(
        "--examples-from-ledger",
        help="Add up to 2 similar approved past apologies from the ledger to the prompt.",
    ),
]
AllowPastOpt = Annotated[
    bool,
    typer.Option(
        "--allow-past-follow-up",
        help="Draft even when follow_up.by has passed and is not after occurred_at "
        "[env DRAFTKIT_ALLOW_PAST_FOLLOW_UP].",
    ),
]
MaxAttemptsOpt = Annotated[
    int | None,
    typer.Option(
        "--max-attempts",
        help="Drafts tried before rejecting [3; env DRAFTKIT_MAX_ATTEMPTS].",
        show_default=False,
    ),
]
LedgerOpt = Annotated[
    Path | None,
    typer.Option(
        "--ledger", help="Ledger file [env DRAFTKIT_LEDGER; config ledger].", show_default=False
    ),
]


def load_case(source: str, adapter: str | None, mapping: Path | None) -> Any:
    """The incident from a file, or from a helpdesk payload through an adapter mapping."""
    from draftkit.errors import InputError
    from draftkit.incident import load_incident

    if adapter is None:
        if mapping is not None:
            raise InputError("--mapping needs --from zendesk|freshdesk")
        case = load_incident(source)
    else:
        from draftkit.adapters import converter
        from draftkit.loading import parse_document, read_source

        name, raw = read_source(source)
        convert = converter(adapter, str(mapping) if mapping else None)
        case = convert(parse_document(name, raw), name)
    _note_detected_language(case, source)
    return case


def _name(source: str) -> str:
    return "<stdin>" if source == "-" else source


def _note_detected_language(case: Any, source: str) -> None:
    if case.language_detected:
        eprint(
            f"draftkit: note: {source}: no language given and the facts are in {case.language}, "
            f"so the draft is in {case.language} (set `language:` to choose)"
        )
        return
    written = case.facts_language()
    if written and written != case.language:
        from draftkit.prompt import language_name

        eprint(
            f"draftkit: warning: {source}: the facts read as {language_name(written)} but "
            f"`language:` is {case.language}; a model translates them, the template provider "
            "refuses"
        )


def context_from_flags(**flags: Any) -> Any:
    """The run's `Context`, from the flags given over environment and config file."""
    from draftkit.context import Context

    return Context.from_options(flags)


def ledger_examples(context: Any, case: Any) -> list[str]:
    found = context.examples(case)
    eprint(f"draftkit: {len(found)} example(s) from the ledger")
    return list(found)


def _report_rejection(exc: Any, output: OutputFormat, incident_id: str | None) -> None:
    """Findings and the last draft on stderr; with -f json, the error object on stdout too."""
    eprint(f"draftkit: error: {exc.message}")
    for finding in exc.findings:
        eprint(f"  - {finding.name}: {finding.detail}")
    if output is OutputFormat.json:  # the shape of a batch error line, for helpdesk scripts
        error = {"incident_id": incident_id, **exc.to_dict()}
        sys.stdout.write(json.dumps(error, ensure_ascii=False) + "\n")
    elif exc.last_draft is not None:
        eprint("--- last draft ---")
        eprint(exc.last_draft.text())
    elif exc.raw:
        eprint("--- last answer ---")
        eprint(exc.raw)


@app.command()
def draft(
    incident: IncidentArg,
    output: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text, json or markdown.")
    ] = OutputFormat.text,
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    timeout: TimeoutOpt = None,
    max_attempts: MaxAttemptsOpt = None,
    prompts: PromptsOpt = None,
    response_format: ResponseFormatOpt = None,
    verbose: VerboseOpt = False,
    adapter: FromOpt = None,
    mapping: MappingOpt = None,
    examples_from_ledger: ExamplesOpt = False,
    ledger: LedgerOpt = None,
    allow_past_follow_up: AllowPastOpt = False,
) -> None:
    """Draft a five-part apology for an incident, check it, and print it."""
    from draftkit.errors import DraftRejected

    loaded: list[Any] = []
    with errors_to_exit_codes(
        (lambda: loaded[0].id if loaded else None) if output is OutputFormat.json else None
    ):
        case = load_case(incident, adapter, mapping)
        loaded.append(case)
        context = context_from_flags(
            provider=provider,
            model=model,
            base_url=base_url,
            timeout=timeout,
            max_attempts=max_attempts,
            prompts_dir=prompts,
            response_format=format_choice(response_format),
            verbose=verbose or None,
            allow_past_follow_up=allow_past_follow_up or None,
            ledger=ledger,
        )
        with context:
            context.admit(case, _name(incident))
            examples = ledger_examples(context, case) if examples_from_ledger else []
            if context.offline_by_default:
                eprint(
                    "draftkit: no OPENAI_API_KEY or base URL configured; drafting offline with "
                    "the template provider"
                )
            else:
                chosen = context.provider
                eprint(f"draftkit: drafting with provider {chosen.name}, model {chosen.model}")
            try:
                with provider_notes(context.settings.verbose):
                    result = context.draft(case, examples, source=_name(incident))
            except DraftRejected as exc:
                _report_rejection(exc, output, case.id)
                raise typer.Exit(exc.exit_code) from None
        if output is OutputFormat.json:
            sys.stdout.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
        elif output is OutputFormat.markdown:
            sys.stdout.write(result.to_markdown())
        else:
            sys.stdout.write(result.text + "\n")
        eprint(
            f"draftkit: accepted on attempt {result.meta.attempts}, "
            f"{result.meta.usage.total_tokens} tokens"
        )


@app.command()
def prompt(
    incident: IncidentArg,
    output: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text, json or markdown.")
    ] = OutputFormat.text,
    prompts: PromptsOpt = None,
    adapter: FromOpt = None,
    mapping: MappingOpt = None,
    examples_from_ledger: ExamplesOpt = False,
    ledger: LedgerOpt = None,
    allow_past_follow_up: AllowPastOpt = False,
) -> None:
    """Print the messages that would be sent to the model, without calling anything."""
    with errors_to_exit_codes():
        case = load_case(incident, adapter, mapping)
        context = context_from_flags(
            prompts_dir=prompts,
            allow_past_follow_up=allow_past_follow_up or None,
            ledger=ledger,
        )
        context.admit(case, _name(incident))
        examples = ledger_examples(context, case) if examples_from_ledger else []
        chosen = context.prompts
        messages = chosen.messages(case, examples)
        if output is OutputFormat.json:
            print(
                json.dumps(
                    {"prompt_version": chosen.version, "messages": messages},
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return
        if output is OutputFormat.markdown:
            sys.stdout.write(_messages_markdown(chosen.version, messages))
            return
        for message in messages:
            print(f"--- {message['role']} ---")
            print(message["content"])


def _messages_markdown(version: str, messages: list[dict[str, str]]) -> str:
    """Each message under its role, in a fence longer than any backtick run inside it."""
    out = [f"# Prompt `{version}`\n"]
    for message in messages:
        content = message["content"]
        fence = "`" * max(3, _longest_backticks(content) + 1)
        out.append(f"\n## {message['role']}\n\n{fence}text\n{content}\n{fence}\n")
    return "".join(out)


def _longest_backticks(text: str) -> int:
    longest = current = 0
    for char in text:
        current = current + 1 if char == "`" else 0
        longest = max(longest, current)
    return longest


@app.command()
def schema(
    name: Annotated[SchemaName, typer.Argument(help="incident or draft.")],
) -> None:
    """Print the JSON Schema of the incident input or of the draft output."""
    if name is SchemaName.incident:
        from draftkit.incident import Incident

        document = Incident.model_json_schema()
    else:
        from draftkit.draft_types import Draft

        document = Draft.model_json_schema()
    print(json.dumps(document, indent=2, ensure_ascii=False))
