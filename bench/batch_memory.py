"""Peak memory of `draftkit batch` over 1,000 and 10,000 incidents (offline template provider).

The input is streamed and at most `--concurrency` drafts are in flight, so peak RSS should not
grow with the number of lines. Target: flat (<= 10% growth from 1k to 10k) and <= 200 MB.

    python bench/batch_memory.py [--sizes 1000,10000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import EXAMPLES, table, write_json

from draftkit.incident import load_incident


def command(*args: str) -> list[str]:
    exe = shutil.which("draftkit")
    return [exe, *args] if exe else [sys.executable, "-m", "draftkit", *args]


def write_input(path: Path, count: int) -> None:
    """Incidents from every example, each with its own id and a varied text."""
    bases = [
        load_incident(p).model_dump(mode="json")
        for p in sorted(EXAMPLES.glob("*"))
        if p.suffix in {".yaml", ".json"}
    ]
    with path.open("w", encoding="utf-8") as handle:
        for index in range(count):
            data = dict(bases[index % len(bases)])
            data["id"] = f"MEM-{index}"
            data["impact"] = f"{data['impact']} (case {index})"
            handle.write(json.dumps(data, ensure_ascii=False) + "\n")


def peak_rss_mb(argv: list[str]) -> tuple[float, float, int]:
    """(peak RSS in MB, wall seconds, exit code) of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024, time.perf_counter() - start, child.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    rows, results = [], {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in (int(s) for s in args.sizes.split(",")):
            source, output = Path(scratch) / f"in-{size}.jsonl", Path(scratch) / f"out-{size}.jsonl"
            write_input(source, size)
            argv = command("batch", str(source), "-o", str(output), "--provider", "template",
                           "--concurrency", str(args.concurrency))  # fmt: skip
            rss, seconds, code = peak_rss_mb(argv)
            with output.open() as handle:
                lines = sum(1 for _ in handle)
            assert code == 0 and lines == size, (
                f"batch of {size} failed: exit {code}, {lines} lines"
            )
            results[size] = {"peak_rss_mb": round(rss, 1), "seconds": round(seconds, 2)}
            rows.append([size, rss, seconds, size / seconds])
    sizes = sorted(results)
    growth = results[sizes[-1]]["peak_rss_mb"] / results[sizes[0]]["peak_rss_mb"] - 1
    print(table(["incidents", "peak RSS MB", "wall s", "drafts/s"], rows))
    print(f"growth {sizes[0]} -> {sizes[-1]}: {growth * 100:+.1f}% (target <= 10%, <= 200 MB)")
    write_json(args.json_path, {"sizes": results, "growth": round(growth, 4)})


if __name__ == "__main__":
    main()
