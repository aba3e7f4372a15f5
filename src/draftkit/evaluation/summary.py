"""The lines and cells every report format shares (console, Markdown, HTML), so they agree."""

from __future__ import annotations

from draftkit.evaluation.runner import CaseResult, SuiteResult

SHORT = {"responsibility": "resp", "specificity": "spec", "regret": "regr", "structure": "struct"}


def fmt(value: float) -> str:
    """Every score and mean is shown this one way, in the console and in every report."""
    return f"{value:.2f}"


def totals(result: SuiteResult) -> dict[str, int]:
    outcomes = [c.outcome for c in result.cases]
    return {
        "cases": len(result.cases),
        "passed": sum(c.passed for c in result.cases),
        "failed": sum(not c.passed for c in result.cases),
        "accepted": outcomes.count("accepted"),
        "rejected": outcomes.count("rejected"),
        "errors": outcomes.count("error"),
        "skipped": sum(bool(c.skipped) for c in result.cases),
        "judged": sum(c.judge_recorded is True for c in result.cases),
        "judge_not_recorded": sum(c.judge_recorded is False for c in result.cases),
    }


def summary_line(result: SuiteResult) -> str:
    t = totals(result)
    line = (
        f"{t['passed']} passed, {t['failed']} failed "
        f"({t['accepted']} accepted, {t['rejected']} rejected, {t['errors']} errors) "
        f"in {result.seconds:.2f} s"
    )
    if t["skipped"]:
        line += (
            f"; {t['skipped']} of {t['cases']} cases' expectations of their recorded answers "
            f"(outcome, attempt, findings) skipped with provider {result.provider}: only that "
            "each draft is accepted and meets the minimum scores was checked"
        )
    return line


def judge_line(result: SuiteResult) -> str | None:
    """How many cases the judge scored, and how many had no judge answer recorded."""
    t = totals(result)
    if not t["judged"] and not t["judge_not_recorded"]:
        return None
    line = f"judge: {t['judged']} cases scored"
    if t["judge_not_recorded"]:
        line += (
            f", {t['judge_not_recorded']} not recorded (not failed; record them with "
            "`draftkit eval --record --judge`)"
        )
    return line


def spread_cell(case: CaseResult, dimension: str) -> str:
    """`0.80–0.92 ±0.05` over the repeated runs, or the one value when every run agreed."""
    row = case.spread.get(dimension)
    if row is None:
        return fmt(case.scores[dimension]) if dimension in case.scores else "–"
    if row["min"] == row["max"]:
        return fmt(row["min"])
    return f"{fmt(row['min'])}–{fmt(row['max'])} ±{fmt(row['stdev'])}"
