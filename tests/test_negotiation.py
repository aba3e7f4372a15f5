"""response_format negotiation: how real servers refuse a mode, stepping down, and remembering.

The refusals are the ones real servers send: llama.cpp's Python server answers `json_schema`
with HTTP 500 and a pydantic message, others with 400 or 422. Nothing here touches the network.
"""

from __future__ import annotations

import asyncio
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import yaml
from pydantic import SecretStr
from typer.testing import CliRunner

from draftkit.cli import app
from draftkit.errors import ProviderError
from draftkit.parsing import draft_json_schema
from draftkit.providers.base import ModelRequest
from draftkit.providers.negotiation import endpoint, refuses_mode
from draftkit.providers.openai_chat import OpenAIProvider
from draftkit.settings import Settings
from fakes import BASE_URL, KEY, error, ok

runner = CliRunner()

#: What llama-cpp-python's server answers to `response_format: {"type": "json_schema", ...}`.
LLAMA_CPP_500 = (
    "1 validation error for CreateChatCompletionRequest\nresponse_format.type\n  Input should "
    "be 'text' or 'json_object' [type=literal_error, input_value='json_schema']"
)


def mode_of(request: httpx.Request) -> str:
    body = json.loads(request.content)
    return str(body["response_format"]["type"]) if "response_format" in body else "text"


class Server:
    """A chat endpoint that refuses the modes it lacks, and counts requests per mode."""

    def __init__(self, accepts: tuple[str, ...], status: int = 500, message: str = "") -> None:
        self.accepts = accepts
        self.status = status
        self.message = message or LLAMA_CPP_500
        self.modes: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        mode = mode_of(request)
        self.modes.append(mode)
        if mode not in self.accepts:
            return error(self.status, self.message)
        return ok("{}")

    def failed(self) -> int:
        return sum(mode not in self.accepts for mode in self.modes)


@pytest.fixture
def request_(make_incident: Any) -> ModelRequest:
    return ModelRequest(
        [{"role": "user", "content": "hi"}], make_incident(), 1, draft_json_schema()
    )


def provider(**overrides: Any) -> OpenAIProvider:
    return OpenAIProvider(Settings(api_key=SecretStr(KEY), **overrides))


@pytest.mark.parametrize(
    ("status", "body", "refused"),
    [
        (500, LLAMA_CPP_500, True),
        (400, "response_format json_schema is not supported by this model", True),
        (422, "Unsupported value: 'json_object'", True),
        (500, "CUDA out of memory", False),  # a real fault: retried, not stepped down
        (400, "messages: at least one message is required", False),
        (503, "response_format busy", False),  # 503 is never a refusal
    ],
)
def test_what_counts_as_a_refused_mode(status: int, body: str, refused: bool) -> None:
    assert refuses_mode(status, body) is refused


@pytest.mark.parametrize("status", [400, 422, 500])
@respx.mock(base_url=BASE_URL)
def test_a_refused_mode_steps_down_at_once_without_retries(
    respx_mock: respx.MockRouter, request_: ModelRequest, status: int
) -> None:
    server = Server(accepts=("json_object",), status=status)
    respx_mock.post("/chat/completions").mock(side_effect=server)
    assert provider(retries=4).complete(request_).text == "{}"
    assert server.modes == ["json_schema", "json_object"]


@respx.mock(base_url=BASE_URL)
def test_a_500_that_names_no_mode_is_still_retried(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    route = respx_mock.post("/chat/completions").mock(
        side_effect=[error(500, "upstream busy"), ok("{}")]
    )
    provider().complete(request_)
    assert [mode_of(call.request) for call in route.calls] == ["json_schema", "json_schema"]


@respx.mock(base_url=BASE_URL)
def test_a_server_that_takes_no_format_gets_plain_text(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    server = Server(accepts=("text",), status=400, message="response_format is not supported")
    route = respx_mock.post("/chat/completions").mock(side_effect=server)
    provider().complete(request_)
    provider().complete(request_)  # a new provider for the same endpoint and model
    assert server.modes == ["json_schema", "json_object", "json_object", "text", "text"]
    sent = [json.loads(call.request.content).get("response_format") for call in route.calls]
    assert "schema" in sent[1] and "schema" not in sent[2]  # json_object + schema, then plain


@respx.mock(base_url=BASE_URL)
def test_the_mode_is_remembered_per_base_url_and_model(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    server = Server(accepts=("json_object",))
    respx_mock.post("/chat/completions").mock(side_effect=server)
    provider(model="small").complete(request_)
    provider(model="small").complete(request_)
    provider(model="other").complete(request_)  # another model may accept other things
    assert server.modes == [
        "json_schema",
        "json_object",
        "json_object",
        "json_schema",
        "json_object",
    ]
    assert str(endpoint(None, "small").rung) == "json_object + schema"
    assert endpoint(None, "small").settled


async def test_concurrent_first_requests_pay_one_failed_probe_in_all(
    request_: ModelRequest,
) -> None:
    server = Server(accepts=("json_object",))
    with respx.mock(base_url=BASE_URL) as router:
        router.post("/chat/completions").mock(side_effect=server)
        chosen = provider()
        replies = await asyncio.gather(*(chosen.acomplete(request_) for _ in range(50)))
        await chosen.aclose()
    assert len(replies) == 50
    assert server.failed() == 1 and server.modes.count("json_object") == 50


def test_concurrent_threads_pay_one_failed_probe_in_all(request_: ModelRequest) -> None:
    server = Server(accepts=("text",), status=422, message="response_format: unsupported")
    with respx.mock(base_url=BASE_URL) as router:
        router.post("/chat/completions").mock(side_effect=server)
        chosen = provider()
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(lambda _: chosen.complete(request_), range(16)))
    assert server.modes[:3] == ["json_schema", "json_object", "json_object"]
    assert server.failed() == 3 and server.modes.count("text") == 16


@respx.mock(base_url=BASE_URL)
def test_a_transient_failure_while_probing_is_retried_in_the_same_mode(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    route = respx_mock.post("/chat/completions").mock(
        side_effect=[error(503), error(500, LLAMA_CPP_500), ok("{}")]
    )
    provider().complete(request_)
    assert [mode_of(c.request) for c in route.calls] == [
        "json_schema",
        "json_schema",
        "json_object",
    ]


@respx.mock(base_url=BASE_URL)
def test_a_chosen_mode_is_sent_as_is_and_never_stepped_down(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    server = Server(accepts=("json_object", "text"))
    respx_mock.post("/chat/completions").mock(side_effect=server)
    provider(response_format="json_object").complete(request_)
    provider(response_format="text").complete(request_)
    with pytest.raises(ProviderError) as caught:
        provider(response_format="json_schema", retries=4).complete(request_)
    assert server.modes == ["json_object", "text", "json_schema"]  # one refusal, no retries
    assert caught.value.exit_code == 3 and caught.value.status_code == 500
    assert "refused response_format json_schema" in caught.value.message
    assert "--response-format auto" in caught.value.message


@respx.mock(base_url=BASE_URL)
def test_a_settled_mode_refused_later_steps_down_again(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    route = respx_mock.post("/chat/completions").mock(
        side_effect=[ok("{}"), error(400, "Invalid schema for response_format"), ok("{}")]
    )
    chosen = provider()
    chosen.complete(request_)
    chosen.complete(request_)
    assert [mode_of(c.request) for c in route.calls] == [
        "json_schema",
        "json_schema",
        "json_object",
    ]


@respx.mock(base_url=BASE_URL)
def test_the_settled_mode_and_why_are_logged(
    respx_mock: respx.MockRouter, request_: ModelRequest, caplog: pytest.LogCaptureFixture
) -> None:
    respx_mock.post("/chat/completions").mock(side_effect=Server(accepts=("json_object",)))
    with caplog.at_level(logging.INFO, logger="draftkit.providers"):
        provider(model="small").complete(request_)
        provider(model="small").complete(request_)
    notes = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(notes) == 2, notes  # the refusal, then the settled mode: once per process
    assert "refused response_format json_schema (HTTP 500" in notes[0]
    assert notes[1].startswith("response format json_object + schema for model small at ")
    assert notes[1].endswith("(it refused json_schema); kept for this run")


# -- the command line ----------------------------------------------------------------------------


@pytest.fixture
def incident_file(tmp_path: Path, incident_data: dict[str, Any]) -> Path:
    path = tmp_path / "incident.yaml"
    path.write_text(yaml.safe_dump(incident_data, allow_unicode=True))
    return path


@respx.mock(base_url=BASE_URL)
def test_draft_says_which_mode_it_used_and_why(
    respx_mock: respx.MockRouter, incident_file: Path, good_draft: dict[str, str]
) -> None:
    modes: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        modes.append(mode_of(request))
        return error(500, LLAMA_CPP_500) if modes[-1] == "json_schema" else ok(good_draft)

    respx_mock.post("/chat/completions").mock(side_effect=answer)
    result = runner.invoke(
        app, ["draft", str(incident_file), "--model", "smollm2"], env={"OPENAI_API_KEY": KEY}
    )
    assert result.exit_code == 0, result.stderr
    assert modes == ["json_schema", "json_object"]
    assert "draftkit: response format json_object + schema for model smollm2" in result.stderr
    assert "refused response_format json_schema (HTTP 500: 1 validation error" in result.stderr
    assert "Traceback" not in result.stderr and KEY not in result.stderr


@respx.mock(base_url=BASE_URL)
def test_verbose_adds_the_mode_of_each_request(
    respx_mock: respx.MockRouter, incident_file: Path, good_draft: dict[str, str]
) -> None:
    respx_mock.post("/chat/completions").mock(return_value=ok(good_draft))
    result = runner.invoke(
        app, ["draft", str(incident_file), "--verbose"], env={"OPENAI_API_KEY": KEY}
    )
    assert result.exit_code == 0, result.stderr
    assert "draftkit: response_format json_schema for this request" in result.stderr
    assert "(structured outputs accepted); kept for this run" in result.stderr


@pytest.mark.parametrize(
    ("args", "env", "config", "expected"),
    [
        (["--response-format", "text"], {"DRAFTKIT_RESPONSE_FORMAT": "json_schema"}, "", "text"),
        (
            [],
            {"DRAFTKIT_RESPONSE_FORMAT": "json_object"},
            'response_format = "text"',
            "json_object",
        ),
        ([], {}, 'response-format = "text"', "text"),
    ],
)
@respx.mock(base_url=BASE_URL)
def test_response_format_flag_environment_and_config(
    respx_mock: respx.MockRouter,
    incident_file: Path,
    good_draft: dict[str, str],
    args: list[str],
    env: dict[str, str],
    config: str,
    expected: str,
) -> None:
    route = respx_mock.post("/chat/completions").mock(return_value=ok(good_draft))
    (incident_file.parent / "draftkit.toml").write_text(config + "\n")
    result = runner.invoke(
        app, ["draft", str(incident_file), *args], env={"OPENAI_API_KEY": KEY, **env}
    )
    assert result.exit_code == 0, result.stderr
    assert mode_of(route.calls.last.request) == expected
    assert f"response format {expected}{' + schema' * (expected == 'json_object')} for" in (
        result.stderr
    )
    assert "set by --response-format" in result.stderr


def test_a_bad_response_format_is_one_line_exit_3_from_the_environment_2_as_a_flag(
    incident_file: Path,
) -> None:
    """A setting from the environment is configuration (exit 3); a flag is usage (exit 2)."""
    result = runner.invoke(
        app,
        ["draft", str(incident_file)],
        env={"OPENAI_API_KEY": KEY, "DRAFTKIT_RESPONSE_FORMAT": "yaml"},
    )
    assert result.exit_code == 3
    assert result.stderr.startswith(
        "draftkit: error: environment variable DRAFTKIT_RESPONSE_FORMAT: response_format"
    )
    assert len(result.stderr.splitlines()) == 1
    flag = runner.invoke(app, ["draft", str(incident_file), "--response-format", "yaml"])
    assert flag.exit_code == 2 and "Traceback" not in flag.stderr


@respx.mock(base_url=BASE_URL)
def test_the_judge_asks_for_its_verdict_in_the_negotiated_mode(
    respx_mock: respx.MockRouter, make_incident: Any
) -> None:
    from draftkit.evaluation.judge import JUDGED, judge

    sent: list[dict[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        if mode_of(request) == "json_schema":
            return error(500, LLAMA_CPP_500)
        return ok({d: {"score": 0.5, "reason": "ok"} for d in JUDGED})

    respx_mock.post("/chat/completions").mock(side_effect=answer)
    chosen = provider()
    verdict = judge("We are sorry.", make_incident(), chosen)
    judge("We are sorry.", make_incident(), chosen)
    assert verdict.scores == dict.fromkeys(JUDGED, 0.5)
    formats = [body.get("response_format", {}) for body in sent]
    assert [f.get("type") for f in formats] == ["json_schema", "json_object", "json_object"]
    schema = formats[0]["json_schema"]
    assert schema["name"] == "apology_verdict" and schema["schema"]["required"] == list(JUDGED)


@respx.mock(base_url=BASE_URL)
def test_a_batch_pays_one_failed_probe_on_the_async_path(
    respx_mock: respx.MockRouter, tmp_path: Path, good_draft: dict[str, str]
) -> None:
    from conftest import BASE_INCIDENT

    modes: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        modes.append(mode_of(request))
        return error(500, LLAMA_CPP_500) if modes[-1] == "json_schema" else ok(good_draft)

    respx_mock.post("/chat/completions").mock(side_effect=answer)
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({**BASE_INCIDENT, "id": f"INC-{n}"}) + "\n" for n in range(20))
    )
    result = runner.invoke(
        app,
        ["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "-c", "20"],
        env={"OPENAI_API_KEY": KEY},
    )
    assert result.exit_code == 0, result.stderr
    assert modes.count("json_schema") == 1 and modes.count("json_object") == 20
    assert result.stderr.count("response format json_object + schema for model") == 1
