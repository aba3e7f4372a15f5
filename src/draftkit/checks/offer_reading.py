"""One sentence as `approved_offers` reads it.

The guard's rules ask the same sentence for its words, sums, percentages, periods and content
words several times over; a `Reading` works each out once, when a rule first asks.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cached_property, lru_cache

from draftkit.amounts import counts_in, money_in, percents_in
from draftkit.checks.view import Line
from draftkit.facts import facts_data, mentions_date, parse_number
from draftkit.languages import on_change
from draftkit.lexicon import Hit, lexicon
from draftkit.offers import RESTATED, WHOLE_SHARE, Approved
from draftkit.periods import durations_in
from draftkit.spelled import spelled_pattern
from draftkit.text import (
    BREAK,
    CLAUSE_END,
    Token,
    content_stems,
    fold,
    stem_list,
    tokens,
    word_list,
    word_offsets,
)

#: The words of a sum grouped by spaces: a head of one to three digits, then groups of three.
_GROUP_HEAD = re.compile(r"\d{1,3}")
_GROUP = re.compile(r"\d{3}(?:[.,]\d{1,2})?")


class Reading:
    """The facts of one `Line` the offer rules share, each computed on first use."""

    def __init__(self, line: Line, language: str) -> None:
        self.line = line
        self.language = language

    @cached_property
    def words(self) -> tuple[Token, ...]:
        """The words the lexicon's hits index (the sentence with its parties read by role)."""
        return tokens(self.line.scanned, self.language)

    @cached_property
    def money(self) -> tuple[Decimal, ...]:
        return tuple(money_in(self.line.text, self.language))

    @cached_property
    def framed(self) -> bool:
        """Whether the sentence says it gives ("we will send you", "le ofrecemos"): not a frame
        that tells what another did ("el recibo que le devolvieron"), nor one denied ("you will
        never get that day back"), unless the "not" is the gift ("no se la vamos a cobrar")."""
        relatives = word_list(self.language, "relatives")
        free = self.line.hits.get("offer_free", ())
        return any(
            not (h.start and self.words[h.start - 1].fold in relatives)
            and not (self.negated(h) and not any(f.start < h.end and h.start < f.end for f in free))
            for h in self.line.hits.get("offer_frame", ())
        )

    @cached_property
    def counts(self) -> tuple[tuple[str, Decimal], ...]:
        """How many of a thing the sentence names ("two bills"), by the thing's stem."""
        return tuple(counts_in(self.line.text, self.language))

    @cached_property
    def counts_added(self) -> tuple[tuple[str, Decimal], ...]:
        """The counts added to others ("trei ședințe în plus", "ustedes y cuatro personas
        más"): no total, but set against what a remedy gives on top ("Două ședințe
        suplimentare")."""
        every = counts_in(self.line.text, self.language, added=True)
        return tuple(c for c in every if c not in self.counts)

    @cached_property
    def percents(self) -> tuple[Decimal, ...]:
        found = percents_in(self.line.text, self.language)
        if WHOLE_SHARE in found and self._whole_fault():
            found.remove(WHOLE_SHARE)  # "Vina e 100% a noastră", "100% our fault": how much is ours
        return tuple(found)

    def _whole_fault(self) -> bool:
        owned = self.line.hits.get("ownership", ())
        return any(
            h.start - 2 <= i < h.end
            for i, w in enumerate(self.words)
            if w.fold == "100"
            for h in owned
        )

    @cached_property
    def periods(self) -> tuple[tuple[Decimal, str], ...]:
        """The periods stated, deadlines aside ("within 3-5 business days" is no period)."""
        return tuple(durations_in(self.line.text, self.language, deadlines=False))

    @cached_property
    def approximate(self) -> bool:
        """Whether the sentence gives a figure in round terms: "more than", "casi", "peste"."""
        return bool(_approximations(self.language, "approximately").search(fold(self.line.text)))

    @cached_property
    def floors(self) -> frozenset[Decimal]:
        """The sums said as a floor, the phrase right before them: "más de mil euros" (not
        "more than happy to refund EUR 50")."""
        return self._sums_after("at_least")

    @cached_property
    def nearly(self) -> frozenset[Decimal]:
        """The sums said as a little more than what is meant: "almost £20", "aproape 30.000 de
        lei"."""
        return self._sums_after("nearly")

    def _sums_after(self, key: str) -> frozenset[Decimal]:
        folded = fold(self.line.text)
        found: set[Decimal] = set()
        for match in _approximations(self.language, key).finditer(folded):
            rest = folded[match.end() :].lstrip()
            if re.match(rf"[\d€$£]|(?:{spelled_pattern(self.language)})\b", rest):
                found.update(money_in(" ".join(rest.split()[:_FLOOR_WORDS]), self.language)[:1])
        return frozenset(found)

    @cached_property
    def stems(self) -> frozenset[str]:
        return content_stems(self.line.scanned, self.language)

    @cached_property
    def clause_ends(self) -> list[int]:
        """Word indices at which a new clause starts after a semicolon, colon or dash: what
        follows is said anew, not part of the customer's request."""
        return word_offsets(self.line.scanned, CLAUSE_END, self.language)

    def ends_between(self, low: int, high: int) -> bool:
        """Whether a clause starts anew at a word from LOW to HIGH: "you asked for X; we refund
        Y" holds two clauses, each judged on its own."""
        return any(low <= c <= high for c in self.clause_ends)

    @cached_property
    def breaks(self) -> list[int]:
        """Word indices at which a clause or a stretch set off by a comma starts: "repaired at
        our expense, return the installation charge" frees the repair, not the charge."""
        return word_offsets(self.line.scanned, BREAK, self.language)

    def negated(self, hit: Hit) -> bool:
        """ "No le vamos a ofrecer un cupón": a "not" shortly before the offer word denies it,
        and so does one inside it ("a day you can't get back")."""
        vocab = lexicon(self.language)
        negation = vocab.word_class("negation")
        # (not a "free" said with its own "no": "no le costará nada")
        return (
            vocab.negated_before(self.words, hit.start, _NEGATION_REACH)
            or (
                hit.category != "offer_free"
                and any(negation.accepts(w) for w in self.words[hit.start + 1 : hit.end])
            )
            # "Descuento no aplicado en su microondas", "a refund does not undo that night": the
            # noun is what failed or what cannot help, no offer
            or (
                hit.category != "offer_free"
                and hit.end == hit.start + 1  # a noun, not "corre por nuestra cuenta: no…"
                and any(negation.accepts(w) for w in self.words[hit.end : hit.end + 2])
            )
        )

    def owed(self, hit: Hit) -> bool:
        """ "O lucrare care era treaba noastră să o acoperim", "a repair that was ours to pay
        for": what it was our duty to give, told in the past right after owning it, is the
        failure owned, not an offer (words.yaml `past_be`)."""
        past = word_list(self.language, "past_be")
        return any(
            0 <= hit.start - owned.end <= _OWED_REACH
            and any(self.words[i].fold in past for i in range(owned.start, owned.end))
            for owned in self.line.hits.get("ownership", ())
        )

    def names_sum(self, terms: Approved, span: tuple[int, int]) -> bool:
        """Whether an approved sum or percentage stands within reach of the offer at SPAN; or,
        in a sentence whose sums are all written out ("descontaremos veinticuatro mil
        cuatrocientos cincuenta pesos"), whether one of them is approved."""
        reach = range(max(0, span[0] - OFFER_REACH), min(len(self.words), span[1] + OFFER_REACH))
        if self.figures_at(reach) & (terms.amounts | terms.percents) or self.spells_sum(
            terms, reach
        ):
            return True
        spelled = not self.figures_at(range(len(self.words)))
        return spelled and any(amount in terms.amounts for amount in self.money)

    def spells_sum(self, terms: Approved, positions: range) -> bool:
        """Whether an approved sum is written out at POSITIONS: "plus twenty-five dollars"."""
        if not self.money:
            return False  # most sentences: no sum to place
        text = " ".join(self.words[i].text for i in positions)
        return any(amount in terms.amounts for amount in money_in(text, self.language))

    def names_plain_remedy(self, terms: Approved, span: tuple[int, int]) -> bool:
        """ "The class is credited back to your 10-class pack" for "The missed class put back
        into your 10-class pack": the offer word names, in other words, a remedy that no kind of
        offer describes, by two of its own words around it; or its own words are a remedy's."""
        words = self.words
        # "abonamentul Premium" for "Prelungirea abonamentului Premium": the offer's own words
        # are those of a remedy, which names the customer's plan, not a better one
        own = {words[i].stem for i in range(*span)} & self.stems
        if len(own) >= RESTATED and own <= terms.remedy_stems:
            return True
        reach = range(max(0, span[0] - OFFER_REACH), min(len(words), span[1] + OFFER_REACH))
        stems = {words[i].stem for i in reach if not span[0] <= i < span[1]} & self.stems
        # "tu clase de recuperación" for "Recuperar la clase perdida con una clase…": the offer
        # word is a remedy's own word in another form, and a word of that remedy stands by it
        return any(
            len(stems & remedy) >= RESTATED
            if not offer.kinds
            else bool(own) and own <= remedy and len((stems | own) & remedy) >= RESTATED
            for offer, remedy in zip(terms.offers, terms.offer_stems, strict=True)
        )

    def names_the_plan(self, terms: Approved, span: tuple[int, int]) -> bool:
        """ "Your Sonora Premium subscription" for "Three months of Sonora Premium": an upgrade's
        word written as part of a name (a capital inside the sentence) that a remedy names is
        the plan the remedy gives, not a better one."""
        words = self.words
        return any(
            i and words[i].text[:1].isupper() and words[i].stem in terms.remedy_stems
            for i in range(*span)
        )

    def names_paid_remedy(self, terms: Approved, span: tuple[int, int]) -> bool:
        """ "We are paying for DataPhoenix's work on both cards" for "The DataPhoenix work on
        both memory cards, paid for by us": a remedy that says we pay for its thing, named
        after the payment by two of the words it is for, or before a payment that ends the
        sentence ("the overnight binding, we will pay for"): "reparamos el ropero y le pagamos
        los gastos del hotel" pays for the hotel, not for the wardrobe before it."""
        words = self.words
        # "…, and we pay for the whole job": the work named in general is the remedy's own
        general = stem_list(self.language, "job_words")
        general_words = word_list(self.language, "job_words")
        enlarged = {i for h in self.line.hits.get("enlarge", ()) for i in range(h.start, h.end)}

        def named(where: range) -> set[str]:
            return {words[i].stem for i in where if i not in enlarged} & self.stems - general

        after = named(range(span[1], min(len(words), span[1] + OFFER_REACH)))
        near = range(max(0, span[0] - OFFER_REACH), span[0])
        # "…, y todos los gastos correrán a cargo de nosotros": costs in general, right before a
        # payment that names nothing after it, are those of all that comes before (not "los
        # gastos que tenga en restaurantes", costs with an object of their own)
        last = max((i for i in near if words[i].fold in general_words), default=None)
        costs = not after and last is not None and not named(range(last + 1, span[0]))
        before = named(range(span[0]) if costs else near)
        stems = after or before or self.stems
        return any(offer.paid and len(stems & offer.covers) >= RESTATED for offer in terms.offers)

    def figures_at(self, positions: range) -> frozenset[Decimal]:
        """The numbers written as figures at POSITIONS."""
        words = self.words
        found = [parse_number(words[i].text) for i in positions if words[i].fold[:1].isdigit()]
        # a sum grouped by spaces ("2 180,50 lei", "45 000 pesos") is one figure in two words
        for i in positions:
            if _GROUP_HEAD.fullmatch(words[i].text):
                end = i + 1
                while end < len(words) and _GROUP.fullmatch(words[end].text):
                    end += 1
                if end > i + 1:
                    found.append(parse_number("".join(w.text for w in words[i:end])))
        return frozenset(value for value in found if value is not None)

    def tells_follow_up(self, terms: Approved, least: int) -> bool:
        """Whether the sentence names the follow-up's date and LEAST words of its action: the
        follow-up told again ("our findings … no later than 4 December")."""
        by, action = terms.follow_up_by, terms.follow_up_words
        return (
            by is not None
            and len(self.stems & action) >= least
            and mentions_date(self.line.text, by, self.language)
        )

    def restates_fix(
        self, terms: Approved, kind: str | None, hit: Hit, reach: int | None = None
    ) -> bool:
        """Whether the kind named at HIT is the one a fix names, in words around it that restate
        that fix in other inflections ("cu retrimitere automată" for "îl retrimite automat").

        With no kind, any fix: "orice sumă reținută din garanție este verificată" restates the
        fix that checks "orice taxă reținută din garanție"; it pays nothing."""
        words = self.words
        reach = reach or OFFER_REACH  # wider for an enlarging word (offering.py)
        near = range(max(0, hit.start - reach), min(len(words), hit.end + reach))
        own = range(hit.start, hit.end)
        rest = {words[i].stem for i in near if i not in own} & self.stems
        return any(
            (kind is None or kind in kinds) and len(rest & stems) >= _FIX_OVERLAP
            for kinds, stems in terms.neutral_kinds
        )

    def regretted(self, hit: Hit) -> bool:
        """ "Îmi pare rău pentru cele 12 zile în plus în care Bruno a șchiopătat": what the
        regret is for, in its own stretch of the sentence, is the harm, not something given; so
        is the last of a list of what it is for ("Sorry for the wasted drive and parking, and
        the extra week in your current trays"), with no "we" and no clause between."""
        we = lexicon(self.language).word_class("we")
        joins = word_list(self.language, "addition_joins")
        words = self.words
        for cue in self.line.hits.get("regret", ()):
            if not cue.end <= hit.start or any(
                we.accepts(words[i]) for i in range(cue.end, hit.start)
            ):
                continue
            breaks = [b for b in self.breaks if cue.end <= b <= hit.start]
            if self.ends_between(cue.end, hit.start):
                continue
            # the list's last item: after its comma, "and"
            opens = breaks[-1] if breaks else cue.end
            listed = not breaks or (opens < len(words) and words[opens].fold in joins)
            if listed and hit.start <= opens + _TOLD_REACH:
                return True
        return False

    def told_after(self, hit: Hit, category: str, asked: bool = False) -> bool:
        """Whether the offer word at HIT is part of what a CATEGORY hit before it tells, in its
        own clause and with no "we" between: what the customer had to do ("you had to head back
        out to replace them", "you paid for electricity your panels should have covered") or
        what is still investigated ("investigăm de ce estimarea a înlocuit indexul").

        With ASKED, only inside the question investigated ("why", "de ce", "por qué"), up to an
        "and" or a future ("we are looking into why it failed and will give you a free month"
        offers the month)."""
        told = self.line.hits.get(category, ())
        if not told:
            return False
        classes = lexicon(self.language)
        we, asks, stops = (classes.word_class(n) for n in ("we", "asks", "question_ends"))
        words = self.words
        for cue in told:
            if not cue.start <= hit.start <= cue.end + _TOLD_REACH:
                continue
            between = range(cue.end, hit.start)
            if any(c in between for c in self.clause_ends) or any(
                we.accepts(words[i]) for i in between
            ):
                continue
            if asked:
                question = [i for i in range(cue.start, hit.start) if asks.accepts(words[i])]
                if not question or any(
                    stops.accepts(words[i]) for i in range(question[0], hit.start)
                ):
                    continue
            return True
        return False


@on_change
@lru_cache(maxsize=8)
def _approximations(language: str, key: str) -> re.Pattern[str]:
    words = facts_data(language).get(key) or []
    alternatives = "|".join(sorted((re.escape(fold(str(w))) for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b" if alternatives else "(?!)")


#: The most words a sum said after "more than" takes: "mai mult de o mie de lei".
_FLOOR_WORDS = 6
#: How near (in words) a figure must stand to an offer to be what is offered: "pagar 26,40 € por
#: un viaje de diez minutos no tiene sentido: le devolvemos 23,30 €" offers 23,30 only.
OFFER_REACH = 6
#: Content words (besides the offer's own) a sentence must share with a fix to restate it.
_FIX_OVERLAP = 3
#: How far back (in words) a "not" still denies an offer: "no le vamos a ofrecer un cupón".
_NEGATION_REACH = 6
#: How many words after what the customer had to do ("you had to", "you paid for") or what we
#: are still finding out ("we are investigating why") an offer word may stand and be part of it.
_TOLD_REACH = 12


#: How many words after a duty owned the thing it was our duty to give stands ("era treaba
#: noastră să o acoperim").
_OWED_REACH = 2
