"""The numbers an offer gives: sums, shares, periods, months and counts, each of which must be
one a remedy approves, a figure of the facts recalled, or what the customer asked for reported.

Split from `offering` so that the sentence-level judgement of kinds (what is given) and of
numbers (how much of it) each read on their own.
"""

from __future__ import annotations

import re
from decimal import Decimal

from draftkit.checks.offer_reading import OFFER_REACH, Reading
from draftkit.checks.open_offers import periods_at
from draftkit.facts import parse_number
from draftkit.lexicon import lexicon
from draftkit.months import month_set, spanned
from draftkit.offers import WHOLE_SHARE, Approved, years_in
from draftkit.periods import in_days
from draftkit.text import THING_STEM, kin, word_list


def numbers_beyond(
    said: Reading,
    terms: Approved,
    where: str,
    kinds: list[str],
    restates: bool,
    reported: range,
) -> list[str]:
    """The sums, shares, periods, months and counts of one sentence that no remedy approves.

    KINDS: the kinds of offer the sentence makes (none: it recalls, it gives nothing);
    RESTATES: it carries an approved sum or share; REPORTED: the words that tell what the
    customer asked for, whose numbers are theirs.
    """
    line = said.line
    offering = bool(kinds)
    asked = said.figures_at(reported)
    asked_periods = periods_at(said, reported)
    problems: list[str] = []
    near = _near_offer(said) if offering else frozenset()
    recalled = not offering and not line.has("offer_frame")  # the sentence gives nothing
    rounded = recalled and said.approximate
    # "34 de meniuri, câte 240 de lei fiecare" for 8.160,00 lei: any count, the product exact
    each = frozenset(count for _, count in said.counts if count > 1) if said.money else frozenset()
    priced = _priced_by_share(said, terms) if said.money else frozenset()
    worked_out = _worked_out(said, terms) if recalled and said.money else frozenset()
    problems += [
        f"{where} offers the unapproved amount {amount.normalize():f}"
        for amount in said.money
        if amount not in asked
        # "almost £20" for an approved £19.99: a sum a little under the one said
        and not (
            amount in said.nearly
            and any(amount * (1 - _ROUNDING) <= a < amount for a in terms.amounts)
        )
        and not (recalled and amount in worked_out)
        and amount not in priced
        and not _amount_ok(
            amount,
            amount in near and not restates,
            terms,
            rounded,
            recalled,
            # a harm recalled ("a bill of more than a thousand euros"), not the remedy's own part
            line.part != "restore_value" and amount in said.floors,
            each,
        )
    ]
    if offering:
        problems += [
            f"{where} gives {amount.normalize():f} to each of {count.normalize():f}, "
            f"{(amount * count).normalize():f} in all, which no remedy approves"
            for amount, count in _given_each(said, terms)
            if amount * count not in asked
        ]
    restates_share = any(p in terms.percents for p in said.percents)
    problems += [
        f"{where} offers the unapproved {share.normalize():f}%"
        for share in said.percents
        if share not in asked
        and share not in terms.percents
        # a share beside another approved share restates it; an approved sum does not
        and not _share_ok(share, share in near and not restates_share, terms)
        and not (share in terms.figures and _denied_after(said, share))
        and not (WHOLE_SHARE - share in terms.percents and _left_to_pay(said, share))
        and not _a_ratio_told(said.line.text, share)
    ]
    # "tendrá asignada una gestora durante todo el próximo año": a lasting remedy named again
    lasting = line.part == "restore_value" and terms.lasting_restated_by(said.stems)
    if kinds or (lasting and said.periods):
        by_session = any(terms.allows_period(in_days(d)) for d in said.periods)
        sessions = {count for _, count in terms.counts}
        # "două ședințe de câte 90 de minute (3 ore în total)": the sessions' length, summed
        totals = {count * length for count in sessions for length in terms.periods if length < 1}
        problems += [
            f"{where} offers the unapproved period {d[0].normalize():f} {d[1]}(s)"
            for d in said.periods
            if (in_days(d) >= 1 or terms.hours)  # hours count where a remedy gives hours
            # ... unless they count what a remedy gives by the session, its length beside them:
            # "trei ore individuale (3 × 90 de minute)" for "trei lecții de câte 90 de minute"
            and (in_days(d) >= 1 or not by_session or d[0] not in sessions)
            and d[0] not in asked
            and in_days(d) not in asked_periods  # "you asked for a year free"
            and not terms.allows_period(in_days(d))
            and in_days(d) not in totals
            and in_days(d) not in terms.fact_periods  # "the storage fee for three days"
            # "a credit of half a month's line rental" for "50% of one month's line rental"
            and not (d[0] < 1 and d[0] * 100 in terms.percents)
        ]
    if kinds or lasting:
        # "para noviembre y diciembre" where a remedy gives November: months named are given;
        # unless they are none of the remedies' months, the facts' months are the failure's ("los
        # 89,80 € de las cuotas de octubre y noviembre" for charges of 3 October and 3 November,
        # a free month "hasta el 30 de junio" approved beside them)
        named = month_set(line.text, said.language)
        theirs = terms.fact_months if not named & terms.months else frozenset()
        # "cu 50 GB/lună incluși în decembrie, ianuarie și februarie" for "timp de 3 luni": an
        # approved period, its months named one by one
        run = spanned(named) == named and terms.allows_period(
            in_days((Decimal(len(named)), "month"))
        )
        # ... or its first and last: "durante tres meses, de diciembre a febrero"
        run = run or (
            len(named) == 2
            and terms.allows_period(in_days((Decimal(len(spanned(named))), "month")))
        )
        # ... or its first and last month dated: "de diciembre de 2026 a noviembre de 2027"
        dated_years = _dated_years(line.text, said.language)
        dated_run = _dated_run(dated_years)
        run = run or (dated_run > 1 and terms.allows_period(in_days((Decimal(dated_run), "month"))))
        if len(named) > 1 and named - terms.months - theirs and not run:
            problems.append(f"{where} names {len(named)} months, more than the remedies give")
        # "sus renovaciones de 2027 y 2028" where a remedy gives the 2027 renewal: a later year
        # than any a remedy names, and not the facts' own, is given too
        # (not a remedy's own month dated: "pe factura din ianuarie 2027" for "…decembrie 2026,
        # pe factura din ianuarie")
        dated = {y for m, y in dated_years if m & terms.months}
        problems += [
            f"{where} names {year}, later than any year a remedy gives"
            for year in dict.fromkeys(years_in(line.text))
            if terms.years
            and year > max(terms.years)
            and Decimal(year) not in terms.figures
            and year not in dated
        ]
    if kinds or line.has("offer_frame"):
        problems += [
            f"{where} offers {count.normalize():f} of something a remedy gives {allowed} of"
            for count, allowed in _counts_beyond(said, terms)
            if count not in asked
        ]
    return problems


def _near_offer(said: Reading) -> frozenset[Decimal]:
    """The numbers standing within reach of an offer's words in the sentence."""
    words = said.words
    spans = [
        (hit.start, hit.end)
        for category, hits in said.line.hits.items()
        if category.startswith("offer_") or category == "enlarge"
        for hit in hits
    ]
    near = set()
    for i, word in enumerate(words):
        if word.fold[:1].isdigit() and any(
            start - OFFER_REACH <= i < end + OFFER_REACH for start, end in spans
        ):
            value = parse_number(word.text)
            if value is not None:
                near.add(value)
    return frozenset(near)


def _worked_out(said: Reading, terms: Approved) -> frozenset[Decimal]:
    """ "Cobramos dos veces la cuota, 39,90 €: en total 79,80 €": the totals a sentence that gives
    nothing works out from the facts' sums it states itself, a sum times a few or two added."""
    stated = [m for m in said.money if m in terms.figures or m in terms.amounts]
    found = {m * n for m in stated for n in range(2, _MOST_EACH + 1)}
    found.update(a + b for i, a in enumerate(stated) for b in stated[i + 1 :])
    return frozenset(found)


def _priced_by_share(said: Reading, terms: Approved) -> frozenset[Decimal]:
    """ "Una reducere de 25% (186,75 lei în loc de 249 de lei)": what an approved share the
    sentence states leaves to pay, or takes off, of a sum it states."""
    shares = [p for p in said.percents if p in terms.percents and 0 < p < WHOLE_SHARE]
    parts = {
        m: {
            (m * part / WHOLE_SHARE).quantize(_CENT)
            for p in shares
            for part in (p, WHOLE_SHARE - p)
        }
        for m in said.money
    }
    # ... and the sum the share is of, when the sentence states what the share makes of it
    # ("el 25 % de tu cuota de 39,90 €: 9,98 € menos")
    bases = {m for m, made in parts.items() if made & set(said.money)}
    return frozenset().union(bases, *parts.values())


def _given_each(said: Reading, terms: Approved) -> list[tuple[Decimal, Decimal]]:
    """ "$250.00 to each of your next two bills" for "A credit of $250.00 on your next bill":
    an approved sum given to each of several things is that sum as many times, unless a remedy
    counts them or the facts do (the two fees the customer paid, one sum each)."""
    folds = {w.fold for w in said.words}
    if folds.isdisjoint(word_list(said.language, "each")):
        return []
    counted = {count for _, count in terms.counts}
    return [
        (amount, count)
        for amount in said.money
        if amount in terms.amounts
        for thing, count in said.counts
        # what is counted is what the sum is given for ("bills"), not "three things for you"
        if any(
            amount in o.amounts and kin(thing, stems, least=THING_STEM)
            for o, stems in zip(terms.offers, terms.offer_stems, strict=True)
        )
        and 1 < count <= _MOST_EACH
        and count not in counted
        and (thing, count) not in terms.fact_counts
        and amount * count not in terms.amounts
    ]


def _counts_beyond(said: Reading, terms: Approved) -> list[tuple[Decimal, str]]:
    """ "Ten practice lessons" where a remedy gives five: how many of a thing a remedy gives is
    part of what it approves (a count the facts or fixes state is recalled, not offered)."""
    # "trei ședințe în plus" is set against a remedy's "Două ședințe suplimentare" only: "ustedes
    # y cuatro personas más" is no total to hold against "una cena para 6 personas"
    said_counts = [(c, terms.counts) for c in said.counts]
    said_counts += [(c, terms.added_counts) for c in said.counts_added]
    found = []
    for (thing, count), against in said_counts:
        allowed = sorted(n for t, n in against if t == thing)
        if allowed and count not in allowed and (thing, count) not in terms.fact_counts:
            found.append((count, " or ".join(f"{n.normalize():f}" for n in allowed)))
    return found


def _amount_ok(
    value: Decimal,
    offering: bool,
    terms: Approved,
    rounded: bool = False,
    recalled: bool = False,
    floor: bool = False,
    each: frozenset[Decimal] = frozenset(),
) -> bool:
    """EACH: the counts of things the sentence states ("the two green fees of S$180 each" for
    an approved S$360), by which a sum may be a share of an approved one."""
    if value in terms.amounts or any(value * count in terms.amounts for count in each):
        return True
    if not value:
        return True  # "£0 for your pay run": no sum given; what is made free is judged as free
    if value in terms.figures:  # a figure of the facts: recalled, or the sum a remedy refers to
        return not offering or terms.money_without_amount
    if recalled and value == value.to_integral_value() and value in terms.whole:
        return True  # "the extra $67 you had to pay" for $67.37: recalled in whole units
    # "más de quince mil pesos" for the $15.120 charged, in a sentence that offers nothing: a
    # fact, recalled in round figures; or a floor under a fact or an approved sum ("más de mil
    # euros" for the 1.173,40 € advanced)
    return rounded and (
        any(abs(value - figure) <= figure * _ROUNDING for figure in terms.figures if figure > 0)
        or (
            floor
            and any(
                value < figure <= value * _ABOVE_FLOOR for figure in terms.figures | terms.amounts
            )
        )
    )


def _share_ok(share: Decimal, offering: bool, terms: Approved) -> bool:
    """A percentage the remedies do not state: a figure of the facts, recalled ("30% of the
    orders were late"), never a sum ("20% off" where a remedy's sums differ by 20); or all of
    what a remedy gives in full ("el 100 % de la reserva" for "Reembolso total de la reserva")."""
    if share == WHOLE_SHARE and terms.enlarged:
        return True
    return share in terms.figures and not offering


def _a_ratio_told(text: str, share: Decimal) -> bool:
    """ "168 of the 412 photographs (about 41%)": a share that two whole counts of the same
    sentence make, rounded to the unit, is the facts' ratio told, not a share given."""
    counts = {Decimal(n) for n in _WHOLE.findall(text)}
    return any(
        0 < part < whole and whole >= _COUNTED and abs(part * WHOLE_SHARE / whole - share) < 1
        for part in counts
        for whole in counts
    )


#: A whole count as written: not a sum's part ("45,00"), nor a share itself ("35 %").
_WHOLE = re.compile(r"(?<![\d.,])(\d{1,6})(?![\d.,]\d|\d|\s?%)")
#: The fewest things a told ratio counts: "2 of your 5 nights" and 40% may meet by chance.
_COUNTED = 20


def _denied_after(said: Reading, share: Decimal) -> bool:
    """ "Equivalente al 40 % de descuento que no se aplicó": a share of the facts that a "not"
    just after it says was never given is recalled, not offered."""
    negation = lexicon(said.language).word_class("negation")
    return any(
        any(negation.accepts(w) for w in said.words[i + 1 : i + 1 + _DENIED_REACH])
        for i in _said_at(said, share)
    )


def _left_to_pay(said: Reading, share: Decimal) -> bool:
    """ "You would pay 85% of the usual room hire" for "15% off the room hire": the share the
    customer still pays, a paying word of theirs right before it and no "we" among them."""
    pay = word_list(said.language, "you_pay")
    we = lexicon(said.language).word_class("we")
    for i in _said_at(said, share):
        before = said.words[max(0, i - _PAID_REACH) : i]
        if any(w.fold in pay for w in before) and not any(we.accepts(w) for w in before):
            return True
    return False


def _said_at(said: Reading, share: Decimal) -> list[int]:
    """Where the sentence writes SHARE as a figure."""
    figure = f"{share.normalize():f}"
    return [i for i, word in enumerate(said.words) if word.fold == figure]


#: How far before a share the customer's paying word may stand ("you would pay only 85%").
_PAID_REACH = 3

#: How many words after a share the "not" that says it was never given may stand.
_DENIED_REACH = 6

#: The most things a sum may be shared between, "each".
_MOST_EACH = 12

#: How far a sum told in round figures may stand from the fact it recalls.
_ROUNDING = Decimal("0.1")
#: How far above a floor ("more than a thousand") the fact it recalls may stand: "un adelanto de
#: más de mil euros" for the 1.173,40 € advanced.
_ABOVE_FLOOR = Decimal("1.25")


def _dated_years(text: str, language: str) -> list[tuple[frozenset[int], int]]:
    """Each year TEXT names, in order, with the month named right before it ("ianuarie 2027",
    "diciembre de 2026")."""
    words = text.split()
    return [
        (month_set(" ".join(words[max(0, i - 2) : i]), language), year)
        for i, word in enumerate(words)
        if i and (year := next(iter(years_in(word)), None)) is not None
    ]


def _dated_run(dated_years: list[tuple[frozenset[int], int]]) -> int:
    """How many months a run from one dated month to another spans, in reading order (of
    `_dated_years`): "de diciembre de 2026 a noviembre de 2027" is 12; 0 with fewer than two
    dated months."""
    dated = [(year, next(iter(months))) for months, year in dated_years if len(months) == 1]
    if len(dated) < 2:
        return 0
    (y1, m1), (y2, m2) = dated[0], dated[-1]
    return (y2 - y1) * 12 + m2 - m1 + 1


#: Sums are compared to the cent.
_CENT = Decimal("0.01")
