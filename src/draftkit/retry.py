"""The one retry layer: which failures are transient, how long to wait, when to give up.

The SDK's own retries are off (`max_retries=0`); tenacity retries here with exponential backoff and
jitter, honours `Retry-After` (seconds or an HTTP date, and `retry-after-ms`), and stops before a
wait would overrun the total time budget. Anything that will not get better by retrying (400, 401,
403, 404, 422) fails at once.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping
from typing import Any

from tenacity import (
    RetryCallState,
    retry_if_exception_type,
    stop_after_attempt,
    stop_before_delay,
    wait_exponential_jitter,
)
from tenacity.stop import stop_base

TRANSIENT_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 120.0


class TransientError(Exception):
    """A failure worth retrying; carries the server's requested delay when it gave one."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None,
        retry_after: float | None,
        timed_out: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.retry_after = retry_after
        self.timed_out = timed_out


def is_transient_status(status: int) -> bool:
    return status in TRANSIENT_STATUS or status >= 500


def retry_after_seconds(
    headers: Mapping[str, str] | None, now: float | None = None
) -> float | None:
    """Seconds the server asked us to wait, from `retry-after-ms` or `Retry-After`."""
    if not headers:
        return None
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


_backoff = wait_exponential_jitter(multiplier=0.5, max=20.0, jitter=0.5)


def _wait(state: RetryCallState) -> float:
    outcome = state.outcome
    error = outcome.exception() if outcome is not None else None
    if isinstance(error, TransientError) and error.retry_after is not None:
        return min(error.retry_after, MAX_RETRY_AFTER)
    return float(_backoff(state))


class _StopAfterTimeouts(stop_base):
    """Stop once requests have timed out `limit` times, whatever else failed in between.

    Each timed-out try costs the whole per-request timeout, and a server that is slow now is
    usually slow a second later too: one more try, not `retries` more.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.seen = 0

    def __call__(self, retry_state: RetryCallState) -> bool:
        outcome = retry_state.outcome
        error = outcome.exception() if outcome is not None else None
        if isinstance(error, TransientError) and error.timed_out:
            self.seen += 1
        return self.seen >= self.limit


TIMEOUT_ATTEMPTS = 2


def retry_policy(*, retries: int, total_timeout: float) -> dict[str, Any]:
    """Keyword arguments for `tenacity.Retrying` / `AsyncRetrying`; the last error is re-raised."""
    return {
        "stop": stop_after_attempt(retries + 1)
        | stop_before_delay(total_timeout)
        | _StopAfterTimeouts(TIMEOUT_ATTEMPTS),
        "wait": _wait,
        "retry": retry_if_exception_type(TransientError),
        "reraise": True,
    }
