"""Comparing two eval reports: what got better and what got worse (e.g. two prompt versions)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from draftkit.errors import InputError
from draftkit.evaluation.case import DIMENSIONS

EPSILON = 0.005


def load_report(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such report") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a draftkit report.json ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise InputError(f"{path}: not a draftkit report.json (no cases)")
    return data


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Lines saying what changed, per dimension mean and per case."""
    lines = []
    old_means, new_means = old.get("means", {}), new.get("means", {})
    for dimension in DIMENSIONS:
        if dimension in old_means and dimension in new_means:
            delta = new_means[dimension] - old_means[dimension]
            word = "better" if delta > EPSILON else "worse" if delta < -EPSILON else "same"
            lines.append(
                f"mean {dimension}: {old_means[dimension]:.2f} -> "
                f"{new_means[dimension]:.2f} ({delta:+.2f}, {word})"
            )
    before = {case["name"]: case for case in old["cases"]}
    for case in new["cases"]:
        previous = before.pop(case["name"], None)
        if previous is None:
            lines.append(f"{case['name']}: new case")
            continue
        if previous.get("passed") != case.get("passed"):
            lines.append(f"{case['name']}: {'now passes' if case.get('passed') else 'now FAILS'}")
        for dimension in DIMENSIONS:
            a, b = previous.get("scores", {}).get(dimension), case.get("scores", {}).get(dimension)
            if a is not None and b is not None and abs(b - a) > EPSILON:
                lines.append(
                    f"{case['name']}: {dimension} {a:.2f} -> {b:.2f} "
                    f"({'better' if b > a else 'worse'})"
                )
    lines += [f"{name}: case removed" for name in before]
    return lines
