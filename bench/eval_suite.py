"""Time to run the shipped eval suite offline (target <= 10 s), replayed and with the template.

python bench/eval_suite.py [--runs 3] [--json out.json]
"""

from __future__ import annotations

import argparse
import statistics
import time

from _common import ROOT, table, write_json

from draftkit.evaluation import run_suite
from draftkit.providers.template import TemplateProvider


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    suite = ROOT / "evals" / "cases"
    modes = {"replayed (openai SDK + respx)": None, "template provider": TemplateProvider()}
    rows, results = [], {}
    for name, provider in modes.items():
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            result = run_suite(suite, provider=provider)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        results[name] = {"cases": len(result.cases), "passed": result.passed, "median_s": median}
        rows.append(
            [name, len(result.cases), result.passed, median, "met" if median <= 10 else "MISSED"]
        )
    print(f"Shipped eval suite, median of {args.runs} runs")
    print(table(["mode", "cases", "all passed", "seconds", "target <= 10 s"], rows))
    write_json(args.json_path, {"runs": args.runs, "results": results})


if __name__ == "__main__":
    main()
