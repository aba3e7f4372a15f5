"""Words that point at what is already approved, not at a new offer: the approved kind named with
its definite article after the remedy ("para aplicar el descuento", "ca să vă virăm
rambursarea"), an approved refund named by its money alone ("so we can give you your money
back"), a remedy's act done again ("retrimiterea" for "Trimiterea gratuită a cărții lipsă"),
and what was paid to us ("the vaults we were paid to protect")."""

from __future__ import annotations

from collections.abc import Sequence

from draftkit.checks.offer_reading import Reading
from draftkit.lexicon import Hit, lexicon
from draftkit.offers import MONEY, Approved
from draftkit.text import Token, stem, word_list


def paid_to_us(said: Reading, hit: Hit) -> bool:
    """ "we were paid to protect": a participle of paying right after a form of "be" is what
    was paid to us."""
    words = said.words[hit.start : hit.end]
    paid = word_list(said.language, "paid_participles")
    be = lexicon(said.language).word_class("be")
    return any(w.fold in paid and i and be.accepts(words[i - 1]) for i, w in enumerate(words))


def money_back(said: Reading, terms: Approved, kinds: list[str]) -> bool:
    """ "Write to us in private so we can give you your money back": an approved refund or
    payment named by its money alone, in the regret or the closing."""
    money = lexicon(said.language).word_class("money_word")
    return (
        bool(kinds)
        and all(kind in MONEY and terms.allows(kind) for kind in kinds)
        and any(money.accepts(word) for word in said.words)
    )


def the_approved(
    said: Reading, terms: Approved, placed: dict[tuple[int, int], frozenset[str]]
) -> bool:
    """ "Te enviamos un mensaje privado para aplicar el descuento": after the remedy, an
    approved kind of offer named with a definite article is the one already offered; in
    Romanian the article ends the word ("ca să vă trimitem rambursarea")."""
    articles = word_list(said.language, "definite_articles")
    endings = tuple(word_list(said.language, "definite_endings"))
    words = said.words
    return bool(placed) and all(
        ((start and words[start - 1].fold in articles) or _ends_definite(words[start:end], endings))
        and any(terms.allows(k) for k in kinds)
        for (start, end), kinds in placed.items()
    )


def _ends_definite(words: Sequence[Token], endings: tuple[str, ...]) -> bool:
    # as written: folded, "o plată" would end as "plata" does
    return len(words) == 1 and bool(endings) and words[0].text.casefold().endswith(endings)


def done_again(said: Reading, terms: Approved, hit: Hit) -> bool:
    """ "Pornim retrimiterea", "we will resend it" for "Trimiterea gratuită a cărții lipsă",
    "Sending the missing book": the remedy's own act with "re-" before it is that remedy,
    restated, not a replacement it never gives."""
    remedies = frozenset().union(*terms.offer_stems)
    return any(
        word.fold.startswith(_AGAIN) and stem(word.fold[len(_AGAIN) :], said.language) in remedies
        for word in said.words[hit.start : hit.end]
    )


#: The prefix that says an act is done again, in all three languages ("resend", "reenvío").
_AGAIN = "re"
