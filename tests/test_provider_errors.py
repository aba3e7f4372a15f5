"""Each cause of a provider failure raises its own ProviderError subclass, exit code still 3."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx
from pydantic import SecretStr

from draftkit.errors import (
    ProviderConnectionError,
    ProviderError,
    ProviderStatusError,
    ProviderTimeout,
)
from draftkit.parsing import draft_json_schema
from draftkit.providers.base import ModelRequest
from draftkit.providers.openai_chat import OpenAIProvider
from draftkit.settings import Settings
from fakes import BASE_URL, KEY, error


@pytest.fixture
def request_(make_incident: Any) -> ModelRequest:
    return ModelRequest(
        [{"role": "user", "content": "hi"}], make_incident(), 1, draft_json_schema()
    )


def provider() -> OpenAIProvider:
    return OpenAIProvider(Settings(api_key=SecretStr(KEY), retries=1))


@pytest.mark.parametrize(
    ("failure", "cause"),
    [
        (httpx.ReadTimeout("slow"), ProviderTimeout),
        (httpx.ConnectError("refused"), ProviderConnectionError),
        (httpx.RemoteProtocolError("dropped"), ProviderConnectionError),
    ],
)
@respx.mock(base_url=BASE_URL)
def test_transport_failures_raise_their_cause(
    respx_mock: respx.MockRouter, request_: ModelRequest, failure: Exception, cause: type
) -> None:
    respx_mock.post("/chat/completions").mock(side_effect=failure)
    with pytest.raises(cause) as caught:
        provider().complete(request_)
    assert isinstance(caught.value, ProviderError) and caught.value.exit_code == 3
    assert caught.value.status_code is None and caught.value.attempts == 2


@pytest.mark.parametrize("status", [401, 404, 503])
@respx.mock(base_url=BASE_URL)
def test_http_errors_raise_status_errors_with_the_code(
    respx_mock: respx.MockRouter, request_: ModelRequest, status: int
) -> None:
    respx_mock.post("/chat/completions").mock(return_value=error(status, "no"))
    with pytest.raises(ProviderStatusError) as caught:
        provider().complete(request_)
    assert caught.value.status_code == status and caught.value.exit_code == 3
    assert not isinstance(caught.value, ProviderTimeout | ProviderConnectionError)


@respx.mock(base_url=BASE_URL)
async def test_the_async_path_raises_the_same_cause(
    respx_mock: respx.MockRouter, request_: ModelRequest
) -> None:
    respx_mock.post("/chat/completions").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(ProviderConnectionError):
        await provider().acomplete(request_)
