"""What a real small model does through draftkit: llama.cpp serving SmolLM2-135M-Instruct.

Starts the server of `scripts/live_server.py` (building its environment once) behind the counting
proxy of `tests/live/proxy.py`, so every figure is what the server saw: the response format of
each request, its status, the tokens it counted.

    python bench/live_smollm2.py examples           # each file in examples/, one CLI run each
    python bench/live_smollm2.py batch [--count 50] # one `draftkit batch` of N incidents
    python bench/live_smollm2.py record [--out evals-live/smollm2] [--cases 12]

`record` copies eval cases (all three languages) into a suite of their own and records the
model's answers with `draftkit eval --record`'s code, one provider for the whole suite (so one
failed probe in all, as a user's run would pay); each case's expectations become what the model
actually did, so `draftkit eval evals-live/smollm2` replays real-model answers offline.
Not a test: a 135M model's prose is poor, and timings depend on the machine.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _common import ROOT, table, write_json

sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "scripts")]

import live_server  # noqa: E402

from live.proxy import CountingProxy, Exchange  # noqa: E402

#: Generous time limits (the server answers one request at a time; 2 shared cores), and a cap on
#: each answer: a complete draft from this model is 250-450 tokens, a runaway one fills 4,096.
LIMITS = {"DRAFTKIT_TIMEOUT": "600", "DRAFTKIT_TOTAL_TIMEOUT": "1800", "DRAFTKIT_MAX_TOKENS": "700"}

CASES = [  # 4 per language, over different incidents and failure kinds
    "textbooks-en-good",
    "payroll-outage-en-good",
    "late-delivery-en-good",
    "appointments-en-good",
    "textbooks-es-good",
    "overbooking-es-good",
    "wrong-shipment-es-good",
    "textbooks-es-offer-repaired",
    "textbooks-ro-good",
    "double-billing-ro-good",
    "card-block-ro-good",
    "card-block-ro-no-date-repaired",
]


@contextlib.contextmanager
def live_proxy() -> Iterator[CountingProxy]:
    live_server.ensure_environment()
    server = live_server.start()
    proxy = CountingProxy(server.base_url.removesuffix("/v1")).start()
    try:
        yield proxy
    finally:
        proxy.stop()
        server.stop()


def figures(exchanges: list[Exchange]) -> dict[str, Any]:
    chat = [e for e in exchanges if e.chat]
    answered = [e for e in chat if e.status == 200]
    fired: list[str] = []
    for exchange in chat:
        fired += [name for name in exchange.findings() if name not in fired]
    return {
        "requests": len(chat),
        "failed_probes": sum(e.status != 200 and e.format != "text" for e in chat),
        "modes": sorted({e.format for e in answered}),
        "attempts": len(answered),
        "tokens": sum(e.tokens for e in answered),
        "fired": fired,
    }


def cli(
    args: list[str], proxy: CountingProxy, **env: str
) -> tuple[subprocess.CompletedProcess[str], float]:
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFTKIT_"))
    }
    environment.update(OPENAI_BASE_URL=proxy.base_url, DRAFTKIT_MODEL="smollm2", **LIMITS)
    environment.update(env)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=environment, check=False
    )
    return done, round(time.monotonic() - started, 1)


def examples(proxy: CountingProxy) -> list[dict[str, Any]]:
    runs: list[tuple[str, list[str]]] = [
        (p.name, ["-m", "draftkit", "draft", str(p), "-f", "json"])
        for p in sorted((ROOT / "examples").glob("*.y*ml")) + sorted(ROOT.glob("examples/*.json"))
    ]
    for adapter in ("zendesk", "freshdesk"):
        payload = ROOT / "examples" / "helpdesk" / f"{adapter}-ticket.json"
        runs.append(
            (
                f"helpdesk/{payload.name} --from {adapter}",
                ["-m", "draftkit", "draft", "--from", adapter, str(payload), "-f", "json"],
            )
        )
        runs.append(
            (
                f"helpdesk_script.py {adapter}",
                [str(ROOT / "examples" / "helpdesk_script.py"), str(payload), adapter],
            )
        )
    rows = []
    for name, args in runs:
        mark = proxy.mark()
        done, seconds = cli(args, proxy)
        proxy.settle()
        row = {
            "example": name,
            "exit": done.returncode,
            "seconds": seconds,
            **figures(proxy.since(mark)),
        }
        row["traceback"] = "Traceback" in done.stderr
        last = [line for line in done.stderr.splitlines() if line.startswith("  - ")]
        row["fired"] += [
            n for n in (line[4:].split(":")[0] for line in last) if n not in row["fired"]
        ]
        rows.append(row)
        print(f"{name}: exit {done.returncode}, {row}", file=sys.stderr, flush=True)
    return rows


def batch(proxy: CountingProxy, count: int, tmp: Path) -> dict[str, Any]:
    import yaml

    incidents = []
    files = sorted((ROOT / "examples").glob("*.y*ml")) + sorted(ROOT.glob("examples/*.json"))
    for index in range(count):
        data = yaml.safe_load(files[index % len(files)].read_text(encoding="utf-8"))
        data["id"] = f"LIVE-{index + 1}"
        incidents.append(json.dumps(data, default=str, ensure_ascii=False))
    source, output = tmp / "in.jsonl", tmp / "out.jsonl"
    source.write_text("\n".join(incidents) + "\n", encoding="utf-8")
    mark = proxy.mark()
    done, seconds = cli(
        ["-m", "draftkit", "batch", str(source), "-o", str(output), "-c", "8", "--timeout", "900"],
        proxy,
        DRAFTKIT_MAX_ATTEMPTS=os.environ.get("LIVE_MAX_ATTEMPTS", "1"),
        DRAFTKIT_TOTAL_TIMEOUT="3600",
    )
    results = [json.loads(line) for line in output.read_text().splitlines()]
    exchanges = proxy.since(mark)
    return {
        "incidents": count,
        "exit": done.returncode,
        "seconds": seconds,
        "summary": done.stderr.strip().splitlines()[-1],
        "errors": sorted({r.get("error", "drafted") for r in results}),
        "json_schema_requests": sum(e.format == "json_schema" for e in exchanges if e.chat),
        **figures(exchanges),
    }


def record(proxy: CountingProxy, out: Path, names: list[str]) -> list[dict[str, Any]]:
    import yaml

    from draftkit.context import Context
    from draftkit.evaluation.case import load_case
    from draftkit.evaluation.runner import record_suite, run_case
    from draftkit.settings import Settings

    out.mkdir(parents=True, exist_ok=True)
    settings = Settings(
        provider="openai",
        base_url=proxy.base_url,
        model="smollm2",
        temperature=0,
        seed=7,
        timeout=float(LIMITS["DRAFTKIT_TIMEOUT"]),
        total_timeout=float(LIMITS["DRAFTKIT_TOTAL_TIMEOUT"]),
        max_tokens=int(LIMITS["DRAFTKIT_MAX_TOKENS"]),
    )
    live = Context(settings)
    rows = []
    try:
        for name in names:
            path = out / f"{name}.yaml"
            shutil.copy(ROOT / "evals" / "cases" / f"{name}.yaml", path)
            mark = proxy.mark()
            started = time.monotonic()
            record_suite(path, live)
            seconds = round(time.monotonic() - started, 1)
            row = {"case": name, "seconds": seconds, **figures(proxy.since(mark))}
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            data["expect"] = {"outcome": "accepted"}
            path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))
            replayed = run_case(load_case(path))
            row.update(outcome=replayed.outcome, draft_attempts=replayed.attempts)
            row["fired"] += [
                n for n in (f.split(":")[0] for f in replayed.findings) if n not in row["fired"]
            ]
            expect: dict[str, Any] = {"outcome": replayed.outcome}
            if replayed.outcome == "accepted":
                expect["attempts"] = replayed.attempts
            expect["findings"] = replayed.fired
            data["description"] = (
                f"SmolLM2-135M-Instruct (llama.cpp, {', '.join(row['modes'])}), recorded "
                f"{time.strftime('%Y-%m-%d')}: {replayed.outcome} after {replayed.attempts} "
                f"attempt(s); fired: {', '.join(row['fired']) or 'none'}"
            )
            data["expect"] = expect
            path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))
            rows.append(row)
            print(f"{name}: {row}", file=sys.stderr, flush=True)
    finally:
        live.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["examples", "batch", "record"])
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--out", type=Path, default=ROOT / "evals-live" / "smollm2")
    parser.add_argument("--cases", type=int, default=len(CASES))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with live_proxy() as proxy:
        if args.what == "examples":
            rows: Any = examples(proxy)
            keys = [
                "example",
                "exit",
                "modes",
                "requests",
                "failed_probes",
                "attempts",
                "fired",
                "tokens",
                "seconds",
            ]
        elif args.what == "record":
            rows = record(proxy, args.out, CASES[: args.cases])
            keys = [
                "case",
                "outcome",
                "modes",
                "requests",
                "failed_probes",
                "draft_attempts",
                "fired",
                "tokens",
                "seconds",
            ]
        else:
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                rows = [batch(proxy, args.count, Path(tmp))]
            keys = list(rows[0])
    print(
        table(
            keys,
            [[", ".join(r[k]) if isinstance(r[k], list) else r[k] for k in keys] for r in rows],
        )
    )
    if args.json:
        write_json(args.json, {"rows": rows})


if __name__ == "__main__":
    main()
