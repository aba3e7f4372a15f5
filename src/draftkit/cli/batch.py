"""`draftkit batch`: draft a JSONL file of incidents with bounded concurrency."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from draftkit.cli.app import app, eprint, errors_to_exit_codes, fail
from draftkit.cli.drafting import (
    AllowPastOpt,
    FromOpt,
    MappingOpt,
    MaxAttemptsOpt,
    PromptsOpt,
    ResponseFormatOpt,
    VerboseOpt,
    context_from_flags,
    format_choice,
    provider_notes,
)


class Via(str, Enum):
    direct = "direct"
    openai_batch = "openai-batch"


@app.command()
def batch(
    source: Annotated[Path, typer.Argument(help="JSONL, one incident per line (- for stdin).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="JSONL results, one per line.")],
    concurrency: Annotated[int, typer.Option("--concurrency", "-c", min=1, max=512)] = 8,
    provider: Annotated[str | None, typer.Option("--provider")] = None,
    model: Annotated[str | None, typer.Option("--model")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url")] = None,
    timeout: Annotated[float | None, typer.Option("--timeout")] = None,
    max_attempts: MaxAttemptsOpt = None,
    prompts: PromptsOpt = None,
    via: Annotated[
        Via, typer.Option("--via", help="direct, or openai-batch (the Batch API, 24 h window).")
    ] = Via.direct,
    adapter: FromOpt = None,
    mapping: MappingOpt = None,
    allow_past_follow_up: AllowPastOpt = False,
    response_format: ResponseFormatOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Draft many incidents; rerun with the same OUTPUT to retry only what failed."""
    with errors_to_exit_codes():
        from draftkit.batch import BatchSummary, run_batch

        context = context_from_flags(
            provider=provider,
            model=model,
            base_url=base_url,
            timeout=timeout,
            max_attempts=max_attempts,
            prompts_dir=prompts,
            allow_past_follow_up=allow_past_follow_up or None,
            response_format=format_choice(response_format),
            verbose=verbose or None,
        )
        summary = BatchSummary()
        convert = None
        if adapter is not None:
            from draftkit.adapters import converter

            convert = converter(adapter, str(mapping) if mapping else None)
        elif mapping is not None:
            fail("--mapping needs --from zendesk|freshdesk", 2)
        try:
            with context, provider_notes(context.settings.verbose):
                if via is Via.openai_batch:
                    from draftkit.openai_batch import run_openai_batch

                    summary = run_openai_batch(source, output, context=context, convert=convert)
                else:
                    run_batch(
                        source,
                        output,
                        concurrency=concurrency,
                        context=context,
                        summary=summary,
                        convert=convert,
                    )
        except KeyboardInterrupt:
            summary.interrupted = True
            eprint(f"draftkit: batch interrupted: {summary.line()}; rerun to finish")
            raise typer.Exit(130) from None
        eprint(f"draftkit: batch: {summary.line()}")
        if not summary.ok:
            raise typer.Exit(1)
