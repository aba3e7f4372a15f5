"""`draftkit eval`: run the offline eval suite, write reports, compare runs, record answers."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from draftkit.cli.app import app, eprint, errors_to_exit_codes
from draftkit.cli.drafting import (
    MaxAttemptsOpt,
    PromptsOpt,
    ResponseFormatOpt,
    VerboseOpt,
    context_from_flags,
    format_choice,
    provider_notes,
)


def _progress(done: int, total: int, case: Any) -> None:
    width = 30
    filled = round(width * done / total)
    mark = "ok" if case.passed else "FAIL"
    sys.stderr.write(
        f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {case.name[:40]:<40} {mark:<4}"
    )
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


@app.command("eval")
def eval_command(
    suite: Annotated[
        Path | None,
        typer.Argument(
            help="Suite directory or case file [default: the suite shipped with draftkit].",
            show_default=False,
        ),
    ] = None,
    report: Annotated[
        Path | None, typer.Option("--report", help="Write report.json/.md/.html and junit.xml.")
    ] = None,
    provider: Annotated[
        str | None,
        typer.Option(
            "--provider",
            help="Draft with this provider instead of replaying (template: the offline drafter).",
        ),
    ] = None,
    record: Annotated[
        bool, typer.Option("--record", help="Run against a live endpoint and save the answers.")
    ] = False,
    base_url: Annotated[str | None, typer.Option("--base-url")] = None,
    model: Annotated[str | None, typer.Option("--model")] = None,
    judge: Annotated[
        bool, typer.Option("--judge", help="Add LLM-as-judge scores (recorded, replayed).")
    ] = False,
    repeat: Annotated[int, typer.Option("--repeat", min=1, max=100)] = 1,
    compare: Annotated[
        Path | None, typer.Option("--compare", help="An older report.json to compare with.")
    ] = None,
    scorer: Annotated[
        list[str] | None,
        typer.Option("--scorer", help="Add a plugin scorer (repeatable; see draftkit plugins)."),
    ] = None,
    prompts: PromptsOpt = None,
    max_attempts: MaxAttemptsOpt = None,
    response_format: ResponseFormatOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Run every case of an eval suite offline and check its expectations (exit 1 if any fail)."""
    with errors_to_exit_codes():
        from draftkit.errors import InputError
        from draftkit.evaluation.case import default_suite_dir
        from draftkit.evaluation.compare import compare as compare_reports
        from draftkit.evaluation.compare import load_report
        from draftkit.evaluation.record import record_suite
        from draftkit.evaluation.report import (
            prepare_report_dir,
            spread_lines,
            to_json,
            write_reports,
        )
        from draftkit.evaluation.runner import run_suite
        from draftkit.evaluation.summary import fmt, judge_line, summary_line

        old = load_report(compare) if compare else None
        if report:
            prepare_report_dir(report)  # before the run, not after the scores are printed
        if record and suite is None:  # never rewrite the suite installed with draftkit
            raise InputError(
                "--record rewrites the case files it runs: name a suite directory of your own "
                "(copy the shipped one from the repository's evals/cases)"
            )
        suite = suite or default_suite_dir()
        flags: dict[str, Any] = {
            "prompts_dir": prompts,
            "max_attempts": max_attempts,
            "scorers": tuple(scorer) if scorer else None,
        }
        if record:
            live = context_from_flags(
                **flags,
                provider="openai",
                base_url=base_url,
                model=model,
                temperature=0,
                seed=7,
                response_format=format_choice(response_format),
                verbose=verbose or None,
            )
            with live, provider_notes(live.settings.verbose):
                written = record_suite(suite, live, judge=judge)
            eprint(f"draftkit: recorded answers into {len(written)} case files")
            return
        if provider == "openai":
            raise InputError("--provider openai calls a live endpoint; use --record for that")
        with context_from_flags(**flags, provider=provider) as context:
            result = run_suite(
                suite,
                context=context,
                provider=context.provider if provider else None,
                judge=judge,
                repeat=repeat,
                progress=_progress if sys.stderr.isatty() else None,
            )
        for case in result.cases:
            if not case.passed:
                print(f"FAIL {case.name}: {'; '.join(case.failures)}")
        means = result.means()
        print(" · ".join(f"{d} {fmt(v)}" for d, v in means.items()))
        for line in spread_lines(result):
            print(line)
        judged = judge_line(result)
        if judged:
            print(judged)
        for dimension, row in result.agreement.items():
            print(
                f"judge agreement {dimension}: mean abs diff {row['mean_abs_diff']}, "
                f"spearman {row['spearman']} over {row['cases']} cases"
            )
        if old is not None:
            for line in compare_reports(old, to_json(result)):
                print(line)
        if report:
            for path in write_reports(result, report):
                eprint(f"draftkit: wrote {path}")
        print(f"eval: {summary_line(result)}")
        if not result.passed:
            raise typer.Exit(1)
