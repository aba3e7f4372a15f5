"""What the incident approves to offer, typed, and what a sentence of a draft offers.

Only `remedies` approve: the facts may mention a refund the customer asked for, a fix may audit
vouchers, and neither is an offer. Each remedy is read once into an `Offer` (kinds of
compensation, money amounts, percentages, periods), so a draft may restate it in other words
("we will reimburse the difference" for "Refund of the 162.25 lei") or another number format
("1173,40" for "1.173,40"), and anything else a sentence gives — a kind, an amount, a
percentage, a period — must map to one of them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from functools import cached_property, lru_cache
from itertools import combinations, pairwise

from draftkit.amounts import counts_in, fraction_shares, money_in, parts_in, percents_in
from draftkit.company_kind import as_we
from draftkit.facts import numbers_in
from draftkit.incident import Incident
from draftkit.languages import on_change, pack
from draftkit.lexicon import Hit, scan
from draftkit.months import month_set, months_named, since, spanned
from draftkit.periods import durations_in, in_days, shared_unit
from draftkit.text import THING_STEM, content_stems, fold, kin, sentences, tokens, word_list

#: The kinds of compensation, as the lexicon's `offer_<kind>` categories name them.
KINDS = ("refund", "payment", "credit", "discount", "voucher", "free", "upgrade", "replacement")
#: Money back to the customer: one of these approved lets a draft say it with another verb
#: ("refund" / "reimburse" / "compensate" / "credit your card").
MONEY = frozenset({"refund", "payment", "credit"})
#: A lower price: a free month is a discount of all of it, so one approves saying the other
#: (the percentage and period checks still hold the size).
PRICE = frozenset({"discount", "free"})


_CENT = Decimal("0.01")
#: The most of a thing one remedy counts, at a price each ("14 meniuri, câte 204 lei").
_MOST_OF_A_REMEDY = 100

#: How many of a remedy's content words a phrase must hold to restate that remedy.
RESTATED = 2
#: The share a full refund or credit gives: "Abono del 100 % del servicio".
WHOLE_SHARE = Decimal(100)


def kinds_in(hits: dict[str, tuple[Hit, ...]]) -> dict[str, tuple[Hit, ...]]:
    return {c[6:]: found for c, found in hits.items() if c.startswith("offer_") and c[6:] in KINDS}


@dataclass(frozen=True)
class Offer:
    text: str
    kinds: frozenset[str]
    amounts: frozenset[Decimal]
    percents: frozenset[Decimal]
    periods: frozenset[Decimal]  # in days
    enlarged: bool  # "a full refund", "100 %", "double": approved as such
    unbounded: bool  # "any further costs": approved without a limit
    covers: frozenset[str]  # what it is for: its content words outside its offer words
    later: bool  # given for a next or future order, visit or year
    part: bool = False  # it gives a part of its thing by name: "the difference", "diferența"
    opened: bool = False  # it gives to any other of a thing: "15% off any other extra lessons"
    paid: bool = False  # it says we pay for its thing, with no kind: "…, paid for by us"

    @property
    def share(self) -> bool:
        """It gives a share of its thing ("20% off the fee"), not all of it."""
        return any(p < 100 for p in self.percents)

    @property
    def in_part(self) -> bool:
        """It gives part of its thing, by a share or by name ("the price difference"): said
        whole ("the whole price"), it is more."""
        return self.share or self.part


@dataclass(frozen=True)
class Approved:
    """Everything the remedies approve, and what the incident says that is not an offer."""

    offers: tuple[Offer, ...]
    kinds: frozenset[str]
    amounts: frozenset[Decimal]  # each approved amount, and the sums of two of them
    percents: frozenset[Decimal]
    periods: frozenset[Decimal]
    enlarged: bool
    unbounded: bool
    partial: frozenset[str]  # kinds approved only in part (a share or a period of something)
    figures: frozenset[Decimal]  # numbers the facts, fixes and follow-up state
    counts: frozenset[tuple[str, Decimal]]  # how many of a thing a remedy gives ("5 lessons")
    # ... of them, those a remedy gives on top of others ("Două ședințe suplimentare")
    added_counts: frozenset[tuple[str, Decimal]]
    fact_counts: frozenset[tuple[str, Decimal]]  # how many of a thing the facts and fixes name
    fact_periods: frozenset[Decimal]  # periods the facts state ("three days' storage"), in days
    fact_stems: frozenset[str]  # words of the facts: a refund they mention is a fact
    neutral: tuple[frozenset[str], ...]  # the words of each fix and of the follow-up action
    # the kinds of compensation each fix and the follow-up name, and their content words
    neutral_kinds: tuple[tuple[frozenset[str], frozenset[str]], ...]
    offer_stems: tuple[frozenset[str], ...]  # content words of each remedy
    # the remedies' words two by two, the first folded, the second stemmed ("further excess"):
    # how a remedy writes an open phrase and its thing
    remedy_pairs: frozenset[str]
    money_stems: tuple[frozenset[str], ...]  # content words of each remedy that pays money
    later: bool  # some remedy gives something for a next or future order, visit or year
    whole: frozenset[Decimal]  # the facts' and remedies' sums in whole units (down, or nearest)
    months: frozenset[int]  # the calendar months the remedies name, and those between
    fact_months: frozenset[int] = frozenset()  # the calendar months the facts name, or date
    years: frozenset[int] = frozenset()  # the years the remedies name ("renovación para 2027")
    follow_up_by: dt.date | None = None  # the follow-up's date; its words end `neutral_kinds`

    def allows(self, kind: str) -> bool:
        return any(
            kind in family and bool(self.kinds & family)
            for family in (frozenset({kind}), MONEY, PRICE)
        )

    @property
    def follow_up_words(self) -> frozenset[str]:
        """The follow-up action's content words (it closes `neutral_kinds`), or none."""
        if self.follow_up_by is None or not self.neutral_kinds:
            return frozenset()
        return self.neutral_kinds[-1][1]

    def restated_by(
        self,
        stems: frozenset[str] | set[str],
        kinds: frozenset[str] | None = None,
        *,
        whole: bool = False,
    ) -> bool:
        """Whether STEMS hold two of one remedy's content words: that remedy, said again in
        other words ("the delivery fee" is no remedy's; "the missing items refunded" is). With
        KINDS, only a remedy of one of those kinds counts; WHOLE, only one that gives all of its
        thing (no share of it under 100%)."""
        return any(
            len(stems & remedy) >= RESTATED
            for offer, remedy in zip(self.offers, self.offer_stems, strict=True)
            if (kinds is None or offer.kinds & kinds) and not (whole and offer.in_part)
        )

    def lasting_restated_by(self, stems: frozenset[str] | set[str]) -> bool:
        """Whether STEMS restate a remedy that lasts a period ("una gestora de siniestros …
        durante 6 meses"): a period said beside it is that remedy's, approved or not."""
        return any(
            offer.periods and len(stems & remedy) >= RESTATED
            for offer, remedy in zip(self.offers, self.offer_stems, strict=True)
        )

    @property
    def hours(self) -> bool:
        """A remedy gives a period shorter than a day ("a free 4-hour charter")."""
        return any(p < 1 for p in self.periods)

    def allows_period(self, days: Decimal) -> bool:
        """Within 3%, or a day, of an approved period: "six months" and "half a year", "one
        month" and "30 days", "two weeks" and "quince días" are one period."""
        return any(
            abs(days - approved)
            <= max(Decimal("0.03") * max(days, approved), _slack(days, approved))
            for approved in self.periods
        )

    @cached_property
    def remedy_stems(self) -> frozenset[str]:
        """Every content word of every remedy."""
        return frozenset().union(*self.offer_stems)

    @property
    def money_without_amount(self) -> bool:
        """A money remedy that names no sum ("refund the duplicate charge"): the facts hold it."""
        return any(o.kinds & MONEY and not o.amounts and not o.percents for o in self.offers)


def _offer(text: str, language: str) -> Offer:
    hits: dict[str, tuple[Hit, ...]] = {}
    covers: set[str] = set()
    for sentence in sentences(text) or [text]:
        found_here = scan(sentence, language)
        for category, found in found_here.items():
            hits[category] = hits.get(category, ()) + found
        offering = {
            i
            for category, found in found_here.items()
            if category.startswith("offer_") or category == "enlarge"
            for hit in found
            for i in range(hit.start, hit.end)
        }
        words = tokens(sentence, language)
        covers |= {w.stem for i, w in enumerate(words) if i not in offering}
    kinds = frozenset(kinds_in(hits))
    # a figure with cents is a sum in any currency, even one the pack does not name ("Q450.00")
    amounts = frozenset(money_in(text, language)) or frozenset(
        n for n in numbers_in(text) if n.as_tuple().exponent == -2
    )
    lasting = durations_in(text, language, compounds=True)
    periods = {in_days(d) for d in [*lasting, *shared_unit(text, language, lasting)]}
    # "extended from 10 to 15 years": the years it adds ("five more years") are given too
    old = {in_days(d) for d in durations_in(text, language, compounds=True, replaced=True)}
    periods |= {new - before for new in periods for before in old if new > before}
    percents = frozenset(percents_in(text, language)) | fraction_shares(text, language, amounts)
    # "your fee waived for December": a month; "50% off for December and January": two
    named = months_named(text, language)
    if not periods and named:
        periods.add(in_days((Decimal(named), "month")))
    if "remedy_new" in hits:
        # "A new hem made from matching Chantilly lace", "a new crown … at no charge"
        kinds = kinds | {"replacement"}
    elif not kinds and _opens_with_payment(text, language):
        # "Payment of your lost wages for six weeks": what the remedy pays for, with no sum
        kinds = frozenset({"payment"})
    elif "voucher" in kinds and percents:
        # "Un voucher de 50% pentru o călătorie": a share off the next one, as a discount is
        kinds = kinds | {"discount"}
    elif amounts and kinds <= {"free"}:
        # "La devolución de la sesión, 48,00 €", "Plata reparației, în limita a 2.350 lei": a
        # remedy is an offer by definition, and one that states a sum gives money; "plata
        # penalităților, 1.146,80 lei, fără niciun cost pentru proprietari" too, free to them
        kinds = kinds | {"payment"}
    return Offer(
        text=text,
        kinds=kinds,
        amounts=amounts,
        percents=percents,
        periods=frozenset(periods),
        enlarged=not hits.keys().isdisjoint({"enlarge", "lasting", "lasts_until"}),
        unbounded="unbounded" in hits or "everything_paid" in hits,
        covers=frozenset(covers & content_stems(text, language)),
        # a voucher is spent on a later order or visit by nature: "un bono de 50 € para
        # cualquier escapada de 2027" gives for later whatever words it does it in
        later="future_use" in hits or "voucher" in kinds,
        part="part_of" in hits,
        opened="any_other" in hits,
        paid="offer_paid_by_us" in hits,
    )


def _opens_with_payment(text: str, language: str) -> bool:
    first = re.findall(r"[^\W\d_]+", fold(text))[:1]
    return bool(first) and first[0] in word_list(language, "payment_nouns")


def _slack(days: Decimal, approved: Decimal) -> Decimal:
    """A day between periods of days ("30 days" and "a month"); an hour between periods shorter
    than a day ("a 4-hour charter" is not "6 hours")."""
    return Decimal(1) if min(days, approved) >= 1 else Decimal(1) / 24


@on_change
@lru_cache(maxsize=512)
def _approved(
    language: str,
    remedies: tuple[str, ...],
    facts: tuple[str, ...],
    neutral: tuple[str, ...],
    until: int = 12,
    follow_up_by: dt.date | None = None,
) -> Approved:
    offers = tuple(_offer(remedy, language) for remedy in remedies)
    # "2 nights × €28 + €18 = €74", "€400 each, €800 for the two of you": an approved amount times
    # a count the incident states, and any sum of those, restate the remedies.
    counts = {
        n for text in remedies for n in numbers_in(text) if n == n.to_integral() and 1 < n <= 12
    }
    base = sorted({a for o in offers for a in o.amounts})
    # ... of the facts, only a count of what a remedy's sum is for ("2 nights" for "€28 a
    # night"): "on 2 December" or "two hours" multiply nothing
    of_facts = [c for text in facts for c in counts_in(text, language)]
    counted = {
        a * n
        for o in offers
        for a in o.amounts
        for thing, n in of_facts
        # "up to £75.00 per employee" and "23 employees": however many the facts count
        if kin(thing, o.covers, least=THING_STEM)
        and n == n.to_integral()
        and 1 < n <= _MOST_OF_A_REMEDY
    }
    # "14 meniuri, câte 204 lei fiecare": a remedy's own count times its own sum, however large
    each = {
        a * n
        for o in offers
        for a in o.amounts
        for n in numbers_in(o.text)
        if n == n.to_integral() and 1 < n <= _MOST_OF_A_REMEDY and n != a and n not in o.percents
    } | {  # ... in words too, or its period: "Three months of free storage ($265.00 a month)"
        a * n
        for o in offers
        for a in o.amounts
        for n in (
            *(n for _, n in counts_in(o.text, language)),
            *(n for n, _ in durations_in(o.text, language)),
        )
        if n == n.to_integral() and 1 < n <= _MOST_OF_A_REMEDY
    }
    single = sorted({*base, *each, *counted, *(a * n for a in base for n in counts)})[:24]
    amounts = {
        sum(c, Decimal(0))
        for n in range(1, min(len(single), 4) + 1)
        for c in combinations(single, n)
    }
    # "52 € en lugar de 65 €" for "20 % off the 65 €", "you pay €40 instead of €55" for "€15 off":
    # the price left after an approved share or sum comes off restates the remedy.
    percents = {p for o in offers for p in o.percents if 0 < p < 100}
    amounts |= {a - b for a in base for b in base if a > b}
    amounts |= {a * (100 - p) / 100 for a in base for p in percents}
    # "£155 off the £620.00" for "25% off your fee of £620.00": the share itself, as a sum
    amounts |= {a * p / 100 for a in base for p in percents}
    # ... rounded to the cent as a person writes it: "$123.83" for 30% of $412.75
    amounts |= {a.quantize(_CENT, rounding=ROUND_HALF_UP) for a in amounts}
    # ... and their sums as read ("40p per MB" is £0.40, as a draft retelling it is read)
    figures = frozenset(
        n for text in (*facts, *neutral) for n in (*numbers_in(text), *money_in(text, language))
    )
    partial = {kind for o in offers for kind in o.kinds if o.periods or o.share}
    return Approved(
        offers=offers,
        kinds=frozenset(k for o in offers for k in o.kinds),
        amounts=frozenset(amounts),
        percents=frozenset(p for o in offers for p in o.percents),
        # "two more years" for "your 10-year warranty extended to 12 years": what a remedy
        # adds between the periods it names
        periods=frozenset(
            {p for o in offers for p in o.periods}
            | {a - b for o in offers for a in o.periods for b in o.periods if a > b}
        ),
        enlarged=any(o.enlarged for o in offers),
        unbounded=any(o.unbounded for o in offers),
        partial=frozenset(partial),
        figures=figures,
        counts=frozenset(
            c
            for text in remedies
            for c in (*counts_in(text, language, added=True), *parts_in(text, language))
        ),
        added_counts=frozenset(
            c
            for text in remedies
            for c in set(counts_in(text, language, added=True)) - set(counts_in(text, language))
        ),
        fact_counts=frozenset(
            [*of_facts, *(c for text in neutral for c in counts_in(text, language))]
        ),
        fact_periods=frozenset(in_days(d) for text in facts for d in durations_in(text, language)),
        fact_stems=frozenset(s for text in facts for s in content_stems(text, language)),
        neutral=tuple(frozenset(t.stem for t in tokens(text, language)) for text in neutral),
        neutral_kinds=tuple(
            (frozenset(kinds_in(scan(text, language))), content_stems(text, language))
            for text in neutral
        ),
        offer_stems=tuple(content_stems(remedy, language) for remedy in remedies),
        remedy_pairs=frozenset(
            f"{a.fold} {b.stem}"
            for words in (tokens(remedy, language) for remedy in remedies)
            for a, b in pairwise(words)
        ),
        money_stems=tuple(
            content_stems(o.text, language) for o in offers if o.kinds & MONEY or o.amounts
        ),
        later=any(o.later for o in offers),
        whole=frozenset(
            n.to_integral_value(rounding=mode)
            for n in figures | set(base)
            for mode in (ROUND_FLOOR, ROUND_HALF_UP)
        ),
        # "până la 31 ianuarie 2027" lets a draft say "până la sfârșitul lui ianuarie"
        months=frozenset().union(
            *(spanned(month_set(r, language, dates=True)) for r in remedies),
            *(since(r, language, until) for r in remedies),
        ),
        fact_months=frozenset().union(*(month_set(f, language, dates=True) for f in facts)),
        years=frozenset(years_in(" ".join(remedies))),
        follow_up_by=follow_up_by,
    )


def years_in(text: str) -> list[int]:
    """The calendar years TEXT names: "2027", "la renovación de 2028"."""
    return [int(y) for y in _YEAR.findall(text)]


_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)")


def approved(incident: Incident) -> Approved:
    """The incident's remedies, typed; read once per incident and cached."""
    from draftkit.provenance import unquoted

    facts = (incident.what_happened, incident.impact, incident.root_cause or "")
    neutral = tuple(incident.fixes) + ((incident.follow_up.action,) if incident.follow_up else ())
    return _approved(
        incident.language,
        tuple(as_we(r, incident.company.name, _we(incident.language)) for r in incident.remedies),
        tuple(map(unquoted, facts)),
        neutral,
        incident.occurred_at.month if incident.occurred_at else 12,
        incident.follow_up.by if incident.follow_up else None,
    )


def hit_stems(sentence: str, language: str, hit: Hit) -> frozenset[str]:
    return frozenset(t.stem for t in tokens(sentence, language)[hit.start : hit.end])


def _we(language: str) -> str:
    return str(pack(language).manifest.get("we", "we"))
