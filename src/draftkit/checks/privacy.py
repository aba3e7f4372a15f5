"""`social_privacy`: a public reply shows nobody's name, contact or order numbers.

The customer's own public message counts as theirs too: an order number they posted is still
not ours to repeat. Phone lines a fix publishes for everyone are the company's.
"""

from __future__ import annotations

import re

from draftkit.checks.leaks import contacts, identifiers
from draftkit.checks.view import View, ok, place, quoted, verdict
from draftkit.draft_types import Check
from draftkit.incident import Incident
from draftkit.languages import pack
from draftkit.provenance import trusted_text
from draftkit.text import fold, word_list


def _shows(text: str, needle: tuple[str, str]) -> bool:
    kind, what = needle
    if kind == "name":
        return re.search(rf"\b{re.escape(what)}\b", text) is not None
    return what in (contacts(text) if kind == "contact" else text)


def _a_kind(text: str, word: str, language: str) -> bool:
    """ "La junta del AMPA", "the PTA": an acronym in the customer's name that the reply only
    ever writes after an article names the kind of body they are (a parents' association), not
    which one; "AMPA CEIP Miguel Hernández" is named by its other words."""
    if not word.isupper():
        return False
    articles = word_list(language, "definite_articles")
    before = [text[: m.start()].split()[-1:] for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    return bool(before) and all(b and fold(b[0]) in articles for b in before)


def _published_lines(incident: Incident) -> frozenset[str]:
    """Phone lines and addresses a fix puts up for everyone ("every locker bank now displays a
    fallback line, 0151 496 0370"): the company's, public by design, unless the customer's own
    details or message hold them too."""
    customer = incident.customer
    theirs = contacts(
        "\n".join([customer.name, customer.contact or "", incident.customer_message or ""])
    )
    return frozenset(contacts("\n".join(incident.fixes)) - theirs)


def _public_codes(text: str, language: str) -> set[str]:
    """Codes the incident gives as the name of a public thing, a road, a route or a train ("el
    tramo junto a la carretera CM-2106", "trenul IR 1735", its category between): everyone's,
    not the customer's (words.yaml `public_codes`)."""
    words = word_list(language, "public_codes")
    # "trenul nostru IR 1735": our possessive after the word, as Romanian puts it
    written = pack(language).data("words").get("our_after") or []
    ours = "|".join(re.escape(str(w)) for w in written) or "(?!)"
    between = rf"(?:(?i:{ours})\s+)?(?:[A-Z]{{1,3}}\s+)?"
    return {
        code
        for match in re.finditer(rf"([^\W\d_]+)\s+(?={between}(\S+))", text)
        if fold(match.group(1)) in words
        for code in identifiers(match.group(2))
    }


def social_privacy(view: View) -> Check:
    incident = view.incident
    if incident.channel != "social":
        return ok("social_privacy", "not a public channel")
    problems = []  # a public reply has no subject line: only the body is published
    shown: list[tuple[str, str]] = []  # (kind, what) per problem, to find the parts showing it
    salutation = incident.customer.salutation
    for label, value in (
        ("customer name", incident.customer.name),
        ("contact name", incident.customer.contact),
        # the surname the greeting would use ("Sra. Herrera"): the title alone names nobody
        ("customer's surname", salutation.split()[-1] if salutation else None),
    ):
        # A name word counts when it stands capitalised, as names do; "el colegio" is no name.
        words = [w for w in re.findall(r"\w+", value or "") if len(w) > 2 and w[0].isupper()]
        named = [
            w
            for w in words
            if _shows(view.body, ("name", w)) and not _a_kind(view.body, w, view.language)
        ]
        if named:
            problems.append(f"names the {label} {quoted(' '.join(named))} in public")
            shown += [("name", w) for w in named]
    published = _published_lines(incident)
    shown_contacts = [
        c for c in sorted(contacts(view.body)) if ("@" in c or c.isdigit()) and c not in published
    ]
    problems += [f"shows {quoted(c)} in public" for c in shown_contacts]
    shown += [("contact", c) for c in shown_contacts]
    # the customer's own message counts: an order number they gave is still theirs
    trusted = trusted_text(incident)
    given = trusted + "\n" + (incident.customer_message or "")
    roads = _public_codes(given, view.language)
    ids = sorted(identifiers(given))
    ids = [
        i
        for i in ids
        if re.search(rf"(?<![\w.,]){re.escape(i)}(?![\w])", view.body)
        and not any(i in line for line in published)
        and not any(i in road for road in roads)
    ]
    problems += [f"shows the identifier {quoted(i)} in public" for i in ids]
    shown += [("identifier", i) for i in ids]
    return verdict("social_privacy", problems, place(view, shown, _shows))
