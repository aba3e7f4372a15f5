"""Which capitalised names in an incident's facts are other parties: a name next to a party word
("Identiqa, the vendor that…", "the VaultSpan backup platform"), a participle's agent ("managed
by Gardian Security"), and the short forms a draft calls it by. `roles` reads them as "a
supplier"."""

from __future__ import annotations

import re

from draftkit.facts import calendar_words
from draftkit.lexicon import lexicon
from draftkit.patterns import Item
from draftkit.text import (
    Token,
    content_stems,
    fold,
    function_words,
    sentences,
    stem,
    tokens,
    word_list,
)

_WORD = re.compile(r"[^\W\d_][\w&'-]*")
#: A name this close (in words) to a party word in the facts is that party's name; set off by a
#: comma, this far ("our access-control supplier, AccesoTec").
_NEAR = 3
_APPOSED_REACH = 6


def capitalised(sentence: str) -> list[re.Match[str]]:
    """Runs of capitalised words ("Meridian Trust Bank"), in any alphabet's capitals."""
    runs: list[re.Match[str]] = []
    words = [m for m in _WORD.finditer(sentence) if m.group()[0].isupper()]
    for word in words:
        previous = runs[-1] if runs else None
        if previous is not None and not sentence[previous.end() : word.start()].strip():
            joined = re.compile(re.escape(sentence[previous.start() : word.end()]))
            runs[-1] = joined.match(sentence, previous.start()) or word
        else:
            runs.append(word)
    return runs


#: A comma right after a name, or after the legal form that closes it ("Marí S.L., la empresa").
_APPOSED = re.compile(r"(?:\.?[A-Z])*\.?\s*,")


def _names_the_party(sentence: str, match: re.Match[str], near: list[int], language: str) -> bool:
    """Whether the name stands for the party word beside it, not for a place or a thing.

    Only an apposition or an agent names a party: "our carrier Parcelink", "Identiqa, the vendor
    that…", "supplied by Altavia", "the Vetlab courier". "The flight to Lima" or "Lima with the
    airline" name a place: a preposition stands right before the name, or between it and the
    party word with no comma to make an apposition.
    """
    words = tokens(sentence, language)
    start = len(tokens(sentence[: match.start()], language))
    end = start + len(tokens(match.group(), language))
    if any(start <= i < end for i in near):
        return True  # "Poliția Rutieră": the name says what it is
    if start and words[start - 1].fold in word_list(language, "at_place"):
        return False  # "move-in day at Banksia Hall, the new key cards supplied by…": a place
    links, function = word_list(language, "apposition_links"), function_words(language)
    for i in near:
        if i < start:
            # "our carrier, Parcelink Freight", "el proveedor de pagos PagoFácil"; not "the flight
            # to Lima": a preposition right before the name makes it a place
            between = words[i + 1 : start]
            if _a_firm_from(words, i, between, language):
                continue  # "una empresa de Múnich": a place, not the firm's name
            if len(between) <= _NEAR and (
                not between or between[-1].fold in links or between[-1].fold not in function
            ):
                return True
            # "nuestro proveedor de control de acceso, AccesoTec": an apposition after a comma
            if len(between) <= _APPOSED_REACH and sentence[: match.start()].rstrip().endswith(","):
                return True
        elif (
            i == end
            or _apposed_after(sentence, match, words[end:i], language)
            or _modifies(words[end:i], function)
        ) and not (words[i].text[:1].isupper()):
            # "the Vetlab courier", "Frío Express, our Australian carrier"; not "in Thunder
            # Bay, Prairie Ramp Services", where the party word is part of the next name
            return True
    return False


def _modifies(between: tuple[Token, ...], function: frozenset[str]) -> bool:
    """ "The VaultSpan backup platform": one word of what the thing does between the name and
    the party word, no function word and no other name."""
    return len(between) == 1 and between[0].fold not in function and between[0].text.islower()


def _a_firm_from(
    words: tuple[Token, ...], i: int, between: tuple[Token, ...], language: str
) -> bool:
    """ "Una empresa de Múnich", "a firm from Leeds": an indefinite firm and where it is from."""
    return (
        len(between) == 1
        and between[0].fold in word_list(language, "origin_links")
        and i > 0
        and words[i - 1].fold in word_list(language, "indefinite_articles")
    )


def _apposed_after(
    sentence: str, match: re.Match[str], between: tuple[Token, ...], language: str
) -> bool:
    """ "Frío Express, our carrier"; further off when the apposition opens with its article:
    "Ticketvault, the festival's official ticketing company" (not "Lima, where the airline…")."""
    if not between or not _APPOSED.match(sentence, match.end()):
        return False
    return len(between) <= _NEAR or (
        len(between) <= _APPOSED_REACH
        and between[0].fold in word_list(language, "apposition_links")
    )


def _named_agent(sentence: str, match: re.Match[str], agents: list[int], language: str) -> bool:
    """ "Managed by Gardian Security", "made for us by Coastline": a participle names the party
    that follows its "by"; "made the trip with Pepper" is a verb of ours, and Pepper no party.
    After the name, an apposition: "Tropic Wake Charters, who run the reef boat for us"."""
    if not agents:
        return False
    words = tokens(sentence, language)
    start = len(tokens(sentence[: match.start()], language))
    end = start + len(tokens(match.group(), language))
    links = word_list(language, "agent_links")
    for i in agents:
        between = words[i + 1 : start]
        # "operated for us under contract by Skyline Coaches": the "by" may come a clause on
        if 0 < len(between) <= _APPOSED_REACH and between[-1].fold in links:
            return True
        if end <= i <= end + _NEAR and _APPOSED.match(sentence, match.end()):
            return True
    return False


#: Marks that open a quotation: what follows is text shown or said, not a name.
_QUOTES = ('"', "“", "«", "„", "'", "‘")


def named_parties(
    facts: tuple[str, ...], given: tuple[str, ...], own: frozenset[str], language: str
) -> list[str]:
    """Capitalised names the facts put next to a party word ("Identiqa, the vendor that…").

    Not what a remedy gives: "the free use of Salonul Mare" makes the hall the company's own,
    however close the facts put it to "the system" that showed it free.
    """
    vocab = lexicon(language)
    party, agent = vocab.word_class("names_party"), vocab.word_class("names_agent")
    called_ours = _called_ours(facts, language)
    calendar = calendar_words(language)
    ours = content_stems(" ".join(given), language)
    own_stems = frozenset(stem(word, language) for word in own)
    found: set[str] = set()
    for fact in facts:
        for sentence in sentences(fact):
            words = tokens(sentence, language)
            near = [i for i, word in enumerate(words) if party.accepts(word)]
            agents = [i for i, word in enumerate(words) if agent.accepts(word) and i not in near]
            if not near and not agents:
                continue
            for match in capitalised(sentence):
                name = match.group().strip()
                if _ours_or_a_person(name, own_stems, language) or len(name) < 3:
                    continue
                if any(fold(part).rstrip(".") in calendar for part in name.split()):
                    continue  # "22 October": a date, not a company
                if sentence[: match.start()].rstrip().endswith(_QUOTES):
                    continue  # 'the app showed it as "Accepted by CRA"': a label, quoted
                if name in called_ours:
                    continue  # "booked in our Minster Suite": a thing of ours, named
                stems = content_stems(name, language)
                if not stems or stems <= ours:
                    continue  # '"Your courier is nearby"': a capitalised function word
                # at a sentence's start only a run of capitalised words is surely a name
                # ("Vigila Exam, el servicio…"), less the article a sentence opens with; a
                # legal form's full stop may end a sentence the splitter glued ("…by our
                # caterer, Greenleaf Catering Ltd. Theo had eaten…")
                if not match.start() or _AFTER_LEGAL_FORM.search(sentence[: match.start()]):
                    # ... or a word a party word is set beside: "CertiPDF, el servicio externo…"
                    if len(name.split()) < 2 and not _set_beside(sentence, match, party, language):
                        continue
                    lead = name.split()[0]
                    if fold(lead) in function_words(language):
                        name = name[len(lead) :].strip()
                        if len(name.split()) < 2 and name[:1].islower():
                            continue
                if _names_the_party(sentence, match, near, language) or _named_agent(
                    sentence, match, agents, language
                ):
                    bare = _LEGAL_FORM.sub("", name)  # "Cerraduras Marí" for "… Marí S.L."
                    # "Distribuitorul ChimClean Distribution" opening a sentence: the party word
                    # is capitalised there, the name is what follows it
                    head, _, rest = bare.partition(" ")
                    opening = tokens(head, language)[:1]
                    if opening and party.accepts(opening[0]) and len(rest.split()) >= 2:
                        found.add(rest)
                        found.update(_short_name(rest, own, language))
                    found.update({name, bare} if len(bare) >= 3 else {name})
                    found.update(_short_name(bare, own, language))
                    found.update(_role_nouns(sentence[: match.start()], language))
                    found.update(_apposed_role(sentence, match, language))
    return sorted(found, key=len, reverse=True)


def _set_beside(sentence: str, match: re.Match[str], party: Item, language: str) -> bool:
    """Whether an apposition right after the name holds a party word: ", el servicio externo"."""
    rest = sentence[match.end() :]
    if not rest.lstrip().startswith(","):
        return False
    return any(party.accepts(w) for w in tokens(rest, language)[:_BESIDE_REACH])


#: How many words after a name's comma its apposition's party word may stand.
_BESIDE_REACH = 3


def _called_ours(facts: tuple[str, ...], language: str) -> frozenset[str]:
    """The names the facts put right after "our", as a thing of its own ("booked in our Minster
    Suite for 15 September"): things of ours wherever else the facts name them, however near a
    party word. Not a name that qualifies what follows ("our PayNexa account"), nor one after a
    comma ("subcontractorului nostru, FiberTeh Instal")."""
    our = lexicon(language).word_class("our")
    function = function_words(language)
    found = set()
    for fact in facts:
        for match in capitalised(fact):
            lead = fact[: match.start()]
            before = tokens(lead, language)[-1:]
            if not before or not our.accepts(before[0]) or not lead[-1:].isspace():
                continue
            if lead.rstrip()[-1:] in _MARKS:
                continue
            after = tokens(fact[match.end() :], language)[:1]
            if not after or after[0].fold in function:
                found.add(match.group().strip())
    return frozenset(found)


#: Marks that set a name apart from the word before it.
_MARKS = ",;:()\"'«»„”“"


def _ours_or_a_person(name: str, ours: frozenset[str], language: str) -> bool:
    """Whether a capitalised run is the company's or a person's name: at least half of its
    words' stems are among OURS, theirs, in any inflection ("Băncii Orizont" for "Banca
    Orizont"). "Summit Dental Lab" is another party beside "Maple Street Dental Group": one word
    of a trade in common is no sign of whose the name is."""
    words = name.split()
    return 2 * sum(stem(word, language) in ours for word in words) >= len(words)


def _role_nouns(before: str, language: str) -> set[str]:
    """ "laboratorio" in "el laboratorio Visiolab": the noun the facts put before a party's
    name is that party too, so a draft's "el error vino del laboratorio" blames it as plainly as
    "vino de Visiolab". Not a word that names anything of ours as well ("system", "app")."""
    classes = lexicon(language)
    nouns: set[str] = set()
    words = tokens(before, language)[-2:]
    if any(classes.word_class("our").accepts(word) for word in words):
        return nouns  # "our bank, Mersey Commercial Bank": the bank we chose is no role of theirs
    if words and words[-1].fold in word_list(language, "origin_links"):
        return nouns  # "una empresa de Múnich": where the firm is, not what the name is
    anyone = word_list(language, "any_company")
    for word in words:
        # ... nor a word that may name us too: "firma" in "firma Asist Rutier"
        if _a_role_word(word, language) and word.fold not in anyone:
            nouns.update({word.text, word.text.capitalize()})
    return nouns


def _a_role_word(word: Token, language: str) -> bool:
    """Whether a word written in lower case names what a party is ("laboratorio", "agency"),
    not anything a draft says of us as well ("system", "app")."""
    classes = lexicon(language)
    return (
        word.text.islower()
        and classes.word_class("names_party").accepts(word)
        and not classes.word_class("generic").accepts(word)
    )


def _apposed_role(sentence: str, match: re.Match[str], language: str) -> set[str]:
    """ "laboratory" in "Northvale Diagnostics, the external laboratory we use", "agency" in
    "Roamly, an online travel agency that sells our rooms": the noun an apposition after a
    party's name calls it is that party too, so a draft's "the laboratory's slowness cost you"
    puts the harm on it as plainly as the name would. Not a word that may name us as well
    ("the company", "la empresa")."""
    rest = _LEGAL_FORM_START.sub("", sentence[match.end() :])
    if not rest.startswith(","):
        return set()
    our = lexicon(language).word_class("our")
    function = function_words(language)
    describing = word_list(language, "party_adjectives")
    words = tokens(rest[1:], language)[:_APPOSED_REACH]
    # an apposition opens with its article: not "Liftmaster Hire, and the crew did not stop"
    if not words or words[0].fold not in word_list(language, "apposition_links"):
        return set()
    role: Token | None = None
    for word in words:
        if our.accepts(word):
            return set()  # "Mersey Bank, our bank": the bank we chose is no role of theirs
        if role is not None and word.fold in function:
            break  # "the external laboratory we use": the noun phrase ends at "we"
        if _a_role_word(word, language):
            role = role if word.fold in describing else word
    if role is None or role.fold in word_list(language, "any_company"):
        return set()
    return {role.text, role.text.capitalize()}


#: A legal form right after a name, before the comma of an apposition ("Pennine Haulage Ltd, …").
_LEGAL_FORM_START = re.compile(r"^(?:\s+(?:Ltd|Inc|LLC|PLC|Corp|GmbH|SRL|SAS|S\.?L|S\.?A)\.?)+")


#: A legal form and its full stop right before a word: where a glued sentence may start.
_AFTER_LEGAL_FORM = re.compile(r"\b(?:Ltd|Inc|LLC|PLC|Corp|GmbH|SRL|SAS|S\.L|S\.A)\.\s+$")


#: A legal form closing a name, as the facts write it and a draft leaves it out: "S.L.", "SRL",
#: "Ltd" (a capitalised run stops at the first full stop, so "S.L." is read as "S").
_LEGAL_FORM = re.compile(
    r"(?:[\s,]+(?:[A-Z]\.?){1,3}|[\s,]+(?:Ltd|Inc|LLC|PLC|Corp|GmbH|SRL|SAS)\.?)+$"
)


def _short_name(name: str, own: frozenset[str], language: str) -> list[str]:
    """ "ColdRoute" for "ColdRoute Logistics": a draft shortens a party's name as it does the
    company's, to its first word when that word is no common word ("Union Station"), or to its
    initials ("the CRA" for "the Canada Revenue Agency", "ANAF" for "Agenția Națională de
    Administrare Fiscală")."""
    words = name.split()
    if len(words) < 2:
        return []
    function = function_words(language)
    initials = "".join(w[0] for w in words if fold(w) not in function and w[:1].isupper())
    short = [initials] if len(initials) >= 2 and initials not in own else []
    first = words[0]
    if len(first) < 4 or first in own or fold(first) in function:
        return short
    return [first, *short]
