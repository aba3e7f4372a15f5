"""The guards every draft must pass before a person sees it, whatever wrote it.

One function, `run_checks`, returns one `Check` per guard in a fixed order; the drafting loop
quotes the failed ones back to the model, and the eval suite reuses them as its guard findings.
Phrase lists live in `languages/<lang>/guards.yaml`; number, date and contact logic in `facts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import TypeVar

from draftkit.draft_types import CONTENT_KEYS, PART_NAMES, Check, DraftContent
from draftkit.facts import contacts_in, durations_in, in_days, mentions_date, money_in
from draftkit.incident import Incident
from draftkit.langdetect import language_scores
from draftkit.languages import codes
from draftkit.phrases import PhraseList, fold, load
from draftkit.provenance import (
    FIGURE,
    WORDS,
    names_in,
    note_secrets,
    public_figures,
    public_words,
    shingles,
    trusted_text,
    unquoted,
)

CHECK_NAMES: tuple[str, ...] = (
    "parts_present",
    "approved_offers",
    "no_internal_notes",
    "no_foreign_contacts",
    "no_blame",
    "no_non_apology",
    "language",
    "follow_up_date",
    "no_system_prompt",
    "no_insults",
    "social_privacy",
)

_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n+")
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s?(?:%|percent\b|por ciento\b|la suta\b)")
_IDENTIFIER = re.compile(r"\b(?:[A-Z]{2,}[-_]?\d{3,}|\d{6,})\b")


def failed(checks: Iterable[Check]) -> list[Check]:
    return [check for check in checks if not check.passed]


def _ok(name: str, detail: str = "") -> Check:
    return Check(name=name, passed=True, detail=detail)


def _fail(name: str, problems: list[str], parts: Iterable[str] = ()) -> Check:
    detail = "; ".join(dict.fromkeys(problems))
    return Check(name=name, passed=False, detail=detail, parts=tuple(dict.fromkeys(parts)))


def _verdict(name: str, problems: list[str], parts: Iterable[str] = ()) -> Check:
    """PARTS: the draft keys every problem lies in, when each one's place is known."""
    return _fail(name, problems, parts) if problems else _ok(name)


def _placed(name: str, located: list[tuple[str, str]]) -> Check:
    """A verdict from (part, problem) pairs: the repair can rewrite just those parts."""
    return _verdict(name, [problem for _, problem in located], [part for part, _ in located])


_SCANNED = ("enlargers", "blame_parties", "excuses", "blame_customer", "non_apology", "insults")


@cache
def _scanner(language: str) -> PhraseList:
    """Every guard phrase of a language in one tagged list, so a sentence is scanned once.

    Tags are the guard keys, and `offer:<kind>` for the compensation kinds.
    """
    guards = load("guards", language)
    entries: list[str] = []
    tags: list[str] = []
    for kind, phrases in guards["compensation"].items():
        entries += map(str, phrases)
        tags += [f"offer:{kind}"] * len(phrases)
    for key in _SCANNED:
        phrases = guards.get(key) or []
        entries += map(str, phrases)
        tags += [key] * len(phrases)
    return PhraseList(tuple(entries), tuple(tags))


def _scan(language: str, folded: str) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {}
    for tag, phrase in _scanner(language).tagged(folded):
        hits.setdefault(tag, []).append(phrase)
    return hits


class View:
    """A draft split and folded once, so eleven guards do not redo the same string work."""

    def __init__(self, content: DraftContent, incident: Incident, system: str | None) -> None:
        self.content = content
        self.incident = incident
        self.system = system
        self.body = content.text()
        # An e-mail's or a letter's subject is read too: links and notes in it count.
        self.text = "\n\n".join(filter(None, (content.subject.strip(), self.body)))
        self.folded = fold(self.text)
        self.sentences: list[tuple[str, str, str]] = []
        for name in ("subject", "greeting", *PART_NAMES, "closing"):
            for sentence in _SENTENCE.split(getattr(content, name)):
                if sentence.strip():
                    self.sentences.append((name, sentence.strip(), fold(sentence)))
        language = incident.language
        self.hits = [_scan(language, folded) for _, _, folded in self.sentences]
        self.trusted = trusted_text(incident)
        self.vouched = trusted_text(incident, quotes=False)


_Item = TypeVar("_Item")


def _place(view: View, items: Iterable[_Item], holds: Callable[[str, _Item], bool]) -> list[str]:
    """The keys that hold each item; none when an item lies in no single key (across two)."""
    keys: list[str] = []
    for item in items:
        found = [key for key in CONTENT_KEYS if holds(getattr(view.content, key), item)]
        if not found:
            return []
        keys += found
    return keys


def _quote(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return f'"{text if len(text) <= limit else text[: limit - 1] + "…"}"'


# -- the guards -------------------------------------------------------------------------------


def _parts_present(view: View) -> Check:
    empty = [name for name, value in view.content.model_dump().items() if not value.strip()]
    return _verdict("parts_present", [f"empty: {', '.join(empty)}"] if empty else [], empty)


def _percent(match: re.Match[str]) -> object:
    return ("%", match.group(1).replace(",", "."))


@lru_cache(maxsize=256)
def _offer_facts(texts: tuple[str, ...]) -> tuple[frozenset[str], frozenset[object], bool]:
    """Kinds, amounts (money, percentages, durations in days) and enlargers in approved text."""
    kinds: set[str] = set()
    amounts: set[object] = set()
    enlarged = False
    for text in texts:
        folded = fold(text)
        for language in codes():
            hits = _scan(language, folded)
            kinds |= {tag[6:] for tag in hits if tag.startswith("offer:")}
            amounts |= set(money_in(text, language))
            amounts |= {in_days(d) for d in durations_in(text, language)}
            enlarged = enlarged or "enlargers" in hits
        amounts |= {_percent(m) for m in _PERCENT.finditer(folded)}
    return frozenset(kinds), frozenset(amounts), enlarged


#: Kinds that put money in the customer's account; a `transfer` ("le abonaremos", "we will pay
#: into your account") describes delivering one of them, and counts as approved with any of them.
_MONEY = frozenset({"refund", "credit", "cash", "transfer"})


def _approved_offers(view: View) -> Check:
    incident, language = view.incident, view.incident.language
    facts = (incident.what_happened, incident.impact, incident.root_cause or "")
    kinds, amounts, enlarged = _offer_facts((*incident.remedies, *map(unquoted, facts)))
    problems: list[str] = []
    parts: list[str] = []
    for (part, sentence, folded), hits in zip(view.sentences, view.hits, strict=True):
        found = [tag[6:] for tag in hits if tag.startswith("offer:")]
        if kinds & _MONEY:  # paying money in is how an approved money remedy reaches anyone
            found = [kind for kind in found if kind != "transfer"]
        if not found:
            continue
        where, before = f"{part}: {_quote(sentence)}", len(problems)
        problems += [
            f"{where} offers a {kind} the incident does not approve"
            for kind in found
            if kind not in kinds
        ]
        problems += [
            f"{where} offers the unapproved amount {amount}"
            for amount in money_in(sentence, language)
            if amount not in amounts
        ]
        problems += [
            f"{where} offers the unapproved {m.group(0)}"
            for m in _PERCENT.finditer(folded)
            if _percent(m) not in amounts
        ]
        problems += [
            f"{where} offers the unapproved period {d[0].normalize()} {d[1]}(s)"
            for d in durations_in(sentence, language)
            if in_days(d) not in amounts
        ]
        if not enlarged and "enlargers" in hits:
            problems.append(f"{where} enlarges the offer beyond the approved remedies")
        if len(problems) > before:
            parts.append(part)
    return _verdict("approved_offers", problems, parts)


def _repeats(text: str, needle: tuple[str, object]) -> bool:
    kind, what = needle
    if kind == "name":
        return bool(names_in(text, frozenset({str(what)})))
    if kind == "figure":
        return what in {re.sub(r"\D", "", f) for f in FIGURE.findall(text)}
    return what in shingles(text, 5)


def _no_internal_notes(view: View) -> Check:
    """What the notes hold and the draft repeats, unless the public fields say it too.

    The public side (facts and customer message) is only read when the draft repeats something:
    most drafts repeat nothing, and reading it costs more than the rest of this check.
    """
    notes = view.incident.internal_notes
    if not notes:
        return _ok("no_internal_notes", "no internal notes given")
    names, figures, phrases = note_secrets(notes)
    draft_figures = {re.sub(r"\D", "", f) for f in FIGURE.findall(view.text)}
    named = names_in(view.text, names)
    quoted = [f for f in sorted(figures) if re.sub(r"\D", "", f) in draft_figures]
    leaked = phrases & shingles(view.text, 5)
    if not (named or quoted or leaked):
        return _ok("no_internal_notes")
    public = view.trusted + "\n" + (view.incident.customer_message or "")
    said = public_words(public)
    repeated = [name for name in sorted(named) if fold(name) not in said]
    problems = [f"repeats the name {_quote(name)} from the internal notes" for name in repeated]
    needles: list[tuple[str, object]] = [("name", name) for name in repeated]
    shown = public_figures(public)
    for figure in quoted:
        digits = re.sub(r"\D", "", figure)
        if digits not in shown:
            problems.append(f"repeats the figure {_quote(figure)} from the internal notes")
            needles.append(("figure", digits))
    leaked -= shingles(public, 5)
    if leaked:
        phrase = " ".join(sorted(leaked)[0])
        problems.append(f"repeats the phrase {_quote(phrase)} from the internal notes")
        needles += [("phrase", shingle) for shingle in leaked]
    return _verdict("no_internal_notes", problems, _place(view, needles, _repeats))


# facts reads "612 345 678" as an amount, as it would "1 234 567"; but nine or more digits in
# groups of two or three are how Spanish and Romanian phone numbers are written, never a sum.
_GROUPED_PHONE = re.compile(r"(?<![\w.,+])\+?\d{2,3}(?: \d{2,3}){2,4}(?!\d|[.,]\d)")


def _contacts(text: str) -> set[str]:
    """`facts.contacts_in`, plus phone numbers written in space-separated groups."""
    phones = {re.sub(r"\D", "", m.group(0)) for m in _GROUPED_PHONE.finditer(text)}
    return contacts_in(text) | {digits for digits in phones if len(digits) >= 9}


def _domain(contact: str) -> str:
    return contact.split("/", 1)[0]


@lru_cache(maxsize=256)
def _trusted_contacts(trusted: str) -> tuple[frozenset[str], frozenset[str]]:
    contacts = frozenset(_contacts(trusted))
    return contacts, frozenset(_domain(c) for c in contacts if not c.isdigit() and "@" not in c)


def _no_foreign_contacts(view: View) -> Check:
    found = _contacts(view.text)
    if not found:  # most drafts: no need to read the incident's own contacts
        return _ok("no_foreign_contacts")
    trusted, domains = _trusted_contacts(view.vouched)
    foreign = [
        c
        for c in sorted(found)
        if c not in trusted and (c.isdigit() or "@" in c or _domain(c) not in domains)
    ]
    problems = [f"adds {_quote(c)}, which the incident does not contain" for c in foreign]
    parts = _place(view, foreign, lambda text, contact: contact in _contacts(text))
    return _verdict("no_foreign_contacts", problems, parts)


def _phrase_problems(view: View, key: str, label: str) -> list[tuple[str, str]]:
    return [
        (part, f'{part}: {label} "{hit}"')
        for (part, _, _), hits in zip(view.sentences, view.hits, strict=True)
        for hit in hits.get(key, ())
    ]


def _no_blame(view: View) -> Check:
    problems = _phrase_problems(view, "excuses", "makes an excuse")
    problems += _phrase_problems(view, "blame_customer", "blames the customer")
    # "Banca Nova a greșit" owns the failure: a party word inside the company's own name is no
    # other party, unless the sentence also uses it outside the name.
    own = fold(view.incident.company.name)
    for (part, _, folded), hits in zip(view.sentences, view.hits, strict=True):
        rest = folded.replace(own, " ")
        problems += [
            (part, f'{part}: shifts blame to "{hit}"')
            for hit in hits.get("blame_parties", ())
            if part == "responsibility" and (hit not in own or hit in rest)
        ]
    return _placed("no_blame", problems)


def _no_non_apology(view: View) -> Check:
    return _placed("no_non_apology", _phrase_problems(view, "non_apology", "non-apology"))


def _no_insults(view: View) -> Check:
    return _placed("no_insults", _phrase_problems(view, "insults", "insult"))


#: A real en/es/ro message of this many words has well over this share of function words
#: (0.3 and up); a German or French one has next to none of any of the three.
_MIN_WORDS, _MIN_SHARE = 12, 0.12


def _language(view: View) -> Check:
    expected_language = view.incident.language
    scores = language_scores(view.body)
    expected = scores[expected_language]
    best = max(scores, key=lambda language: scores[language])
    shown = ", ".join(f"{k} {v:.2f}" for k, v in scores.items())
    if best != expected_language and scores[best] > max(0.05, expected * 1.5):
        return _fail("language", [f"written in {best}, expected {expected_language} ({shown})"])
    if expected < _MIN_SHARE and len(WORDS.findall(fold(view.body))) >= _MIN_WORDS:
        return _fail("language", [f"not written in {expected_language} ({shown})"])
    return _ok("language")


def _follow_up_date(view: View) -> Check:
    follow_up = view.incident.follow_up
    if follow_up is None:
        return _ok("follow_up_date", "no follow-up set")
    if mentions_date(view.body, follow_up.by, view.incident.language):
        return _ok("follow_up_date")
    problem = f"the follow-up date {follow_up.by.isoformat()} does not appear"
    return _fail("follow_up_date", [problem], ["fix"])  # the fix part carries the follow-up


def _no_system_prompt(view: View) -> Check:
    if not view.system:
        return _ok("no_system_prompt", "no system prompt given")
    echoed = shingles(view.system, 8) & shingles(view.text, 8)
    if echoed:
        phrase = " ".join(sorted(echoed)[0])
        parts = _place(view, echoed, lambda text, shingle: shingle in shingles(text, 8))
        return _fail("no_system_prompt", [f"repeats the instructions: {_quote(phrase)}"], parts)
    return _ok("no_system_prompt")


def _shows(text: str, needle: tuple[str, str]) -> bool:
    kind, what = needle
    if kind == "name":
        return re.search(rf"\b{re.escape(what)}\b", text) is not None
    return what in (_contacts(text) if kind == "contact" else text)


def _social_privacy(view: View) -> Check:
    incident = view.incident
    if incident.channel != "social":
        return _ok("social_privacy", "not a public channel")
    problems = []  # a public reply has no subject line: only the body is published
    shown: list[tuple[str, str]] = []  # (kind, what) per problem, to find the parts showing it
    customer_message = incident.customer_message or ""
    for label, value in (
        ("customer name", incident.customer.name),
        ("contact name", incident.customer.contact),
    ):
        # A name word counts when it stands capitalised, as names do; "el colegio" is no name.
        words = [w for w in re.findall(r"\w+", value or "") if len(w) > 2 and w[0].isupper()]
        named = [w for w in words if _shows(view.body, ("name", w))]
        if named:
            problems.append(f"names the {label} {_quote(' '.join(named))} in public")
            shown += [("name", w) for w in named]
    contacts = [c for c in sorted(_contacts(view.body)) if "@" in c or c.isdigit()]
    problems += [f"shows {_quote(c)} in public" for c in contacts]
    shown += [("contact", c) for c in contacts]
    # the customer's own message counts: an order number they gave is still theirs
    ids = sorted(set(_IDENTIFIER.findall(view.trusted + "\n" + customer_message)))
    ids = [i for i in ids if i in view.body]
    problems += [f"shows the identifier {_quote(i)} in public" for i in ids]
    shown += [("identifier", i) for i in ids]
    parts = _place(view, shown, _shows)
    return _verdict("social_privacy", problems, parts)


_GUARDS: tuple[Callable[[View], Check], ...] = (
    _parts_present,
    _approved_offers,
    _no_internal_notes,
    _no_foreign_contacts,
    _no_blame,
    _no_non_apology,
    _language,
    _follow_up_date,
    _no_system_prompt,
    _no_insults,
    _social_privacy,
)


def run_checks(
    content: DraftContent, incident: Incident, *, system_prompt: str | None = None
) -> list[Check]:
    """Every guard's verdict, in `CHECK_NAMES` order."""
    view = View(content, incident, system_prompt)
    return [guard(view) for guard in _GUARDS]
