"""One run's wiring, built once from `Settings`: the provider, the prompt set, the ledger, scorers.

The CLI, the Python API, `batch`, `--via openai-batch` and the eval harness all take a `Context`
rather than each reading settings and building their own pieces, so a setting means the same
thing everywhere: `--prompts` shapes the eval as it shapes a draft, the config file's `ledger`
is the ledger every command opens, `max_attempts` bounds every loop.

    with Context.from_options({"model": "gpt-4o-mini"}) as ctx:
        draft = ctx.draft(incident)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

from draftkit.settings import Settings, load_settings

if TYPE_CHECKING:
    from draftkit.draft_types import Draft
    from draftkit.incident import Incident
    from draftkit.ledger import Ledger
    from draftkit.prompt import PromptSet
    from draftkit.providers.base import Provider
    from draftkit.scoring import ScoreResult


def make_provider(settings: Settings, **clients: Any) -> Provider:
    """Build the provider the settings name (explicitly, or picked by what is configured)."""
    from draftkit.registry import PluginError, load_plugin

    try:
        factory = load_plugin("draftkit.providers", settings.resolved_provider())
    except PluginError as exc:
        raise settings.configured("provider", exc) from None
    provider: Provider = factory(settings, **clients) if clients else factory(settings)
    return provider


class Context:
    """Settings plus what they build, each built on first use and closed by whoever built it.

    A provider handed in (say, one shared client pool for many drafts) is used, never closed.
    """

    def __init__(self, settings: Settings, *, provider: Provider | None = None) -> None:
        self.settings = settings
        self._provider = provider
        self._owned = provider is None

    @classmethod
    def from_options(
        cls,
        options: Mapping[str, Any] | None = None,
        *,
        provider: str | Provider | None = None,
        settings: Settings | None = None,
    ) -> Context:
        """Explicit `settings` win; else flag-like `options` over environment and config file."""
        flags = dict(options or {})
        if isinstance(provider, str):
            flags["provider"] = provider
        resolved = settings or load_settings(flags)
        return cls(resolved, provider=None if isinstance(provider, str) else provider)

    @property
    def provider(self) -> Provider:
        if self._provider is None:
            self._provider = make_provider(self.settings)
        return self._provider

    def using(self, provider: Provider) -> Context:
        """The same settings and prompts around another provider (a wrapper of ours, say),
        which the new context borrows and does not close."""
        other = Context(self.settings, provider=provider)
        other.__dict__["prompts"] = self.prompts
        return other

    @cached_property
    def prompts(self) -> PromptSet:
        from draftkit.prompt import prompt_set

        return prompt_set(self.settings.prompts_dir)

    @property
    def offline_by_default(self) -> bool:
        """No provider named and nothing configured: the template provider was picked for us."""
        return self.settings.provider is None and self.settings.resolved_provider() == "template"

    def ledger(self) -> Ledger:
        """The configured ledger, opened; use it as a context manager."""
        from draftkit.ledger import Ledger, user_ledger_path

        # The settings already resolved flag > env > config; don't resolve them again.
        return Ledger.open(self.settings.ledger or user_ledger_path())

    def examples(self, incident: Incident, limit: int = 2) -> list[str]:
        """Approved past apologies for similar incidents, with the past customer's name removed."""
        from draftkit.ledger import shareable

        with self.ledger() as book:
            found = book.similar(incident, limit=limit)
        return [shareable(entry, public=True)["text"] for entry in found]

    def admit(self, incident: Incident, source: str = "incident") -> None:
        """Refuse, before any request, an incident these settings say must not be drafted."""
        from draftkit.incident import check_follow_up

        check_follow_up(incident, allow_past=self.settings.allow_past_follow_up, source=source)

    def draft(
        self, incident: Incident, examples: Sequence[str] = (), *, source: str = "incident"
    ) -> Draft:
        """Draft, check and return an apology; raises InputError, ProviderError or DraftRejected."""
        from draftkit.drafting import run

        self.admit(incident, source)
        return run(
            incident,
            self.prompts,
            self.provider,
            max_attempts=self.settings.max_attempts,
            examples=examples,
        )

    async def adraft(
        self, incident: Incident, examples: Sequence[str] = (), *, source: str = "incident"
    ) -> Draft:
        from draftkit.drafting import arun

        self.admit(incident, source)
        return await arun(
            incident,
            self.prompts,
            self.provider,
            max_attempts=self.settings.max_attempts,
            examples=examples,
        )

    def score(
        self, text_or_draft: Any, incident: Incident | None = None, language: str | None = None
    ) -> ScoreResult:
        """Score with the built-in dimensions and the configured plugin scorers."""
        from draftkit.registry import PluginError
        from draftkit.scoring import score

        try:
            return score(text_or_draft, incident, language, scorers=self.settings.scorers)
        except PluginError as exc:
            raise self.settings.configured("scorers", exc) from None

    def close(self) -> None:
        if self._owned and self._provider is not None:
            self._provider.close()
            self._provider = None

    async def aclose(self) -> None:
        if self._owned and self._provider is not None:
            await self._provider.aclose()
            self._provider = None

    def __enter__(self) -> Context:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Context:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
