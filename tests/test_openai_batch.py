"""`batch --via openai-batch` end to end against a respx-mocked Batch API."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx
import respx
from pydantic import SecretStr

from conftest import BASE_INCIDENT
from draftkit.openai_batch import run_openai_batch
from draftkit.settings import Settings
from fakes import BASE_URL, KEY, completion


def batch_object(status: str, output: str | None = None) -> dict[str, Any]:
    return {
        "id": "batch_1",
        "object": "batch",
        "endpoint": "/v1/chat/completions",
        "input_file_id": "file_in",
        "completion_window": "24h",
        "status": status,
        "created_at": 1,
        "output_file_id": output,
        "error_file_id": None,
    }


@respx.mock(base_url=BASE_URL)
def test_prepare_submit_poll_collect(
    respx_mock: respx.MockRouter, tmp_path: Path, good_draft: dict[str, str]
) -> None:
    source = tmp_path / "in.jsonl"
    lines = []
    for index in range(3):
        data = copy.deepcopy(BASE_INCIDENT)
        data["id"] = f"INC-{index}"
        lines.append(json.dumps(data))
    source.write_text("\n".join([*lines, "{broken"]) + "\n")
    uploaded: dict[str, bytes] = {}

    def upload(request: httpx.Request) -> httpx.Response:
        uploaded["body"] = request.content
        return httpx.Response(
            200,
            json={
                "id": "file_in",
                "object": "file",
                "bytes": 1,
                "created_at": 1,
                "filename": "x",
                "purpose": "batch",
            },
        )

    respx_mock.post("/files").mock(side_effect=upload)
    create = respx_mock.post("/batches").mock(
        return_value=httpx.Response(200, json=batch_object("validating"))
    )
    respx_mock.get("/batches/batch_1").mock(
        side_effect=[
            httpx.Response(200, json=batch_object("in_progress")),
            httpx.Response(200, json=batch_object("completed", "file_out")),
        ]
    )
    leak = dict(good_draft, explanation="Kevin Marsh ran the update.")
    answers = [
        {"custom_id": "line-1", "response": {"status_code": 200, "body": completion(good_draft)}},
        {"custom_id": "line-2", "response": {"status_code": 200, "body": completion(leak)}},
        {"custom_id": "line-3", "response": {"status_code": 500, "body": {"error": "boom"}}},
    ]
    respx_mock.get("/files/file_out/content").mock(
        return_value=httpx.Response(200, text="\n".join(json.dumps(a) for a in answers))
    )
    output = tmp_path / "out.jsonl"
    summary = run_openai_batch(
        source, output, settings=Settings(api_key=SecretStr(KEY)), poll_seconds=0
    )
    assert (summary.drafted, summary.rejected, summary.failed) == (1, 1, 2)
    sent = json.loads(create.calls.last.request.content)
    assert sent["completion_window"] == "24h" and sent["endpoint"] == "/v1/chat/completions"
    requests = [
        json.loads(line)
        for line in uploaded["body"].decode().splitlines()
        if line.startswith('{"custom_id"')
    ]
    assert [r["custom_id"] for r in requests] == ["line-1", "line-2", "line-3"]
    assert requests[0]["body"]["messages"][0]["role"] == "system"
    results = {r["line"]: r for r in map(json.loads, output.read_text().splitlines())}
    assert results[1]["meta"]["provider"] == "openai-batch"
    assert results[2]["error"] == "rejected"
    assert results[2]["findings"][0]["name"] == "no_internal_notes"
    assert results[3]["error"] == "provider" and results[4]["error"] == "input"
