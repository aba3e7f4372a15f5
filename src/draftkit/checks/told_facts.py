"""The explanation telling the facts, not giving anything: an offer word said of what the facts
name ("la înlocuirea plăcuțelor de frână", "un micro y un chofer de reemplazo"), or in their word
family ("el de sustitución" for "el sustituto"), is the events retold."""

from __future__ import annotations

from collections.abc import Sequence

from draftkit.checks.offer_reading import Reading
from draftkit.lexicon import Hit, lexicon
from draftkit.offers import Approved
from draftkit.text import Token, content_stems, word_list


def of_the_facts(said: Reading, terms: Approved, hit: Hit) -> bool:
    """Whether the words an offer word is said of, right after it, are all the facts' own:
    the explanation telling the work that failed ("la înlocuirea plăcuțelor de frână" for the
    facts' "schimbul plăcuțelor de frână"), not a new thing given; its figures aside ("reducerea de
    10% pentru al doilea copil înscris")."""
    words = [w for w in said.words[hit.end :] if w.fold.isalpha()][:_OBJECT_REACH]
    return _all_the_facts(said, terms, words)


def modifies_the_facts(said: Reading, terms: Approved, hit: Hit) -> bool:
    """ "consiguieron un micro y un chofer de reemplazo" for the facts' "consiguió otro micro y
    otro chofer": the words an offer word follows and modifies, all the facts' own, are the
    events told, not a thing given."""
    words = [w for w in said.words[: hit.start] if w.fold.isalpha()][-_OBJECT_REACH:]
    return _all_the_facts(said, terms, words)


def _all_the_facts(said: Reading, terms: Approved, words: Sequence[Token]) -> bool:
    """Whether WORDS hold two content words or more, every one of them the facts' own."""
    stems = content_stems(" ".join(w.text for w in words), said.language)
    return len(stems) >= 2 and stems <= terms.fact_stems


def kin_to_the_facts(stems: frozenset[str], terms: Approved) -> bool:
    """Whether each stem is of a word family the facts use: one stem the start of the other,
    five letters or more ("sustitu" of "sustitución" and "sustitut" of "sustituto"). Snowball
    keeps derived nouns apart; the explanation retells the facts in them."""
    return bool(stems) and all(
        any(
            min(len(stem), len(fact)) >= _KIN and (fact.startswith(stem) or stem.startswith(fact))
            for fact in terms.fact_stems
        )
        for stem in stems
    )


#: How many letters two stems must share to be of one family.
_KIN = 5
#: How many words around an offer word name what it is of.
_OBJECT_REACH = 5


def swapped(said: Reading, hit: Hit) -> bool:
    """ "…rejected your readings and replaced them with an estimate", "l-am înlocuit cu «Prut»":
    a replacement said with what it was swapped for is the events told, not a thing given; not
    one still to come ("we will replace your order with a new laptop", "la sustituiremos")."""
    words = said.words
    future = lexicon(said.language).word_class("future")
    if any(future.accepts(w) for w in words[max(0, hit.start - _SWAP_REACH) : hit.end]):
        return False
    links = word_list(said.language, "substitution_links")
    return any(w.fold in links for w in words[hit.end : hit.end + _SWAP_REACH])


#: How far after the replacing word what it was swapped for opens ("replaced them with").
_SWAP_REACH = 3
