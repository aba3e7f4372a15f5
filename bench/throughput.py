"""Offline throughput: drafts scored per second, template drafts per second (one core).

Targets: >= 2,000 drafts, and plain-text letters with their incident, scored per second.
The eval-suite time is in bench/eval_suite.py.

    python bench/throughput.py [--seconds 3] [--json out.json]
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from typing import Any

from _common import example_incidents, table, write_json

from draftkit.drafting import run
from draftkit.prompt import prompt_set
from draftkit.providers.template import TemplateProvider
from draftkit.scoring import score


def rate(work: Callable[[int], Any], seconds: float) -> float:
    for n in range(50):
        work(n)
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for _ in range(100):
            work(done)
            done += 1
    return done / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    incidents = example_incidents()
    template, prompts = TemplateProvider(), prompt_set()
    base = [run(i, prompts, template, max_attempts=1) for i in incidents]
    # Every scored draft is a distinct text, so no cache makes the figure look better than it is.
    pool = 20_000
    drafts = [
        d.model_copy(
            update={"parts": d.parts.model_copy(update={"regret": f"{d.parts.regret} #{k}"})}
        )
        for k in range(pool)
        for d in [base[k % len(base)]]
    ]
    texts = [f"{d.text} #{k}" for k, d in enumerate(drafts)]
    # Letters in which every sentence is new (a reference in each): no per-sentence cache helps.
    fresh = [re.sub(r"([.!?])(\s)", rf" ref{k}\1\2", t) for k, t in enumerate(texts)]
    n = len(incidents)
    measures = {
        "drafts scored/s (Draft, with incident)": lambda k: score(
            drafts[k % pool], incidents[k % pool % n]
        ),
        "letters scored/s (plain text, with incident)": lambda k: score(
            texts[k % pool], incidents[k % pool % n]
        ),
        "letters scored/s (every sentence new, with incident)": lambda k: score(
            fresh[k % pool], incidents[k % pool % n]
        ),
        "texts scored/s (plain text, language detected)": lambda k: score(texts[k % pool]),
        "template drafts/s (compose + checks)": lambda k: run(
            incidents[k % n], prompts, template, max_attempts=1
        ),
    }
    results = {name: rate(work, args.seconds) for name, work in measures.items()}
    print(f"Offline throughput on one core, {n} example incidents")
    print(table(["measure", "per second"], [[k, v] for k, v in results.items()]))
    for name in (
        "drafts scored/s (Draft, with incident)",
        "letters scored/s (plain text, with incident)",
    ):
        print(f"target >= 2,000 {name}: {'met' if results[name] >= 2000 else 'MISSED'}")
    write_json(args.json_path, {"per_second": results})


if __name__ == "__main__":
    main()
