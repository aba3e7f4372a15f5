"""Overhead per draft, excluding the model: prompt render + parse + checks + scores.

A provider that answers instantly with a pre-composed draft stands in for the model, so what is
timed is draftkit's own work. Target: median <= 2 ms.

    python bench/overhead.py [--drafts 1000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from _common import example_incidents, summary, table, write_json

from draftkit.draft_types import Usage
from draftkit.drafting import run
from draftkit.prompt import prompt_set
from draftkit.providers.base import ModelReply, ModelRequest
from draftkit.providers.template import TemplateProvider
from draftkit.scoring import score


class Instant:
    """Answers with a draft composed before the clock starts."""

    name = "instant"
    model = "instant"
    deterministic = True

    def __init__(self, answers: dict[int, str]) -> None:
        self.answers = answers

    def complete(self, request: ModelRequest) -> ModelReply:
        return ModelReply(text=self.answers[id(request.incident)], usage=Usage())

    async def acomplete(self, request: ModelRequest) -> ModelReply:
        return self.complete(request)

    def close(self) -> None: ...

    async def aclose(self) -> None: ...


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()

    incidents = example_incidents()
    template = TemplateProvider()
    answers = {id(i): json.dumps(template.compose(i).model_dump()) for i in incidents}
    provider = Instant(answers)
    prompts = prompt_set()
    stages: dict[str, list[float]] = {"draft (render+parse+checks)": [], "score": [], "total": []}
    for n in range(args.drafts + 50):
        incident = incidents[n % len(incidents)]
        start = time.perf_counter()
        result = run(incident, prompts, provider, max_attempts=1)
        middle = time.perf_counter()
        score(result, incident)
        end = time.perf_counter()
        if n >= 50:  # warm-up excluded
            stages["draft (render+parse+checks)"].append((middle - start) * 1000)
            stages["score"].append((end - middle) * 1000)
            stages["total"].append((end - start) * 1000)
    rows: list[list[Any]] = []
    for name, values in stages.items():
        stats = summary(values)
        rows.append([name, stats["median"], stats["p95"]])
    print(
        f"Overhead per draft over {args.drafts} drafts of {len(incidents)} example incidents (ms)"
    )
    print(table(["stage", "median ms", "p95 ms"], rows))
    total = summary(stages["total"])
    print(f"target median <= 2 ms: {'met' if total['median'] <= 2 else 'MISSED'}")
    write_json(
        args.json_path,
        {"drafts": args.drafts, "stages": {k: summary(v) for k, v in stages.items()}},
    )


if __name__ == "__main__":
    main()
