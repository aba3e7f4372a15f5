"""The guards every draft must pass before a person sees it, whatever wrote it.

`run_checks` returns one `Check` per guard in `CHECK_NAMES` order; the drafting loop quotes the
failed ones back to the model (only the parts they lie in, when they can tell), and the eval
suite and `draftkit score` report them. The guards read the language through its pack: phrases
in `languages/<code>/lexicon.yaml`, matched on stems; numbers, dates and contacts in `facts`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from draftkit.checks import cause, conduct, language, leaks, manner, offering, privacy, required
from draftkit.checks.view import View, failed
from draftkit.draft_types import Check, DraftContent
from draftkit.incident import Incident

__all__ = ["CHECK_NAMES", "failed", "run_checks"]

_GUARDS: dict[str, Callable[[View], Check]] = {
    "parts_present": required.parts_present,
    "approved_offers": offering.check,
    "no_internal_notes": leaks.no_internal_notes,
    "no_foreign_contacts": leaks.no_foreign_contacts,
    "no_blame": conduct.no_blame,
    "blame_second_opinion": conduct.blame_second_opinion,
    "no_non_apology": manner.no_non_apology,
    "language": language.check,
    "follow_up_date": required.follow_up_date,
    "no_invented_cause": cause.check,
    "no_system_prompt": leaks.no_system_prompt,
    "no_insults": manner.no_insults,
    "social_privacy": privacy.social_privacy,
}
CHECK_NAMES: tuple[str, ...] = tuple(_GUARDS)


def run_checks(
    content: DraftContent,
    incident: Incident,
    *,
    system_prompt: str | None = None,
    skip: Collection[str] = (),
) -> list[Check]:
    """Every guard's verdict but those named in SKIP, in `CHECK_NAMES` order."""
    view = View(content, incident, system_prompt)
    return [guard(view) for name, guard in _GUARDS.items() if name not in skip]
