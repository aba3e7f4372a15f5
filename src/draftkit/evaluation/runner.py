"""Running a suite: each case end to end, its expectations checked in code, results collected.

incident -> prompt -> openai SDK -> recorded answers (respx) -> validation and repair -> scores.
`--provider template` runs the offline drafter on the same incidents instead; `--record` runs a
live endpoint and keeps what it answered, so the next run can replay it offline.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from draftkit.draft_types import AttemptTrace, Draft, DraftContent
from draftkit.drafting import Rejected, run
from draftkit.errors import DraftkitError, DraftRejected, ProviderError
from draftkit.evaluation.case import DIMENSIONS, Case, load_suite
from draftkit.evaluation.judge import JUDGED
from draftkit.evaluation.judge import judge as ask_judge
from draftkit.evaluation.replay import Replay, replay_provider, serving
from draftkit.providers.base import Provider

if TYPE_CHECKING:
    from draftkit.context import Context


class CaseResult(BaseModel):
    name: str
    language: str
    channel: str
    severity: str
    industry: str
    description: str
    outcome: str  # accepted | rejected | error
    attempts: int
    scores: dict[str, float] = Field(default_factory=dict)
    spread: dict[str, dict[str, float]] = Field(default_factory=dict)
    fired: list[str] = Field(default_factory=list)
    findings: list[str] = Field(default_factory=list)
    judge: dict[str, float] = Field(default_factory=dict)
    judge_recorded: bool | None = None  # None: no judge asked for; False: no answer recorded
    score_findings: list[str] = Field(default_factory=list)  # "regret -0.40: why (sentence)"
    text: str = ""
    failures: list[str] = Field(default_factory=list)
    skipped: list[str] = Field(default_factory=list)  # expectations this run could not check
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return not self.failures


class SuiteResult(BaseModel):
    suite: str
    provider: str
    prompt_version: str
    cases: list[CaseResult]
    agreement: dict[str, Any] = Field(default_factory=dict)
    repeat: int = 1
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return all(case.passed for case in self.cases)

    def means(self) -> dict[str, float]:
        scored = [c.scores for c in self.cases if c.scores]
        names = dict.fromkeys([*DIMENSIONS, *(k for s in scored for k in s)])  # + plugin scorers
        return {
            name: round(statistics.fmean(s[name] for s in scored if name in s), 4)
            for name in names
            if any(name in s for s in scored)
        }


@dataclass
class Outcome:
    outcome: str
    attempts: int
    draft: DraftContent | None
    text: str
    findings: list[str]
    trace: list[AttemptTrace] = field(default_factory=list)  # each attempt, as the loop judged it

    def fired(self) -> list[str]:
        """The findings of every attempt, read from the loop's trace rather than judged again."""
        return list(dict.fromkeys(f.name for step in self.trace for f in step.findings))


def draft_case(case: Case, provider: Provider, context: Context | None = None) -> Outcome:
    """Draft the case with the context's prompts and attempts; the outcome carries the loop's
    trace of every attempt."""
    context = context or _default_context()
    try:
        draft: Draft = run(
            case.incident, context.prompts, provider, max_attempts=context.settings.max_attempts
        )
    except DraftRejected as exc:
        last = exc.last_draft
        return Outcome(
            "rejected",
            exc.attempts,
            last,
            last.text() if last else (exc.raw or ""),
            [f"{f.name}: {f.detail}" for f in exc.findings],
            exc.trace if isinstance(exc, Rejected) else [],
        )
    except ProviderError as exc:
        return Outcome("error", exc.attempts, None, "", [exc.message], exc.trace)
    outcome = Outcome("accepted", draft.meta.attempts, draft.content(), draft.text, [])
    outcome.trace = draft.meta.trace
    return outcome


def _skipped(case: Case) -> list[str]:
    """What a case expects of its recorded answers, which a live provider's drafts do not meet."""
    expect = case.expect
    skipped = [f"outcome {expect.outcome}"] if expect.outcome != "accepted" else []
    if expect.attempts and expect.attempts != 1:
        skipped.append(f"attempt {expect.attempts}")
    if expect.findings:
        skipped.append(f"findings {', '.join(expect.findings)}")
    return skipped


def _expectations(case: Case, result: CaseResult, template: bool) -> list[str]:
    expect = case.expect
    wanted = "accepted" if template else expect.outcome
    failures = []
    if result.outcome != wanted:
        failures.append(
            f"expected {wanted}, got {result.outcome}"
            + (f" ({'; '.join(result.findings)})" if result.findings else "")
        )
    elif not template and expect.attempts and result.attempts != expect.attempts:
        failures.append(f"expected attempt {expect.attempts}, got {result.attempts}")
    if not template:
        missing = [name for name in expect.findings if name not in result.fired]
        if missing:
            failures.append(f"expected findings did not fire: {', '.join(missing)}")
    if result.outcome == "accepted" and (template or expect.outcome == "accepted"):
        for dimension, minimum in expect.min_scores.items():
            if result.scores.get(dimension, 0.0) < minimum:
                failures.append(
                    f"{dimension} {result.scores.get(dimension, 0.0):.2f} < {minimum:.2f}"
                )
    return failures


def _scores(outcome: Outcome, case: Case, context: Context) -> tuple[dict[str, float], list[str]]:
    """The scores, and the findings that cost points (what a reader of the report acts on)."""
    if outcome.draft is None:
        return {}, []
    result = context.score(outcome.draft, case.incident)
    scores = {
        "responsibility": result.responsibility,
        "specificity": result.specificity,
        "regret": result.regret,
        "structure": result.structure.score,
        **result.extra,
    }
    costs = [
        f"{f.dimension} {f.effect:+.2f}: {f.reason}" + (f" — “{f.sentence}”" if f.sentence else "")
        for f in result.findings
        if f.effect < 0
    ]
    return scores, costs


def run_case(
    case: Case,
    *,
    context: Context | None = None,
    provider: Provider | None = None,
    use_judge: bool = False,
    judge_provider: Provider | None = None,
) -> CaseResult:
    """One case: replayed when `provider` is None, else drafted by that provider; prompts,
    attempts and plugin scorers come from the context (the settings in force by default)."""
    context = context or _default_context()
    started = time.perf_counter()
    missing: str | None = None
    fired: list[str] = []
    if provider is None:
        replay = Replay(case.name, case.responses)
        with serving(replay):
            outcome = draft_case(case, replay_provider(), context)
        missing = replay.missing
        fired = outcome.fired()
    else:
        outcome = draft_case(case, provider, context)
    inc = case.incident
    scores, costs = _scores(outcome, case, context)
    result = CaseResult(
        name=case.name,
        language=inc.language,
        channel=inc.channel,
        severity=inc.severity,
        industry=case.industry,
        description=case.description,
        outcome=outcome.outcome,
        attempts=outcome.attempts,
        scores=scores,
        score_findings=costs,
        fired=fired,
        findings=outcome.findings,
        text=outcome.text,
    )
    result.failures = [missing] if missing else _expectations(case, result, provider is not None)
    if provider is not None:
        result.skipped = _skipped(case)
    if use_judge and outcome.draft is not None and not missing:
        result.judge_recorded = judge_provider is not None or bool(case.judge_responses)
        if result.judge_recorded:  # without a recording the judge is reported, not failed
            result.judge, problem = _judge(case, outcome.text, judge_provider, context)
            if problem:
                result.failures.append(problem)
    result.seconds = round(time.perf_counter() - started, 4)
    return result


def _judge(
    case: Case, text: str, provider: Provider | None, context: Context
) -> tuple[dict[str, float], str | None]:
    try:
        if provider is not None:
            return ask_judge(text, case.incident, provider, context.prompts).scores, None
        replay = Replay(case.name, case.judge_responses, label="judge response")
        with serving(replay):
            verdict = ask_judge(text, case.incident, replay_provider(), context.prompts)
        return verdict.scores, None
    except DraftkitError as exc:
        return {}, f"judge: {exc.message}"


def _spread(runs: list[CaseResult]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for dimension in DIMENSIONS:
        values = [r.scores[dimension] for r in runs if dimension in r.scores]
        if values:
            out[dimension] = {
                "min": min(values),
                "max": max(values),
                "stdev": round(statistics.pstdev(values), 4),
            }
    return out


def _default_context() -> Context:
    from draftkit.context import Context
    from draftkit.settings import load_settings

    return Context(load_settings())


def run_suite(
    path: str | Path,
    *,
    context: Context | None = None,
    provider: Provider | None = None,
    judge: bool = False,
    judge_provider: Provider | None = None,
    repeat: int = 1,
    progress: Callable[[int, int, CaseResult], None] | None = None,
) -> SuiteResult:
    """Run every case of a suite; replayed offline unless a provider is given.

    The context (by default, the settings in force, as on the command line) gives the prompt
    set, `max_attempts` and the plugin scorers; it is not asked for a provider.
    """
    from draftkit.evaluation.judge import agreement

    context = context or _default_context()
    started = time.perf_counter()
    cases = load_suite(Path(path))
    results = []
    for index, case in enumerate(cases, start=1):
        runs = [
            run_case(
                case,
                context=context,
                provider=provider,
                use_judge=judge,
                judge_provider=judge_provider,
            )
            for _ in range(max(1, repeat))
        ]
        result = runs[0]
        result.failures = sorted({f for r in runs for f in r.failures})
        if repeat > 1:
            result.spread = _spread(runs)
        results.append(result)
        if progress:
            progress(index, len(cases), result)
    pairs = [({d: c.scores[d] for d in JUDGED}, c.judge) for c in results if c.judge and c.scores]
    return SuiteResult(
        suite=str(path),
        provider=provider.name if provider else "replay",
        prompt_version=context.prompts.version,
        cases=results,
        agreement=agreement(pairs) if judge else {},
        repeat=max(1, repeat),
        seconds=round(time.perf_counter() - started, 3),
    )
