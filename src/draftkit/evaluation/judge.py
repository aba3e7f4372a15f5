"""LLM-as-judge, optional: a rubric per dimension, recorded like any answer, compared in code.

The judge is asked at temperature 0 with a fixed seed; its numbers are compared with the heuristic
scorers' (mean absolute difference, Spearman rank correlation). Thresholds never read a judge's
own verdict: only numbers are compared, in code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from draftkit.errors import ProviderError
from draftkit.incident import Incident
from draftkit.parsing import extract_json_object
from draftkit.prompt import PromptSet, prompt_set
from draftkit.providers.base import ModelRequest, Provider

JUDGED = ("responsibility", "specificity", "regret")
#: The verdict's shape, asked for with the same response-format negotiation as a draft: strict
#: structured outputs where the server takes them, else `json_object`, else plain text.
JUDGE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        dimension: {
            "type": "object",
            "properties": {"score": {"type": "number"}, "reason": {"type": "string"}},
            "required": ["score", "reason"],
            "additionalProperties": False,
        }
        for dimension in JUDGED
    },
    "required": list(JUDGED),
    "additionalProperties": False,
}


class Verdict(BaseModel):
    scores: dict[str, float]
    reasons: dict[str, str]


def parse_verdict(answer: str) -> Verdict:
    data = extract_json_object(answer)
    if data is None:
        raise ProviderError(f"the judge did not answer with JSON: {answer[:80]!r}")
    scores, reasons = {}, {}
    for dimension in JUDGED:
        entry: Any = data.get(dimension)
        if not isinstance(entry, dict) or not isinstance(entry.get("score"), (int, float)):
            raise ProviderError(f"the judge's answer lacks a numeric {dimension}.score")
        scores[dimension] = max(0.0, min(1.0, float(entry["score"])))
        reasons[dimension] = str(entry.get("reason", ""))
    return Verdict(scores=scores, reasons=reasons)


def judge(
    text: str, incident: Incident, provider: Provider, prompts: PromptSet | None = None
) -> Verdict:
    """Ask for a verdict with the rubric of `prompts` (the shipped templates by default)."""
    rubric = prompts or prompt_set()
    request = ModelRequest(
        rubric.judge(text, incident), incident, 1, JUDGE_SCHEMA, schema_name="apology_verdict"
    )
    reply = provider.complete(request)
    return parse_verdict(reply.text)


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(a: Sequence[float], b: Sequence[float]) -> float | None:
    if len(a) < 3:
        return None
    ra, rb = _ranks(a), _ranks(b)
    mean_a, mean_b = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(ra, rb, strict=True))
    var_a = sum((x - mean_a) ** 2 for x in ra)
    var_b = sum((y - mean_b) ** 2 for y in rb)
    if not var_a or not var_b:
        return None
    return round(float(cov / (var_a * var_b) ** 0.5), 4)


def agreement(pairs: Sequence[tuple[dict[str, float], dict[str, float]]]) -> dict[str, Any]:
    """Per dimension: mean absolute difference and Spearman between heuristic and judge."""
    out: dict[str, Any] = {}
    for dimension in JUDGED:
        heuristic = [h[dimension] for h, _ in pairs]
        judged = [j[dimension] for _, j in pairs]
        if not heuristic:
            continue
        mad = sum(abs(x - y) for x, y in zip(heuristic, judged, strict=True)) / len(heuristic)
        out[dimension] = {
            "cases": len(heuristic),
            "mean_abs_diff": round(mad, 4),
            "spearman": spearman(heuristic, judged),
        }
    return out
