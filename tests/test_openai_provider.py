"""The openai provider through the real SDK, with HTTP mocked by respx (no network)."""

from __future__ import annotations

import importlib.util
import json
from typing import Any

import httpx
import pytest
import respx
from pydantic import SecretStr

from draftkit.errors import ProviderError
from draftkit.parsing import draft_json_schema
from draftkit.providers.base import ModelRequest
from draftkit.providers.openai_chat import OpenAIProvider
from draftkit.settings import Settings
from fakes import BASE_URL, KEY, error, ok


@pytest.fixture
def request_(make_incident: Any) -> ModelRequest:
    return ModelRequest(
        [{"role": "user", "content": "hi"}], make_incident(), 1, draft_json_schema()
    )


def provider(**overrides: Any) -> OpenAIProvider:
    return OpenAIProvider(Settings(api_key=SecretStr(KEY), **overrides))


@respx.mock(base_url=BASE_URL)
def test_structured_output_is_requested(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    route = respx_mock.post("/chat/completions").mock(return_value=ok('{"x": 1}'))
    reply = provider(model="m-1", temperature=0, seed=7).complete(request_)
    body = json.loads(route.calls.last.request.content)
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["strict"] is True
    assert (body["model"], body["temperature"], body["seed"]) == ("m-1", 0, 7)
    assert route.calls.last.request.headers["authorization"] == f"Bearer {KEY}"
    assert reply.text == '{"x": 1}' and reply.usage.total_tokens == 1000


@respx.mock(base_url=BASE_URL)
def test_max_tokens_is_sent_only_when_set(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    route = respx_mock.post("/chat/completions").mock(return_value=ok("{}"))
    provider().complete(request_)
    assert "max_tokens" not in json.loads(route.calls.last.request.content)
    provider(max_tokens=700).complete(request_)
    assert json.loads(route.calls.last.request.content)["max_tokens"] == 700


@respx.mock(base_url=BASE_URL)
def test_format_falls_back_for_servers_without_json_schema(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    unsupported = error(400, "response_format json_schema is not supported")
    route = respx_mock.post("/chat/completions").mock(
        side_effect=[
            unsupported,
            error(400, "response_format: extra key 'schema' not permitted"),
            error(400, "'response_format' of type json_object unsupported"),
            ok("{}"),
            ok("{}"),
        ]
    )
    chosen = provider()
    chosen.complete(request_)
    formats = [json.loads(c.request.content).get("response_format") for c in route.calls]
    assert [f["type"] if f else None for f in formats] == [
        "json_schema",
        "json_object",  # with the schema
        "json_object",  # without it
        None,
    ]
    chosen.complete(request_)  # the fallback is remembered
    assert "response_format" not in json.loads(route.calls.last.request.content)


@respx.mock(base_url=BASE_URL)
def test_429_with_retry_after_then_success(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    route = respx_mock.post("/chat/completions").mock(
        side_effect=[error(429, "slow down", {"Retry-After": "0"}), error(503), ok("{}")]
    )
    assert provider().complete(request_).text == "{}"
    assert route.call_count == 3


@pytest.mark.parametrize("status", [408, 409, 500, 502, 503])
@respx.mock(base_url=BASE_URL)
def test_transient_errors_are_retried_then_exhausted(
    respx_mock: respx.MockRouter, request_: ModelRequest, status: int
) -> None:
    route = respx_mock.post("/chat/completions").mock(return_value=error(status, "busy"))
    with pytest.raises(ProviderError, match=rf"HTTP {status}: busy \(gave up after 3 attempts\)"):
        provider(retries=2).complete(request_)
    assert route.call_count == 3


@pytest.mark.parametrize(
    ("status", "hint"),
    [(400, ""), (401, "check OPENAI_API_KEY"), (403, "lacks access"), (404, "check --model")],
)
@respx.mock(base_url=BASE_URL)
def test_client_errors_fail_at_once(
    respx_mock: respx.MockRouter, request_: ModelRequest, status: int, hint: str
) -> None:
    route = respx_mock.post("/chat/completions").mock(
        return_value=error(status, f"Incorrect API key provided: {KEY}")
    )
    with pytest.raises(ProviderError) as caught:
        provider().complete(request_)
    assert route.call_count == 1
    assert caught.value.status_code == status and hint in str(caught.value)
    assert KEY not in str(caught.value)


@respx.mock(base_url=BASE_URL)
def test_dropped_connections_and_timeouts_are_retried(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    route = respx_mock.post("/chat/completions").mock(
        side_effect=[httpx.RemoteProtocolError("dropped"), httpx.ReadTimeout("slow"), ok("{}")]
    )
    assert provider().complete(request_).text == "{}"
    assert route.call_count == 3


@respx.mock(base_url=BASE_URL)
def test_a_slow_server_is_tried_twice_not_retries_times(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    route = respx_mock.post("/chat/completions").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(ProviderError, match="timed out") as info:
        provider(retries=4).complete(request_)
    assert route.call_count == 2  # each try costs the whole timeout
    assert info.value.exit_code == 3


@respx.mock(base_url=BASE_URL)
def test_other_transient_failures_still_get_every_retry(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    route = respx_mock.post("/chat/completions").mock(
        side_effect=[httpx.ReadTimeout("slow"), *[httpx.Response(503)] * 3, ok("{}")]
    )
    assert provider(retries=4).complete(request_).text == "{}"
    assert route.call_count == 5


@respx.mock(base_url=BASE_URL)
def test_non_json_body_is_a_provider_error(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    respx_mock.post("/chat/completions").mock(
        return_value=httpx.Response(
            200, text="<html>gateway</html>", headers={"content-type": "application/json"}
        )
    )
    with pytest.raises(ProviderError, match="not JSON"):
        provider().complete(request_)


@respx.mock(base_url=BASE_URL)
def test_refusal_and_length_are_reported(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    respx_mock.post("/chat/completions").mock(
        side_effect=[
            ok(None, refusal="I can't help with that."),
            ok('{"sub', finish_reason="length"),
        ]
    )
    chosen = provider()
    assert chosen.complete(request_).refusal == "I can't help with that."
    assert chosen.complete(request_).finish_reason == "length"


@respx.mock(base_url=BASE_URL)
async def test_async_path(respx_mock: respx.MockRouter, request_: ModelRequest) -> None:
    route = respx_mock.post("/chat/completions").mock(side_effect=[error(500), ok("{}")])
    chosen = provider()
    assert (await chosen.acomplete(request_)).text == "{}"
    await chosen.aclose()
    assert route.call_count == 2


def test_missing_key_without_endpoint_is_a_config_error() -> None:
    with pytest.raises(ProviderError, match="no API key"):
        OpenAIProvider(Settings())


@respx.mock(base_url="http://127.0.0.1:8080/v1")
def test_local_endpoint_needs_no_key(respx_mock: respx.MockRouter, request_: ModelRequest) -> None:
    respx_mock.post("/chat/completions").mock(return_value=ok("{}"))
    assert (
        OpenAIProvider(Settings(base_url="http://127.0.0.1:8080/v1")).complete(request_).text
        == "{}"
    )


@respx.mock(base_url=BASE_URL)
def test_verbose_logs_redact_the_key(
    respx_mock: respx.MockRouter, request_: ModelRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    respx_mock.post("/chat/completions").mock(return_value=error(401, f"bad key {KEY}"))
    with pytest.raises(ProviderError):
        provider(verbose=True).complete(request_)
    err = capsys.readouterr().err
    assert "-> POST https://api.openai.com/v1/chat/completions" in err
    assert "<- 401" in err
    assert KEY not in err and "[REDACTED]" in err


@pytest.mark.default_http
async def test_own_clients_are_built_on_the_sdks_transport_library() -> None:
    from draftkit.providers.openai_chat import POOL_SHARDS, http_library

    provider = OpenAIProvider(Settings(api_key=SecretStr(KEY), model="m", base_url=BASE_URL))
    library = http_library()
    # openai 3.x runs on httpx2 (the cheaper pool); an older SDK is only ever given httpx.
    sdk_on_httpx2 = importlib.util.find_spec("openai._httpx2") is not None
    assert library.__name__ == ("httpx2" if sdk_on_httpx2 else "httpx")
    pools = {id(provider.async_client()) for _ in range(8)}
    assert len(pools) == POOL_SHARDS[library.__name__]
    assert isinstance(provider.client()._client, library.Client)
    provider.close()
    await provider.aclose()


@respx.mock(base_url=BASE_URL)
def test_each_request_timeout_is_cut_to_the_budget_left(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    """A 30 s per-request timeout inside a 2 s budget waits 2 s at most, not 30."""
    route = respx_mock.post("/chat/completions").mock(return_value=ok("{}"))
    provider(timeout=30, total_timeout=2).complete(request_)
    timeout = route.calls.last.request.extensions["timeout"]
    assert 0 < timeout["read"] <= 2
    provider(timeout=1, total_timeout=60).complete(request_)
    assert route.calls.last.request.extensions["timeout"]["read"] == 1
