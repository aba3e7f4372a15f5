"""The offline `template` provider: a deterministic five-part draft composed from the incident.

It needs no key and no network, so `draftkit draft` works on a fresh machine, and it is held to
the same guards as a model. Every sentence frame lives in `languages/<lang>/template.yaml`; incident
text is inserted as a value (`str.format` on the frame only), never interpreted. The text
mechanics (case, lists, articles, Romanian "de") are in `prose`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from draftkit.draft_types import DraftContent, Usage
from draftkit.errors import InputError
from draftkit.incident import Incident
from draftkit.languages import on_change, pack, packs
from draftkit.prompt import language_name
from draftkit.providers import prose
from draftkit.providers.base import ModelReply, ModelRequest
from draftkit.text import fold

_SHORT = ("chat", "social")


def _pack_frames(language: str) -> dict[str, Any]:
    return pack(language).data("template")


@on_change
@cache
def _frames(language: str, plural: bool) -> dict[str, Any]:
    """The pack's frames; for a plural "you" (es: ustedes), its `plural` frames replace them."""
    frames = _pack_frames(language)
    return prose.merge(frames, frames.get("plural", {})) if plural else frames


def _title(word: str, language: str) -> Mapping[str, Any] | None:
    """The title entry of `word` ("Sra.", "doamna", "Ms"): this language's, else any pack's."""
    key = fold(word).rstrip(".")
    own = _pack_frames(language).get("titles", {})
    if key in own:
        return own[key] or {}
    known = any(key in p.data("template").get("titles", {}) for p in packs().values())
    return {} if known else None


def _titled(person: str, salutation: str | None, language: str) -> tuple[str, Any] | None:
    """The person as a greeting names them with their title, and that title's gender here.

    The salutation as given ("Sra. Herrera"; a bare "Sra." takes the name), else a contact
    written with a title ("Ms. Rivera", "doamna Rusu"); None without one: no gender is guessed.
    """
    if salutation is None:
        if _title(person.split()[0], language) is None:
            return None
        salutation = person
    title, *rest = salutation.split(maxsplit=1)
    entry = _title(title, language)
    if entry is None:  # a title this language does not know: greeted as written
        return salutation, None
    if not rest:
        own, *others = person.split(maxsplit=1)
        rest = others if others and _title(own, language) is not None else [person]
    return " ".join([str(entry.get("say", title)), *rest]), entry.get("gender")


@dataclass(frozen=True)
class _Facts:
    """The incident's texts as the draft quotes them, and what to keep private or capitalised."""

    what: str
    impact: str
    cause: str | None
    remedies: list[str]
    fixes: list[str]
    action: str | None
    keep: frozenset[str]  # words that keep their capital at a clause start: names
    names: frozenset[str]  # the customer's name words, never shown in public

    @classmethod
    def read(cls, incident: Incident, frames: Mapping[str, Any]) -> _Facts:
        def quoted(text: str) -> str:
            return prose.link_numerals(text, frames.get("numerals"))

        customer, company = incident.customer, incident.company
        people = [customer.name, customer.contact, customer.salutation]
        signers = [company.name, company.sender, company.sender_role]
        texts = [incident.what_happened, incident.impact, incident.root_cause or ""]
        texts += [*incident.remedies, *incident.fixes]
        action = incident.follow_up.action if incident.follow_up else None
        names = [w for value in people if value for w in value.split()]
        return cls(
            what=quoted(incident.what_happened),
            impact=quoted(incident.impact),
            cause=quoted(incident.root_cause) if incident.root_cause else None,
            remedies=[quoted(r) for r in incident.remedies],
            fixes=[quoted(f) for f in incident.fixes],
            action=quoted(_strip(action, frames)) if action else None,
            keep=prose.proper_words(texts) | {w for v in people + signers if v for w in v.split()},
            names=frozenset(w.strip(".,") for w in names if len(w) > 2 and w[0].isupper()),
        )


def _strip(action: str, frames: Mapping[str, Any]) -> str:
    """'să vă trimitem…' -> 'vă trimitem…': words the follow-up frame already says."""
    words = action.split()
    for lead in frames.get("follow_up_strip", ()):
        size = len(str(lead).split())
        if len(words) > size and fold(" ".join(words[:size])) == fold(str(lead)):
            return " ".join(words[size:])
    return action


def _many(incident: Incident) -> bool:
    """Whether "you" is plural: an organisation's contact (es: ustedes), or facts that say so."""
    customer = incident.customer
    if customer.contact and fold(customer.contact) != fold(customer.name):
        return True
    cues = _pack_frames(incident.language).get("plural_cues") or ()
    return prose.matches(cues, f"{incident.what_happened} {incident.impact}", incident.language)


class TemplateProvider:
    name = "template"
    model = "template-v1"
    deterministic = True

    def __init__(self, settings: object | None = None) -> None:
        self.settings = settings

    def format_date(self, date: dt.date, language: str, *, key: str = "date") -> str:
        frames = _pack_frames(language)
        month = frames["months"][date.month - 1]
        return str(frames[key]).format(day=date.day, month=month, year=date.year)

    def compose(self, incident: Incident) -> DraftContent:
        frames = _frames(incident.language, _many(incident))
        facts = _Facts.read(incident, frames)
        topic = prose.topic(
            frames["topics"], (incident.what_happened, incident.impact), incident.language
        )
        return DraftContent(
            subject=self._subject(incident, frames, topic),
            greeting=self._greeting(incident, frames),
            restore_value=self._restore_value(incident, frames, facts),
            responsibility=str(frames["responsibility"][incident.severity]),
            explanation=self._explanation(incident, frames, facts, topic),
            fix=self._fix(incident, frames, facts),
            regret=self._regret(incident, frames, facts, topic),
            closing=self._closing(incident, frames),
        )

    def _subject(
        self, incident: Incident, frames: Mapping[str, Any], topic: Mapping[str, Any] | None
    ) -> str:
        """What failed and when: "[INC-2291] Our apology for the outage on 17 November"."""
        subject = frames["subject"]
        when = incident.occurred_at
        date = self.format_date(when, incident.language, key="date_short") if when else None
        if topic:
            what = str(topic["subject"])
            dated = str(topic.get("dated", subject["dated"]))
            what = dated.format(topic=what, date=date) if date else what
        else:
            what = str(subject["unknown_dated"]).format(date=date) if date else subject["unknown"]
        public = incident.channel == "social"  # a public reply shows no ticket id
        prefix = f"[{incident.id}] " if incident.id and not public else ""
        return prose.upper_first(str(subject["frame"]).format(prefix=prefix, topic=what))

    def _greeting(self, incident: Incident, frames: Mapping[str, Any]) -> str:
        """By register, and by title when one is known; without one, never a guessed gender."""
        channel, customer = incident.channel, incident.customer
        formal = channel == "letter" or (
            channel == "email" and incident.severity in ("high", "critical")
        )
        options = frames["greeting"]["formal" if formal else channel]
        person = customer.contact or customer.name
        given = person.split()[0]
        titled = _titled(person, customer.salutation, incident.language)
        if titled is None:
            return str(options["plain"]).format(full=person, given=given)
        name, gender = titled
        frame = options.get(gender) or options.get("titled") or options["plain"]
        return str(frame).format(name=name, full=person, given=given)

    def _restore_value(self, incident: Incident, frames: Mapping[str, Any], facts: _Facts) -> str:
        restore = frames["restore_value"]
        if incident.channel == "social":  # offers are personal: they go in a private message
            return str(restore["social"])
        article = frames.get("article")
        remedies = [
            prose.with_article(prose.lower_first(prose.clause(r), facts.keep), article)
            for r in facts.remedies
        ]
        return str(restore["offer"]).format(remedies=prose.join(remedies, frames))

    def _explanation(
        self,
        incident: Incident,
        frames: Mapping[str, Any],
        facts: _Facts,
        topic: Mapping[str, Any] | None,
    ) -> str:
        """What happened as the facts say it, then the cause, or that it is being investigated."""
        explain, channel = frames["explanation"], incident.channel
        what, cause = facts.what, facts.cause
        if channel in _SHORT:
            what = prose.first_sentence(what)
            cause = prose.first_sentence(cause) if cause else None
        if channel == "social":
            if not prose.public(what, facts.names):
                what = str(topic["what"]) if topic else ""
            if cause and not prose.public(cause, facts.names):
                cause = None
        sentences = [prose.upper_first(prose.sentence(what))] if what else []
        if cause:
            root_cause = prose.lower_first(prose.sentence(cause), facts.keep)
            sentences.append(str(explain["cause"]).format(root_cause=root_cause))
        elif not incident.root_cause:
            sentences.append(str(explain["investigating"]))
        return " ".join(sentences)

    def _fix(self, incident: Incident, frames: Mapping[str, Any], facts: _Facts) -> str:
        """The fixes (a list in an e-mail or a letter), then the follow-up, promised once."""
        fix, channel = frames["fix"], incident.channel
        fixes = facts.fixes
        if channel == "social":
            fixes = [f for f in fixes if prose.public(f, facts.names)]
        if channel in _SHORT:
            fixes = fixes[:1]
        listed = len(fixes) > 1
        if not fixes:
            text = str(fix["general"])
        elif listed:
            bullets = (str(frames["bullet"]) + prose.upper_first(prose.clause(f)) for f in fixes)
            text = "\n".join([str(fix["many"]), *bullets])
        else:
            first = prose.clause(prose.lower_first(fixes[0], facts.keep))
            first = prose.with_article(first, frames.get("article"))
            text = str(fix["short" if channel in _SHORT else "one"]).format(fix=first)
        follow_up = incident.follow_up
        if follow_up and facts.action:
            date = self.format_date(follow_up.by, incident.language)
            action = prose.clause(prose.lower_first(facts.action, facts.keep))
            if channel == "social" and not prose.public(action, facts.names):
                promise = str(fix["follow_up_private"]).format(date=date)
            else:
                promise = str(fix["follow_up"]).format(action=action, date=date)
            text += ("\n\n" if listed else " ") + promise
        return text

    def _regret(
        self,
        incident: Incident,
        frames: Mapping[str, Any],
        facts: _Facts,
        topic: Mapping[str, Any] | None,
    ) -> str:
        """First-person regret naming the harm; in public, the harm said generically."""
        regret = frames["regret"]
        measure = regret[incident.severity]
        impact = facts.impact
        if incident.channel in _SHORT:
            impact = prose.first_sentence(impact)
        impact = prose.lower_first(prose.sentence(impact), facts.keep)
        lead = str(measure["lead"]).format(impact=impact)
        if incident.channel == "chat":
            return lead
        if incident.channel == "social":
            if topic:
                lead = str(regret["social"]).format(harm=topic["harm"])
            elif not prose.public(impact, facts.names):
                lead = str(regret["plain"])
        after = measure.get("after")
        return f"{lead} {after}" if after else lead

    def _closing(self, incident: Incident, frames: Mapping[str, Any]) -> str:
        company = incident.company
        signer = ", ".join(p for p in (company.sender, company.sender_role) if p)
        signature = "\n".join(p for p in (company.sender, company.sender_role, company.name) if p)
        if incident.channel in _SHORT:
            signature = f"{signer} · {company.name}" if signer else company.name
        frame = frames["closing"][incident.channel]
        return str(frame).format(signature=signature, company=company.name)

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
