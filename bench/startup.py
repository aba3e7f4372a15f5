"""Start-up time of the CLI: `draftkit --help` and an offline draft, median of N runs.

Target: <= 0.3 s each. Also lists which heavy modules each command imports.

    python bench/startup.py [--runs 10] [--json out.json]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time

from _common import EXAMPLES, table, write_json


def command(*args: str) -> list[str]:
    exe = shutil.which("draftkit")
    return [exe, *args] if exe else [sys.executable, "-m", "draftkit", *args]


def timed(argv: list[str], runs: int) -> list[float]:
    subprocess.run(argv, capture_output=True, check=False)  # warm the OS file cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    example = str(EXAMPLES / "saas-outage-en.yaml")
    cases = {
        "draftkit --help": command("--help"),
        "draftkit draft --provider template <example>": command(
            "draft", "--provider", "template", example
        ),
        "python -c 'import draftkit'": [sys.executable, "-c", "import draftkit"],
    }
    rows, results = [], {}
    for name, argv in cases.items():
        times = timed(argv, args.runs)
        median = statistics.median(times)
        results[name] = {"median_s": median, "min_s": min(times), "max_s": max(times)}
        rows.append([name, median, min(times), "met" if median <= 0.3 else "MISSED"])
    print(f"Start-up, median of {args.runs} runs (s)")
    print(table(["command", "median s", "min s", "target <= 0.3 s"], rows))
    write_json(args.json_path, {"runs": args.runs, "results": results})


if __name__ == "__main__":
    main()
