"""Faithful drafts re-written with their sums and follow-up dates in other common forms.

A guard that reads "1.173,40 €" but not "EUR 1 173,40", or "9 de diciembre" but not "nueve de
diciembre", rejects a faithful draft the day a model writes the other form. This bench takes
every faithful draft a corpus accepts, re-writes each sum in figures or in words and the
follow-up date in forms listed here (not the readers' own lists; the words come from num2words,
a test extra), and counts the drafts that become rejected: gaps found by generation rather than
by waiting for a corpus to show them.

    python bench/reforms.py [CORPUS ...] [--rounds N] [--verbose]
"""

from __future__ import annotations

import argparse
import random
import re
from decimal import Decimal
from pathlib import Path

from _common import ROOT
from num2words import num2words

from draftkit.amounts import money_in
from draftkit.checks import failed, run_checks
from draftkit.evaluation.corpus import CorpusDraft, load_corpus
from draftkit.incident import Incident
from draftkit.prompt import prompt_set

PARTS = ("subject", "restore_value", "responsibility", "explanation", "fix", "regret", "closing")
# A sum in figures with its currency before or after: what this bench re-writes.
_SUM = re.compile(
    r"(?:(?<![A-Za-z])(?P<pre>€|\$|£|EUR|USD|GBP|RON|MXN)\s?)?(?<![\w.,])"
    r"(?P<n>\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\d.,]\d)"
    r"(?(pre)|\s?(?P<post>€|euros?|EUR|dollars|dólares|USD|pounds|GBP|lei|RON|pesos|MXN))"
)
_CURRENCY = {
    "€": "eur", "eur": "eur", "euro": "eur", "euros": "eur",
    "$": "usd", "usd": "usd", "dollars": "usd", "dólares": "usd",
    "£": "gbp", "gbp": "gbp", "pounds": "gbp",
    "ron": "ron", "lei": "ron", "mxn": "mxn", "pesos": "mxn",
}  # fmt: skip
# How each language writes a sum of each currency: {n} is the figure.
_WRITTEN = {
    "en": {
        "eur": ["€{n}", "EUR {n}", "{n} euros"],
        "usd": ["${n}", "USD {n}", "{n} dollars"],
        "gbp": ["£{n}", "GBP {n}", "{n} pounds"],
        "ron": ["{n} lei", "RON {n}"],
        "mxn": ["MXN {n}", "{n} pesos"],
    },
    "es": {
        "eur": ["{n} €", "{n}€", "{n} euros", "EUR {n}"],
        "usd": ["{n} dólares", "USD {n}", "US$ {n}"],
        "gbp": ["{n} libras", "GBP {n}"],
        "ron": ["{n} lei", "RON {n}"],
        "mxn": ["${n} MXN", "{n} pesos", "MXN {n}"],
    },
    "ro": {
        "eur": ["{n} €", "{n} euro", "{n} de euro", "EUR {n}"],
        "usd": ["{n} dolari", "USD {n}", "{n} de dolari"],
        "gbp": ["{n} lire sterline", "GBP {n}"],
        "ron": ["{n} lei", "{n} de lei", "{n} RON", "RON {n}"],
        "mxn": ["{n} pesos", "MXN {n}"],
    },
}
# The ways a follow-up date is written, by language: {d} day, {dd} with its zero, {m} month,
# {mm} month in figures with its zero, {y} year, {words} the day in words (for days up to 10).
_DATES = {
    "en": ["{d} {m}", "{m} {d}", "{m} {d}th", "the {d}th of {m}", "{dd}/{mm}/{y}", "{y}-{mm}-{dd}",
           "{d} {m} {y}", "{m} {d}, {y}", "{m} {d} {y}", "the {words} of {m}"],
    "es": ["{d} de {m}", "el {d} de {m} de {y}", "{dd}/{mm}/{y}", "{d}/{mm}", "{dd} de {m}",
           "{words} de {m}", "{d}-{mm}-{y}"],
    "ro": ["{d} {m}", "{d} {m} {y}", "{dd}.{mm}.{y}", "{d}.{mm}.{y}", "{words} {m}", "{dd} {m}"],
}  # fmt: skip
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie "
    "decembrie",
}
# A sum in words: num2words's currency code, and the word for a whole sum ("{n} euros").
_SPELLED = {
    "en": {"eur": ("EUR", "{n} euros"), "usd": ("USD", "{n} dollars"),
           "gbp": ("GBP", "{n} pounds")},
    "es": {"eur": ("EUR", "{n} euros"), "usd": ("USD", "{n} dólares")},
    "ro": {"eur": ("EUR", "{n} {de}euro"), "usd": ("USD", "{n} {de}dolari"),
           "ron": ("RON", "{n} {de}lei")},
}  # fmt: skip
_WORDS = {
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth",
    "es": "primero dos tres cuatro cinco seis siete ocho nueve diez",
    "ro": "întâi două trei patru cinci șase șapte opt nouă zece",
}


def figures(value: Decimal, language: str) -> list[str]:
    """VALUE in figures, the ways LANGUAGE groups thousands and marks decimals."""
    whole, cents = f"{value:.2f}".split(".")
    groups = f"{int(whole):,}".split(",")
    marks = [(",", ".")] if language == "en" else [(".", ","), (" ", ","), ("", ",")]
    found = [f"{t.join(groups)}{d}{cents}" for t, d in marks]
    return found + ([t.join(groups) for t, _ in marks] if cents == "00" else [])


def in_words(value: Decimal, kind: str, language: str) -> list[str]:
    """VALUE in words, as num2words writes it: "one hundred and sixty-two euro, twenty-five
    cents", "treinta euros", "douăzeci de lei"."""
    if kind not in _SPELLED[language]:
        return []
    code, whole = _SPELLED[language][kind]
    if value != value.to_integral():
        return [num2words(value, lang=language, to="currency", currency=code)]
    # Romanian puts "de" between a number and its noun from twenty on: "douăzeci de lei"
    de = "" if language != "ro" or 0 < int(value) % 100 < 20 else "de "
    return [whole.format(n=num2words(int(value), lang=language), de=de)]


def date_forms(text: str, incident: Incident, language: str) -> list[tuple[str, str]]:
    """(as written, another form) for the follow-up date where TEXT writes it in a listed form."""
    if incident.follow_up is None:
        return []
    when = incident.follow_up.by
    month = _MONTHS[language].split()[when.month - 1]
    words = _WORDS[language].split()
    values = {
        "d": when.day, "dd": f"{when.day:02d}", "m": month, "mm": f"{when.month:02d}",
        "y": when.year, "words": words[when.day - 1] if when.day <= len(words) else None,
    }  # fmt: skip
    forms = [f.format(**values) for f in _DATES[language] if "{words}" not in f or values["words"]]
    for form in sorted(forms, key=len, reverse=True):  # the longest form written, as a whole
        found = re.search(rf"(?<![\w/.-]){re.escape(form)}(?![\w/-]|\.\d)", text, re.IGNORECASE)
        if found:
            return [(found.group(), f) for f in forms if f.lower() != form.lower()]
    return []


def reform(text: str, draft: CorpusDraft, incident: Incident, rnd: random.Random) -> str:
    """TEXT with each sum and the follow-up date re-written in another form, chosen by RND."""
    language = draft.language

    def another(match: re.Match[str]) -> str:
        sign = (match.group("pre") or match.group("post") or "").lower()
        kind = _CURRENCY.get(sign)
        values = money_in(match.group(), language)
        if kind is None or len(values) != 1:
            return match.group()
        choices = [
            form.format(n=n)
            for n in figures(values[0], language)
            for form in _WRITTEN[language][kind]
        ] + in_words(values[0], kind, language)
        return rnd.choice([c for c in choices if c != match.group()] or [match.group()])

    text = _SUM.sub(another, text)
    forms = date_forms(text, incident, language)
    if forms:
        original, other = rnd.choice(forms)
        text = text.replace(original, other, 1)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpora", nargs="*", default=None)
    parser.add_argument("--rounds", type=int, default=3, help="re-writes per draft")
    parser.add_argument("--verbose", "-v", action="store_true", help="show every broken draft")
    args = parser.parse_args()
    folders = args.corpora or sorted(str(p) for p in (ROOT / "evals").glob("tuning*"))
    system = prompt_set().system
    rnd = random.Random(7)
    tried = broken = 0
    for folder in folders:
        corpus = load_corpus(Path(folder))
        for draft in (d for d in corpus.drafts if d.planted is None):
            incident = corpus.incidents[draft.incident]
            if failed(run_checks(draft.content, incident, system_prompt=system)):
                continue  # only what the guards accept as written
            for _ in range(args.rounds):
                update = {}
                for part in PARTS:
                    text = getattr(draft.content, part) or ""
                    new = reform(text, draft, incident, rnd)
                    if new != text:
                        update[part] = new
                if not update:
                    break
                tried += 1
                content = draft.content.model_copy(update=update)
                checks = failed(run_checks(content, incident, system_prompt=system))
                if checks:
                    broken += 1
                    if args.verbose:
                        print(f"{folder} {draft.id}: {checks[0].name}: {checks[0].detail[:200]}")
                        for part, text in update.items():
                            print(f"    {part}: {text}")
                    break
    share = 100 * broken / tried if tried else 0.0
    print(f"re-written drafts: {tried}; rejected after re-writing: {broken} ({share:.1f}%)")


if __name__ == "__main__":
    main()
