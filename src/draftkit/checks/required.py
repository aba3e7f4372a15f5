"""What every draft must contain: each part, and the follow-up date in a form the language uses."""

from __future__ import annotations

from draftkit.checks.view import View, fail, ok, verdict
from draftkit.draft_types import Check
from draftkit.facts import mentions_date


def parts_present(view: View) -> Check:
    empty = [name for name, value in view.content.model_dump().items() if not value.strip()]
    return verdict("parts_present", [f"empty: {', '.join(empty)}"] if empty else [], empty)


def follow_up_date(view: View) -> Check:
    follow_up = view.incident.follow_up
    if follow_up is None:
        return ok("follow_up_date", "no follow-up set")
    if mentions_date(view.body, follow_up.by, view.language):
        return ok("follow_up_date")
    problem = f"the follow-up date {follow_up.by.isoformat()} does not appear"
    return fail("follow_up_date", [problem], ["fix"])  # the fix part carries the follow-up
