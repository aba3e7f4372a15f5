"""Options resolve here, in one place, with one precedence:

argument / flag  >  environment  >  config file (`draftkit.toml` or `[tool.draftkit]`)  >  default.

The API key is only ever read from an argument or the environment, never from a config file, and
it is held as a `SecretStr` so it cannot slip into a repr, a log line or a report.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    SecretStr,
    ValidationError,
    field_validator,
)

from draftkit.errors import ConfigError, DraftkitError, InputError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

DEFAULT_MODEL = "gpt-4o-mini"

#: environment variable -> settings field
ENVIRONMENT: dict[str, str] = {
    "OPENAI_API_KEY": "api_key",
    "OPENAI_BASE_URL": "base_url",
    "DRAFTKIT_PROVIDER": "provider",
    "DRAFTKIT_MODEL": "model",
    "DRAFTKIT_TIMEOUT": "timeout",
    "DRAFTKIT_TOTAL_TIMEOUT": "total_timeout",
    "DRAFTKIT_RETRIES": "retries",
    "DRAFTKIT_MAX_ATTEMPTS": "max_attempts",
    "DRAFTKIT_PROMPTS": "prompts_dir",
    "DRAFTKIT_LEDGER": "ledger",
    "DRAFTKIT_ALLOW_PAST_FOLLOW_UP": "allow_past_follow_up",
    "DRAFTKIT_RESPONSE_FORMAT": "response_format",
    "DRAFTKIT_MAX_TOKENS": "max_tokens",
    "DRAFTKIT_SCORERS": "scorers",
}

#: Settings that name a file or directory: relative in a config file means beside that file.
_PATHS = frozenset({"prompts_dir", "ledger"})

#: Every environment variable draftkit reads: the settings above, the config file, the cache.
VARIABLES: tuple[str, ...] = (*ENVIRONMENT, "DRAFTKIT_CONFIG", "DRAFTKIT_CACHE_DIR")


class Settings(BaseModel):
    """Everything that shapes a run besides the incident itself."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    _origin: dict[str, str] = PrivateAttr(default_factory=dict)

    provider: str | None = Field(
        default=None, description="openai, template or a plugin; None picks openai when configured"
    )
    model: str = DEFAULT_MODEL
    base_url: str | None = Field(default=None, description="an http:// or https:// endpoint")
    api_key: SecretStr | None = None
    timeout: float = Field(default=60.0, gt=0, description="seconds per HTTP request")
    total_timeout: float = Field(
        default=180.0, gt=0, description="seconds for all retries of a call"
    )
    retries: int = Field(default=4, ge=0, le=20, description="transient-failure retries per call")
    max_attempts: int = Field(default=3, ge=1, le=10, description="drafts tried before rejecting")
    temperature: float | None = Field(default=None, ge=0, le=2)
    seed: int | None = None
    response_format: Literal["auto", "json_schema", "json_object", "text"] = Field(
        default="auto",
        description="what to ask the server for; auto steps down json_schema -> json_object -> "
        "text when the server refuses one, and keeps what worked",
    )
    max_tokens: int | None = Field(
        default=None,
        ge=16,
        description="cap on each answer's tokens, sent as max_tokens; unset: the server's own",
    )
    prompts_dir: Path | None = None
    ledger: Path | None = Field(
        default=None, description="the ledger file; unset: ledger.sqlite3 in the user data dir"
    )
    scorers: tuple[str, ...] = Field(
        default=(), description="plugin scorers run beside the built-in dimensions"
    )
    verbose: bool = False
    allow_past_follow_up: bool = Field(
        default=False,
        description="draft an incident whose follow_up.by has passed and is not after occurred_at",
    )

    @field_validator("scorers", mode="before")
    @classmethod
    def _scorer_list(cls, value: Any) -> Any:
        """The environment gives `a,b`; a config file gives a list."""
        if isinstance(value, str):
            return tuple(name.strip() for name in value.split(",") if name.strip())
        return value

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        """A typo here would otherwise be retried five times as a connection failure."""
        if value is not None and not re.match(r"https?://[^\s/]+", value):
            raise ValueError("expected an http:// or https:// URL")
        return value

    def origin(self, name: str) -> str | None:
        """Where a setting's value came from: "option", "environment variable X", a config file's
        path, or None for a default or a `Settings` built in code."""
        return self._origin.get(name)

    def configured(self, name: str, error: InputError) -> DraftkitError:
        """`error` about setting `name`, as a configuration error (exit 3) when the value came
        from the environment or a config file: a flag is usage, the rest is configuration."""
        where = self.origin(name)
        if where is None or where == "option":
            return error
        return ConfigError(f"{where}: {error.message}")

    def resolved_provider(self) -> str:
        """An explicit provider wins; otherwise openai when a key or endpoint is configured."""
        if self.provider:
            return self.provider
        return "openai" if (self.api_key or self.base_url) else "template"


def _config_file(start: Path) -> tuple[Path, dict[str, Any]] | None:
    explicit = os.environ.get("DRAFTKIT_CONFIG")
    candidates = (
        [Path(explicit)] if explicit else [start / "draftkit.toml", start / "pyproject.toml"]
    )
    for path in candidates:
        if not path.is_file():
            if explicit:
                raise ConfigError(f"{path}: DRAFTKIT_CONFIG names a file that does not exist")
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("draftkit")
            if data is None:
                continue
        return path, data
    return None


def load_settings(
    overrides: Mapping[str, Any] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Settings:
    """Merge default < config file < environment < overrides (None overrides are unset)."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    found = _config_file(cwd or Path.cwd())
    if found:
        path, data = found
        if "api_key" in data:
            raise ConfigError(
                f"{path}: api_key does not belong in a config file; set OPENAI_API_KEY"
            )
        for key, value in data.items():
            name = key.replace("-", "_")
            if name in _PATHS and isinstance(value, str):
                value = str(path.parent / Path(value).expanduser())  # beside the file, not cwd
            values[name] = value
            origin[name] = str(path)
    for variable, field in ENVIRONMENT.items():
        if environ.get(variable):
            values[field] = environ[variable]
            origin[field] = f"environment variable {variable}"
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = value
            origin[key] = "option"
    try:
        settings = Settings.model_validate(values)
    except ValidationError as exc:
        from draftkit.loading import validation_message

        # The origin of the problem reported first (an unknown key before a bad value).
        error = min(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        first = str(error["loc"][0]) if error["loc"] else ""
        where = origin.get(first, "settings")
        message = validation_message(where, exc, Settings)
        if where == "option":  # a flag or argument is usage (exit 2); the rest is configuration
            raise message from None
        raise ConfigError(message.message) from None
    settings._origin = origin
    return settings


def redact(text: str, settings: Settings | None = None) -> str:
    """Replace the API key (and anything shaped like a bearer token) in text meant for humans."""
    import re

    if settings and settings.api_key:
        secret = settings.api_key.get_secret_value()
        if secret:
            text = text.replace(secret, "[REDACTED]")
    return re.sub(r"(?i)(bearer\s+)[A-Za-z0-9._\-]{8,}", r"\1[REDACTED]", text)
