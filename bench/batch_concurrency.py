"""Batch wall time against the ideal, beside a raw-SDK baseline, on a local fixed-latency server.

ideal = incidents / concurrency x latency. The baselines are plain `asyncio.gather` over the raw
`openai` SDK with the same semaphore and messages: once on one httpx.AsyncClient pool (what the
SDK gets when handed an httpx client), once on the SDK's own default transport. Targets: <= 1.15x
ideal at concurrency 32, and no slower than the faster baseline by more than 5%.

    python bench/batch_concurrency.py [--incidents 500] [--levels 8,32,64] [--latency 0.2]
    python bench/batch_concurrency.py --incidents 50 --levels 1     # concurrency 1 (10 s)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import EXAMPLES, table, write_json
from pydantic import SecretStr

from draftkit.batch import arun_batch
from draftkit.incident import load_incident
from draftkit.parsing import draft_json_schema
from draftkit.prompt import prompt_set
from draftkit.providers.openai_chat import OpenAIProvider
from draftkit.settings import Settings


def start_server(latency: float) -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("fake_server.py")),
            "--latency",
            str(latency),
            "--max-seconds",
            "1800",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    port = server.stdout.readline().strip()
    return server, f"http://127.0.0.1:{port}/v1"


async def baseline(
    base_url: str, messages: list[dict[str, str]], count: int, level: int, *, default: bool
) -> float:
    """The raw SDK: on one httpx pool like draftkit's limits, or on its own default transport."""
    import httpx
    import openai

    options: dict[str, Any] = {"api_key": "sk-bench", "base_url": base_url, "max_retries": 0}
    if not default:
        options["http_client"] = httpx.AsyncClient(
            timeout=60, limits=httpx.Limits(max_connections=256, max_keepalive_connections=64)
        )
    client = openai.AsyncOpenAI(**options)
    limit = asyncio.Semaphore(level)
    response_format = {
        "type": "json_schema",
        "json_schema": {"name": "apology_draft", "strict": True, "schema": draft_json_schema()},
    }

    async def one() -> None:
        async with limit:
            reply = await client.chat.completions.create(
                model="bench", messages=messages, response_format=response_format
            )  # type: ignore[arg-type]
            json.loads(reply.choices[0].message.content or "{}")

    start = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(count)))
    elapsed = time.perf_counter() - start
    await client.close()
    return elapsed


async def draftkit_run(base_url: str, source: Path, level: int) -> float:
    settings = Settings(api_key=SecretStr("sk-bench"), base_url=base_url, model="bench")
    provider = OpenAIProvider(settings)
    provider.async_client()  # import openai and build the pool first, as the baselines do:
    # this measures concurrency; the one-off import (~0.3 s) is in bench/startup.py's figures
    with tempfile.TemporaryDirectory() as scratch:
        start = time.perf_counter()
        summary = await arun_batch(
            source,
            Path(scratch) / "out.jsonl",
            concurrency=level,
            settings=settings,
            provider=provider,
        )
        elapsed = time.perf_counter() - start
    await provider.aclose()
    assert summary.drafted == summary.total, summary.line()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=500)
    parser.add_argument("--levels", default="8,32,64")
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    incident = load_incident(EXAMPLES / "saas-outage-en.yaml")
    data = incident.model_dump(mode="json")
    messages = prompt_set().messages(incident)
    server, base_url = start_server(args.latency)
    rows, results = [], {}
    try:
        with tempfile.TemporaryDirectory() as scratch:
            source = Path(scratch) / "in.jsonl"
            with source.open("w") as handle:
                for index in range(args.incidents):
                    handle.write(json.dumps({**data, "id": f"BENCH-{index}"}) + "\n")
            for level in (int(x) for x in args.levels.split(",")):
                ideal = args.incidents / level * args.latency
                ours = asyncio.run(draftkit_run(base_url, source, level))
                raw = asyncio.run(
                    baseline(base_url, messages, args.incidents, level, default=False)
                )
                sdk = asyncio.run(baseline(base_url, messages, args.incidents, level, default=True))
                results[level] = {
                    "ideal_s": ideal,
                    "draftkit_s": ours,
                    "baseline_httpx_pool_s": raw,
                    "baseline_sdk_default_s": sdk,
                }
                rows.append([level, ideal, ours, ours / ideal, raw, sdk, ours / min(raw, sdk)])
    finally:
        server.terminate()
        server.wait()
    print(f"{args.incidents} incidents, {args.latency * 1000:.0f} ms latency, local server")
    headers = ["concurrency", "ideal s", "draftkit s", "x ideal", "SDK+httpx pool s",
               "SDK default s", "x best baseline"]  # fmt: skip
    print(table(headers, rows))
    write_json(
        args.json_path, {"incidents": args.incidents, "latency": args.latency, "levels": results}
    )


if __name__ == "__main__":
    main()
