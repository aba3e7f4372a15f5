"""Who is who in a draft: the company is "we", a company the incident names as its supplier is "a
supplier", the customer is "you", so the lexicon judges who does what rather than how each party
is spelled.

"Pipewell is fully responsible" owns the failure as plainly as "we are", and the company's own
name is never another party ("Banca Nova a greșit"). "Identiqa should have warned us" shifts the
blame as plainly as "our vendor should have": when the incident's facts name Identiqa next to a
word like vendor, partner or courier, the draft's "Identiqa" reads as that word. The customer
named in the third person is "you": "had Mr. Iyer told us" blames as "had you told us" does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from draftkit.company_kind import by_kind
from draftkit.incident import Incident
from draftkit.languages import on_change
from draftkit.lexicon import lexicon
from draftkit.party_names import capitalised, named_parties
from draftkit.text import fold, function_words, tokens, word_list


def _company_names(company: str, language: str) -> list[str]:
    """The name, its runs of two or more words ("IT Services"), a distinctive first word, and
    its units called by a word of the name ("the Accommodation Office" of "Kingsford University
    Student Accommodation")."""
    from draftkit.languages import pack

    words = company.split()
    names = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)}
    names.add(company.strip())
    if words and len(words[0]) >= 4 and words[0][:1].isupper():
        names.add(words[0])
    units = [str(u) for u in pack(language).data("words").get("company_units") or []]
    function = function_words(language)
    names |= {
        unit.format(word)
        for word in words
        if len(word) >= 4 and word[:1].isupper() and fold(word) not in function
        for unit in units
    }
    return sorted(names, key=len, reverse=True)


@on_change
@lru_cache(maxsize=256)
def _reader(
    company: str,
    people: tuple[str, ...],
    facts: tuple[str, ...],
    given: tuple[str, ...],
    language: str,
    customers: tuple[str, ...] = (),
) -> Callable[[str], str]:
    from draftkit.languages import pack

    manifest = pack(language).manifest
    we = str(manifest.get("we", "we"))
    our = str(manifest.get("our", we))
    party = str(manifest.get("party", "supplier"))
    own = frozenset(word for name in (company, *people) for word in name.split())
    ours = _company_names(company, language) if company.strip() else []
    theirs = named_parties(facts, given, own, language)
    spec, function = manifest.get("company_kind"), function_words(language)
    # the company called by what its name says it is, or by what the facts call ours
    kinds = [by_kind(company, spec, we, our, function)]
    kinds += [by_kind(word, spec, we, our, function) for word in _said_ours(facts, language)]
    yours = _addressed(customers, language)
    you = str(manifest.get("you", "you"))
    your = str(manifest.get("your", you))
    alternatives = "|".join(re.escape(name) for name in (*ours, *theirs)) or "(?!)"
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?:'s|’s)?(?![\w-])")
    ours_set = set(ours)

    you_words = lexicon(language).word_class("you")

    def replace(match: re.Match[str]) -> str:
        name = re.sub(r"(?:'s|’s)$", "", match.group())
        if name in ours_set:
            return our if match.group() != name else we
        # "you, your partner and your children" where the facts call a firm "the ticketing
        # partner": a role word the customer's own word claims is theirs, not that firm
        before = tokens(match.string[: match.start()], language)[-1:]
        if name[:1].islower() and before and you_words.accepts(before[0]):
            return match.group()
        return party

    def address(match: re.Match[str]) -> str:
        return your if match.group().endswith(("'s", "’s")) else you

    def read(text: str) -> str:
        if yours is not None:
            text = yours.sub(address, text)
        text = _named_here(pattern.sub(replace, text), given, own, language, party)
        for kind in kinds:
            text = kind(text) if kind is not None else text
        return text

    # Each sentence is read for the scorers and again for the guards: rewrite it once.
    return lru_cache(maxsize=512)(read)


def _said_ours(facts: tuple[str, ...], language: str) -> tuple[str, ...]:
    """What the facts call the company by: "nuestra agencia envió la reserva", "our clinic",
    "agenția noastră". A draft's "nadie de la agencia" is then us, as "the clinic" is for Arcos
    Dental Clinic; not a party said as ours ("our courier"), nor one named ("our partner DPD")."""
    vocab = lexicon(language)
    ours, others, party = (vocab.word_class(n) for n in ("our", "others", "party"))
    after, groups = word_list(language, "our_after"), word_list(language, "staff_groups")
    found: list[str] = []
    for text in facts:
        words = tokens(text, language)
        for i, word in enumerate(words):
            # a place or body the company is, not a group of its people ("our crew")
            if not others.accepts(word) or party.accepts(word) or word.fold in groups:
                continue
            rest = words[i + 1 : i + 3]
            said = (i > 0 and ours.accepts(words[i - 1])) or bool(rest and rest[0].fold in after)
            # ... nor one named or a partner ("hotelul nostru partener", "our clinic Vetcare")
            named = any(w.text[:1].isupper() or party.accepts(w) for w in rest)
            if said and not named:
                found.append(word.text)
    return tuple(dict.fromkeys(found))


def _addressed(customers: tuple[str, ...], language: str) -> re.Pattern[str] | None:
    """The customer named in the third person ("Had Mr. Iyer told us…", "la señora Llopis no
    avisó"): their full name, or a title and their surname, reads as "you", so who is blamed
    is read as in "had you told us…"."""
    from draftkit.languages import pack

    words = pack(language).data("words")
    by_length = sorted(map(str, words.get("titles") or []), key=len, reverse=True)
    titles = "|".join(re.escape(t) for t in by_length)
    articles = "|".join(re.escape(str(a)) for a in words.get("title_articles") or [])
    forms: list[str] = []
    for name in customers:
        parts = name.split()
        forms.append(re.escape(name))
        if len(parts) >= 2 and titles:
            lead = rf"(?:(?i:{articles})\s+)?" if articles else ""
            forms.append(rf"{lead}(?i:{titles})\.?\s+{re.escape(parts[-1])}")
    if not forms:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?:'s|’s)?(?![\w-])")


def _named_here(
    text: str, given: tuple[str, ...], own: frozenset[str], language: str, party: str
) -> str:
    """ "Regret că sistemul clădirii, gestionat de Gardian Security, nu v-a protejat": a party
    the draft itself names beside a party word reads as that word, as one the facts name does."""
    if not any(m.start() for m in capitalised(text)):
        return text  # most sentences: no name past the first word
    names = named_parties((text,), given, own, language)
    if not names:
        return text
    alternatives = "|".join(re.escape(name) for name in names)
    return re.sub(rf"(?<![\w-])(?:{alternatives})(?:'s|’s)?(?![\w-])", party, text)


def reader(incident: Incident) -> Callable[[str], str]:
    """A function that rewrites a sentence with the incident's parties read by role."""
    people = tuple(
        name
        for name in (incident.customer.name, incident.customer.contact, incident.company.sender)
        if name
    )
    facts = (
        incident.what_happened,
        incident.impact,
        incident.root_cause or "",
        *incident.fixes,
    )
    given = tuple(incident.remedies)
    customers = tuple(n for n in (incident.customer.name, incident.customer.contact) if n)
    return _reader(incident.company.name, people, facts, given, incident.language, customers)
