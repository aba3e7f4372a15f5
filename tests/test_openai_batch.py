"""`batch --via openai-batch` end to end against a respx-mocked Batch API."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from pydantic import SecretStr
from typer.testing import CliRunner

from conftest import BASE_INCIDENT
from draftkit.cli import app
from draftkit.openai_batch import run_openai_batch
from draftkit.settings import Settings
from fakes import BASE_URL, KEY, completion

runner = CliRunner()


BATCH_LIST = {"object": "list", "data": [], "has_more": False}


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

    respx_mock.get("/batches").mock(return_value=httpx.Response(200, json=BATCH_LIST))
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
    settings = Settings(api_key=SecretStr(KEY), response_format="json_schema")
    summary = run_openai_batch(source, output, settings=settings, poll_seconds=0)
    assert (summary.drafted, summary.rejected, summary.failed) == (1, 1, 2)
    sent = json.loads(create.calls.last.request.content)
    assert sent["completion_window"] == "24h" and sent["endpoint"] == "/v1/chat/completions"
    requests = [
        json.loads(line)
        for line in uploaded["body"].decode().splitlines()
        if line.startswith('{"custom_id"')
    ]
    assert [r["custom_id"] for r in requests] == ["line-1", "line-2", "line-3"]
    assert {r["body"]["response_format"]["type"] for r in requests} == {"json_schema"}
    assert requests[0]["body"]["messages"][0]["role"] == "system"
    results = {r["line"]: r for r in map(json.loads, output.read_text().splitlines())}
    assert results[1]["meta"]["provider"] == "openai-batch"
    assert results[2]["error"] == "rejected"
    assert results[2]["findings"][0]["name"] == "no_internal_notes"
    assert results[3]["error"] == "provider" and results[4]["error"] == "input"


def write_incidents(path: Path, count: int) -> Path:
    lines = []
    for index in range(1, count + 1):
        data = copy.deepcopy(BASE_INCIDENT)
        data["id"] = f"INC-{index}"
        lines.append(json.dumps(data))
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(404, json={"detail": "Not Found"}),  # llama.cpp, vLLM, Ollama
        httpx.Response(405, text="Method Not Allowed"),
        httpx.Response(200, text="<html>a catch-all page</html>"),
    ],
)
@respx.mock(base_url="http://127.0.0.1:8765/v1")
def test_a_base_url_without_a_batch_api_is_refused_up_front(
    respx_mock: respx.MockRouter, tmp_path: Path, answer: httpx.Response
) -> None:
    probe = respx_mock.get("/batches").mock(return_value=answer)
    source = write_incidents(tmp_path / "in.jsonl", 2)
    output = tmp_path / "out.jsonl"
    result = runner.invoke(
        app,
        ["batch", str(source), "-o", str(output), "--via", "openai-batch"],
        env={"OPENAI_BASE_URL": "http://127.0.0.1:8765/v1"},
    )
    assert result.exit_code == 2, result.stderr
    assert result.stderr == (
        "draftkit: error: --via openai-batch: http://127.0.0.1:8765/v1 has no Batch API "
        + (
            f"(GET /batches answered HTTP {answer.status_code})"
            if answer.status_code != 200
            else "(GET /batches did not answer with a list of batches)"
        )
        + "; draft there without --via openai-batch\n"
    )
    assert probe.call_count == 1 and len(respx_mock.calls) == 1  # nothing else was sent
    assert not output.exists()


@respx.mock(base_url=BASE_URL)
def test_a_rejected_key_is_a_provider_error_not_a_missing_batch_api(
    respx_mock: respx.MockRouter, tmp_path: Path
) -> None:
    respx_mock.get("/batches").mock(return_value=httpx.Response(401, json={"error": {}}))
    source = write_incidents(tmp_path / "in.jsonl", 1)
    result = runner.invoke(
        app,
        ["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--via", "openai-batch"],
        env={"OPENAI_API_KEY": KEY},
    )
    assert result.exit_code == 3 and "HTTP 401 (check OPENAI_API_KEY)" in result.stderr
    assert KEY not in result.stderr


@respx.mock(base_url=BASE_URL)
def test_auto_settles_the_format_on_one_direct_request_then_batches_in_it(
    respx_mock: respx.MockRouter, tmp_path: Path, good_draft: dict[str, str]
) -> None:
    modes: list[str] = []

    def chat(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        modes.append(body.get("response_format", {}).get("type", "text"))
        if modes[-1] == "json_schema":
            return httpx.Response(400, json={"error": {"message": "json_schema not supported"}})
        return httpx.Response(200, json=completion(good_draft))

    uploaded: dict[str, bytes] = {}

    def upload(request: httpx.Request) -> httpx.Response:
        uploaded["body"] = request.content
        return httpx.Response(
            200,
            json={"id": "file_in", "object": "file", "bytes": 1, "created_at": 1,
                  "filename": "x", "purpose": "batch"},
        )  # fmt: skip

    respx_mock.get("/batches").mock(return_value=httpx.Response(200, json=BATCH_LIST))
    respx_mock.post("/chat/completions").mock(side_effect=chat)
    respx_mock.post("/files").mock(side_effect=upload)
    respx_mock.post("/batches").mock(
        return_value=httpx.Response(200, json=batch_object("completed", "file_out"))
    )
    answers = [
        {"custom_id": f"line-{n}", "response": {"status_code": 200, "body": completion(good_draft)}}
        for n in (2, 3)
    ]
    respx_mock.get("/files/file_out/content").mock(
        return_value=httpx.Response(200, text="\n".join(json.dumps(a) for a in answers))
    )
    source = write_incidents(tmp_path / "in.jsonl", 3)
    output = tmp_path / "out.jsonl"
    summary = run_openai_batch(
        source, output, settings=Settings(api_key=SecretStr(KEY)), poll_seconds=0
    )
    assert summary.drafted == 3 and modes == ["json_schema", "json_object"]
    sent = [
        json.loads(line)
        for line in uploaded["body"].decode().splitlines()
        if line.startswith('{"custom_id"')
    ]
    assert [r["custom_id"] for r in sent] == ["line-2", "line-3"]
    assert {r["body"]["response_format"]["type"] for r in sent} == {"json_object"}
    by_line = {r["line"]: r for r in map(json.loads, output.read_text().splitlines())}
    assert by_line[1]["meta"]["provider"] == "openai"  # drafted directly
    assert by_line[2]["meta"]["provider"] == "openai-batch"
