"""The offline `template` provider: a deterministic five-part draft composed from the incident.

It needs no key and no network, so `draftkit draft` works on a fresh machine, and it is held to
the same guards as a model. Every sentence frame lives in `languages/<lang>/template.yaml`; incident
text is inserted as a value (`str.format` on the frame only), never interpreted.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from draftkit.draft_types import DraftContent, Usage
from draftkit.errors import InputError
from draftkit.incident import Incident
from draftkit.prompt import language_name
from draftkit.providers.base import ModelReply, ModelRequest

_SHORT = ("chat", "social")


def _frames(language: str) -> dict[str, Any]:
    from draftkit.languages import pack

    return pack(language).data("template")


def _lower_first(text: str) -> str:
    """'Replacement shipment' -> 'replacement shipment', but 'EUR 50' and 'iPhone' stay."""
    if len(text) > 1 and text[0].isupper() and (text[1].islower() or text[1] == " "):
        return text[0].lower() + text[1:]
    return text


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _join(items: Sequence[str], last: str) -> str:
    items = [_lower_first(item.strip().rstrip(".")) for item in items]
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return items[0] + last + items[1]
    return "; ".join(items[:-1]) + ";" + last + items[-1]


class TemplateProvider:
    name = "template"
    model = "template-v1"
    deterministic = True

    def __init__(self, settings: object | None = None) -> None:
        self.settings = settings

    def format_date(self, date: dt.date, language: str) -> str:
        frames = _frames(language)
        return str(frames["date"]).format(
            day=date.day, month=frames["months"][date.month - 1], year=date.year
        )

    def compose(self, incident: Incident) -> DraftContent:
        frames: dict[str, Any] = _frames(incident.language)
        channel, severity = incident.channel, incident.severity
        short = channel in _SHORT
        follow_date = (
            self.format_date(incident.follow_up.by, incident.language)
            if incident.follow_up
            else None
        )

        prefix = f"[{incident.id}] " if incident.id and channel != "social" else ""
        if channel == "social":
            subject = str(frames["subject_social"])
        else:
            subject = str(frames["subject"]).format(prefix=prefix, topic=frames["topic_default"])
        name = incident.customer.contact or incident.customer.name
        greeting = str(frames["greeting"][channel]).format(name=name)

        restore = frames["restore_value"]
        if channel == "social":
            restore_value = str(restore["social"])
        else:
            remedies = _join(incident.remedies, frames["list_and"])
            restore_value = str(restore["chat" if short else "full"]).format(remedies=remedies)

        responsibility = str(frames["responsibility"][severity])

        explain = frames["explanation"]
        sentences = []
        if channel != "social" and not (short and incident.root_cause):
            sentences.append(
                explain["what"].format(
                    what_happened=_lower_first(_sentence(incident.what_happened))
                )
            )
        if incident.root_cause:
            sentences.append(
                explain["cause"].format(root_cause=_lower_first(_sentence(incident.root_cause)))
            )
        elif follow_date:
            sentences.append(explain["investigating_by"].format(date=follow_date))
        else:
            sentences.append(explain["investigating"])
        explanation = " ".join(sentences)

        fix_frames = frames["fix"]
        fixes = incident.fixes[:2] if short else incident.fixes
        fix = fix_frames["chat" if short else "full"].format(fixes=_join(fixes, frames["list_and"]))
        if incident.follow_up and follow_date:
            action = _lower_first(incident.follow_up.action.strip().rstrip("."))
            fix += " " + fix_frames["follow_up"].format(action=action, date=follow_date)

        if channel == "social":
            regret = str(frames["regret"]["social"])
        else:
            regret = str(frames["regret"][severity]).format(
                impact=_lower_first(_sentence(incident.impact))
            )

        company = incident.company
        signer = ", ".join(p for p in (company.sender, company.sender_role) if p)
        signature = "\n".join(p for p in (company.sender, company.sender_role, company.name) if p)
        if short:
            signature = f"{signer} · {company.name}" if signer else company.name
        closing = str(frames["closing"][channel]).format(signature=signature, company=company.name)

        return DraftContent(
            subject=subject,
            greeting=greeting,
            restore_value=restore_value,
            responsibility=responsibility,
            explanation=explanation,
            fix=fix,
            regret=regret,
            closing=closing,
        )

    def complete(self, request: ModelRequest) -> ModelReply:
        incident = request.incident
        written = incident.facts_language()
        if written and written != incident.language:
            raise InputError(
                f"the template provider quotes the facts as written, and they read as "
                f"{language_name(written)} while `language:` is {incident.language}: set "
                f"`language: {written}`, or draft with a model provider, which translates them"
            )
        content = self.compose(incident)
        return ModelReply(
            text=json.dumps(content.model_dump(), ensure_ascii=False),
            usage=Usage(),
            finish_reason="stop",
            model=self.model,
        )

    async def acomplete(self, request: ModelRequest) -> ModelReply:
        return self.complete(request)

    def close(self) -> None:
        """Nothing to release: no connections."""

    async def aclose(self) -> None:
        """Nothing to release: no connections."""
