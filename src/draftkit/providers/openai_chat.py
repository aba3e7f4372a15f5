"""The `openai` provider: chat completions through the official SDK, any compatible endpoint.

draftkit hands the SDK its own HTTP client, so it owns timeouts and the connection pool: on the
SDK's own transport library when it has one (`httpx2`, openai 3.x), else on `httpx`. A client
handed in is used as is: respx intercepts an `httpx` one, in tests and in `draftkit eval`.
Structured outputs are asked for first; a server that refuses `json_schema` is asked for
`json_object`, then for plain text, at once and without a retry, and the parser finds the object
(`draftkit.providers.negotiation`: what worked is kept per base URL and model for the process).
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import logging
import sys
import time
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from draftkit.draft_types import Usage
from draftkit.errors import (
    ProviderConnectionError,
    ProviderError,
    ProviderStatusError,
    ProviderTimeout,
)
from draftkit.providers.base import ModelReply, ModelRequest
from draftkit.providers.negotiation import (
    ModeRefused,
    Rung,
    anegotiate,
    endpoint,
    negotiate,
    refuses_mode,
    response_format,
)
from draftkit.retry import TransientError, is_transient_status, retry_after_seconds, retry_policy
from draftkit.settings import Settings, redact

if TYPE_CHECKING:
    import httpx
    import openai

log = logging.getLogger("draftkit.providers")

#: httpx's pool (httpcore 1) scans every connection for every queued request: sharding it keeps
#: that near 2 ms a request at 64 in flight. httpx2's pool does not need it.
POOL_SHARDS = {"httpx2": 1, "httpx": 4}
_NO_KEY = "sk-draftkit-no-key"


def http_library() -> ModuleType:
    """httpx2 where the SDK runs on it (openai 3.x), else httpx: the two share one API.

    On httpx2 a 500-draft batch runs 2% behind the raw SDK at 32 in flight and ~20% at 64; on
    httpx 14% and 33%, from the pool's CPU cost (bench/batch_concurrency.py). An older SDK is
    never handed an httpx2 client, even where httpx2 happens to be installed.
    """
    if importlib.util.find_spec("openai._httpx2") is not None:
        return importlib.import_module("httpx2")
    return importlib.import_module("httpx")


class OpenAIProvider:
    name = "openai"
    deterministic = False

    def __init__(
        self,
        settings: Settings,
        *,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
    ) -> None:
        key = settings.api_key.get_secret_value() if settings.api_key else None
        if not key and not settings.base_url:
            raise ProviderError(
                "no API key: set OPENAI_API_KEY, or --base-url for a local server, "
                "or use --provider template to draft offline"
            )
        self.settings = settings
        self.model = settings.model
        self._key = key or _NO_KEY
        self._endpoint = endpoint(settings.base_url, settings.model, settings.response_format)
        self._http_client = http_client
        self._async_http_client = async_http_client
        self._sync: openai.OpenAI | None = None
        self._async: list[openai.AsyncOpenAI] = []
        self._turn = 0

    def settled_rung(self) -> Rung | None:
        """The response format requests go out in: chosen, or negotiated; None until known."""
        state = self._endpoint
        return state.rung if state.settled or state.choice != "auto" else None

    # -- clients -----------------------------------------------------------------------------

    def _hooks(self) -> dict[str, list[Any]]:
        if not self.settings.verbose:
            return {}
        return {"request": [self._log_request], "response": [self._log_response]}

    def _log_request(self, request: Any) -> None:
        headers = {
            k: ("[REDACTED]" if k.lower() in {"authorization", "api-key"} else v)
            for k, v in request.headers.items()
        }
        body = request.content.decode("utf-8", "replace") if request.content else ""
        print(
            redact(f"draftkit: -> {request.method} {request.url} {headers} {body}", self.settings),
            file=sys.stderr,
        )

    def _log_response(self, response: Any) -> None:
        print(f"draftkit: <- {response.status_code} {response.request.url}", file=sys.stderr)

    async def _alog_request(self, request: Any) -> None:
        self._log_request(request)

    async def _alog_response(self, response: Any) -> None:
        self._log_response(response)

    def _client_options(self) -> dict[str, Any]:
        return {
            "api_key": self._key,
            "base_url": self.settings.base_url,
            "max_retries": 0,
            "timeout": self.settings.timeout,
        }

    def client(self) -> openai.OpenAI:
        if self._sync is None:
            import openai

            lib = http_library()
            http = self._http_client or lib.Client(
                timeout=lib.Timeout(self.settings.timeout), event_hooks=self._hooks()
            )
            self._sync = openai.OpenAI(http_client=cast(Any, http), **self._client_options())
        return self._sync

    def async_client(self) -> openai.AsyncOpenAI:
        """The shared async pool; on httpx, as `POOL_SHARDS` pools taken in turn.

        httpcore's pool scans every connection for every queued request, so one pool's CPU cost
        per request grows with the connections in it: 3 ms at 32 in flight, 14 ms at 64 (measured,
        bench/batch_concurrency.py). Four smaller pools keep it near 2 ms; all drafts of a run
        still share them: 512 connections in all, the highest `--concurrency`. A client handed in
        is used as is.
        """
        if not self._async:
            import openai

            lib = http_library()
            shards = POOL_SHARDS[lib.__name__]
            hooks: dict[str, list[Any]] = (
                {"request": [self._alog_request], "response": [self._alog_response]}
                if self.settings.verbose
                else {}
            )
            pools = (
                [self._async_http_client]
                if self._async_http_client is not None
                else [
                    lib.AsyncClient(
                        timeout=lib.Timeout(self.settings.timeout),
                        limits=lib.Limits(
                            max_connections=512 // shards, max_keepalive_connections=256 // shards
                        ),
                        event_hooks=hooks,
                    )
                    for _ in range(shards)
                ]
            )
            self._async = [
                openai.AsyncOpenAI(http_client=cast(Any, http), **self._client_options())
                for http in pools
            ]
        self._turn = (self._turn + 1) % len(self._async)
        return self._async[self._turn]

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        for client in self._async:
            await client.close()
        self._async = []

    # -- one request -------------------------------------------------------------------------

    def _create_kwargs(self, request: ModelRequest, deadline: float, rung: Rung) -> dict[str, Any]:
        """Arguments for `with_raw_response.create`, with the body passed pre-built.

        The SDK walks every parameter against its TypedDicts before sending; for our messages
        and JSON Schema that costs about a millisecond of CPU per request, which caps a batch's
        throughput. `extra_body` goes on the wire unchanged, so the request is identical.
        """
        remaining = max(0.1, deadline - time.monotonic())
        body: dict[str, Any] = {"messages": request.messages}
        wanted = response_format(rung, request.response_schema, request.schema_name)
        if wanted is not None:
            body["response_format"] = wanted
        if self.settings.temperature is not None:
            body["temperature"] = self.settings.temperature
        if self.settings.seed is not None:
            body["seed"] = self.settings.seed
        if self.settings.max_tokens is not None:
            body["max_tokens"] = self.settings.max_tokens
        return {
            "model": self.model,
            "messages": [],
            "extra_body": body,
            "timeout": min(self.settings.timeout, remaining),
        }

    def _translate(self, exc: Exception, rung: Rung) -> Exception:
        """Map an SDK exception to TransientError (retry), ModeRefused, or ProviderError."""
        import openai

        if isinstance(exc, openai.APITimeoutError):
            return TransientError(
                f"request timed out (limits: {self.settings.timeout:g} s per request, "
                f"{self.settings.total_timeout:g} s in all)",
                status_code=None,
                retry_after=None,
                timed_out=True,
            )
        if isinstance(exc, openai.APIConnectionError):
            return TransientError(
                f"connection failed to {self.settings.base_url or 'https://api.openai.com/v1'}: "
                f"{_cause(exc)}",
                status_code=None,
                retry_after=None,
            )
        if isinstance(exc, openai.APIStatusError):
            status = exc.status_code
            text = redact(_status_message(exc), self.settings)
            if rung.mode != "text" and refuses_mode(status, f"{text} {exc.body}"):
                return ModeRefused(rung, status, text)
            if is_transient_status(status):
                return TransientError(
                    f"HTTP {status}: {text}",
                    status_code=status,
                    retry_after=retry_after_seconds(exc.response.headers),
                )
            hint = {
                401: " (check OPENAI_API_KEY)",
                403: " (the key lacks access)",
                404: " (check --model and --base-url)",
            }.get(status, "")
            return ProviderStatusError(f"HTTP {status}{hint}: {text}", status_code=status)
        if isinstance(exc, openai.APIResponseValidationError | openai.APIError):
            return ProviderError(f"the endpoint sent a malformed response: {redact(str(exc))}")
        if isinstance(exc, ValueError):  # a non-JSON body the SDK could not decode
            return ProviderError(f"the endpoint sent a response that is not JSON: {exc}")
        return exc

    def _reply(self, raw: Any) -> ModelReply:
        """Read the few fields we use straight from the JSON body (no SDK model building)."""
        kind = (raw.headers.get("content-type") or "no content type").split(";")[0]
        try:
            completion = json.loads(raw.content)
        except ValueError:
            raise ProviderError(
                f"the endpoint sent a response that is not JSON ({kind}, {len(raw.content)} bytes)"
            ) from None
        try:
            choice = completion["choices"][0]
            message = choice["message"]
            content = message.get("content") or ""
            if not isinstance(content, str):
                raise TypeError("content is not a string")
        except (KeyError, IndexError, TypeError, AttributeError):
            raise ProviderError(
                f"the endpoint sent a response that is not a chat completion ({kind})"
            ) from None
        usage = completion.get("usage") or {}
        return ModelReply(
            text=content,
            usage=Usage(
                prompt_tokens=_count(usage, "prompt_tokens"),
                completion_tokens=_count(usage, "completion_tokens"),
                total_tokens=_count(usage, "total_tokens"),
            ),
            finish_reason=choice.get("finish_reason"),
            refusal=message.get("refusal"),
            model=completion.get("model") or self.model,
        )

    def _exhausted(self, error: TransientError, attempts: int) -> ProviderError:
        """The retried failure, as the ProviderError subclass naming its cause."""
        message = f"{error.message} (gave up after {attempts} attempt{'s' if attempts > 1 else ''})"
        if error.status_code is not None:
            return ProviderStatusError(message, status_code=error.status_code, attempts=attempts)
        if error.timed_out:
            return ProviderTimeout(message, attempts=attempts)
        return ProviderConnectionError(message, attempts=attempts)

    def _send(self, request: ModelRequest, deadline: float, rung: Rung) -> ModelReply:
        log.debug("response_format %s for this request", rung)
        try:
            raw = self.client().chat.completions.with_raw_response.create(
                **self._create_kwargs(request, deadline, rung)
            )
        except Exception as exc:
            raise self._translate(exc, rung) from None
        return self._reply(raw)

    async def _asend(self, request: ModelRequest, deadline: float, rung: Rung) -> ModelReply:
        log.debug("response_format %s for this request", rung)
        try:
            raw = await self.async_client().chat.completions.with_raw_response.create(
                **self._create_kwargs(request, deadline, rung)
            )
        except Exception as exc:
            raise self._translate(exc, rung) from None
        return self._reply(raw)

    def _refused(self, refusal: ModeRefused) -> ProviderError:
        """Only a mode chosen with --response-format runs out of steps: say what to do."""
        return ProviderError(
            f"the server refused response_format {refusal.rung.mode} ({refusal.why()}); "
            "use --response-format auto to let draftkit find what it accepts",
            status_code=refusal.status,
        )

    def _negotiated(self, request: ModelRequest, deadline: float) -> ModelReply:
        """One request in the format this endpoint accepts (found by the first, under a lock)."""
        try:
            return negotiate(self._endpoint, lambda rung: self._send(request, deadline, rung))
        except ModeRefused as refusal:
            raise self._refused(refusal) from None

    async def _anegotiated(self, request: ModelRequest, deadline: float) -> ModelReply:
        try:
            return await anegotiate(
                self._endpoint, lambda rung: self._asend(request, deadline, rung)
            )
        except ModeRefused as refusal:
            raise self._refused(refusal) from None

    def complete(self, request: ModelRequest) -> ModelReply:
        from tenacity import Retrying

        self.client()  # importing the SDK and building the pool is not the endpoint's time
        deadline = time.monotonic() + self.settings.total_timeout
        retrying = Retrying(**self._policy())
        try:
            for attempt in retrying:
                with attempt:
                    return self._negotiated(request, deadline)
        except TransientError as error:
            raise self._exhausted(error, retrying.statistics.get("attempt_number", 1)) from None
        raise AssertionError("unreachable")  # pragma: no cover

    async def acomplete(self, request: ModelRequest) -> ModelReply:
        from tenacity import AsyncRetrying

        self.async_client()
        deadline = time.monotonic() + self.settings.total_timeout
        retrying = AsyncRetrying(**self._policy())
        try:
            async for attempt in retrying:
                with attempt:
                    return await self._anegotiated(request, deadline)
        except TransientError as error:
            raise self._exhausted(error, retrying.statistics.get("attempt_number", 1)) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _policy(self) -> dict[str, Any]:
        return retry_policy(
            retries=self.settings.retries, total_timeout=self.settings.total_timeout
        )


def _count(usage: Any, key: str) -> int:
    value = usage.get(key) if isinstance(usage, dict) else None
    return value if isinstance(value, int) and value >= 0 else 0


def _cause(exc: BaseException) -> str:
    cause = exc.__cause__ or exc.__context__
    return f"{type(cause).__name__}: {cause}" if cause else str(exc)


def _status_message(exc: Any) -> str:
    body = exc.body
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])
    return str(exc.message)
