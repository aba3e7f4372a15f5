"""Text mechanics of the offline drafts: sentences, case, lists, articles, numerals, privacy.

Only the mechanics live here. The words a language needs — its articles, its titles, the nouns
Romanian links to a number with "de", the cues that tell what failed — are data in the pack's
`template.yaml`, passed in by the template provider.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

from draftkit.facts import contacts_in
from draftkit.languages import on_change, packs
from draftkit.text import fold

_BREAK = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_INNER_WORD = re.compile(r"(?<![.!?])\s+([^\W\d_][\w'’-]*)")  # not the first of a sentence
_OPENING_MARKS = "\"'“„«¿¡("
# What the social_privacy guard looks for: account or order ids and grouped phone numbers.
_IDENTIFIER = re.compile(r"\b(?:[A-Z]{2,}[-_]?\d{3,}|\d{6,})\b")
_GROUPED_PHONE = re.compile(r"(?<![\w.,+])\+?\d{2,3}(?: \d{2,3}){2,4}(?!\d|[.,]\d)")
_COUNTED = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+)(?![.,]\d)\s+([^\W\d_]+)")


@on_change
@cache
def _titles() -> frozenset[str]:
    """Every pack's titles ("dr", "sra", "dl"): a full stop after one ends no sentence."""
    return frozenset(t for p in packs().values() for t in p.data("template").get("titles", {}))


def sentences(text: str) -> list[str]:
    """Split after . ! ? followed by a capital or a digit, but not after "Dr." or "J."."""
    found, start = [], 0
    for gap in _BREAK.finditer(text):
        after = text[gap.end() :].lstrip(_OPENING_MARKS)[:1]
        before = _WORD.findall(text[start : gap.start()])
        last = before[-1] if before else ""
        initial = len(last) == 1 and last.isupper()
        abbreviation = text[gap.start() - 1] == "." and (initial or fold(last) in _titles())
        if after and (after.isupper() or after.isdigit()) and not abbreviation:
            found.append(text[start : gap.start()])
            start = gap.end()
    found.append(text[start:])
    return [s.strip() for s in found if s.strip()]


def first_sentence(text: str) -> str:
    return sentences(text)[0] if text.strip() else text


def proper_words(texts: Iterable[str]) -> frozenset[str]:
    """Words written with a capital inside a sentence: names, which keep it at a clause start."""
    return frozenset(
        word for text in texts for word in _INNER_WORD.findall(text) if word[0].isupper()
    )


def lower_first(text: str, keep: frozenset[str] = frozenset()) -> str:
    """'Classes started…' -> 'classes started…' after "that"; 'Ledgerly', 'HR' and 'iPhone' stay."""
    text = text.strip()
    match = _WORD.match(text)
    if not match:
        return text
    word = match.group()
    if word in keep or not word[0].isupper() or (len(word) > 1 and not word[1].islower()):
        return text
    return text[0].lower() + text[1:]


def upper_first(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def clause(text: str) -> str:
    """A fact as part of a longer sentence: without its final full stop."""
    return text.strip().rstrip(".;").rstrip()


def public(text: str, names: frozenset[str]) -> bool:
    """Fit for a public reply: no name word of the customer, no id, e-mail, link or phone."""
    return not (
        names.intersection(_WORD.findall(text))
        or _IDENTIFIER.search(text)
        or _GROUPED_PHONE.search(text)
        or contacts_in(text)
    )


def join(items: Sequence[str], frames: Mapping[str, Any]) -> str:
    """'a and b'; 'a; b; and c' (items may hold commas). Spanish 'y' becomes 'e' before i-."""
    if len(items) == 1:
        return items[0]
    conjunction = str(frames["list_and"])
    vowel = frames.get("list_and_vowel")
    if vowel:
        start = fold(items[-1])
        before = tuple(str(p) for p in vowel["before"])
        if start.startswith(before) and not start.startswith(tuple(vowel["except"])):
            conjunction = str(vowel["word"])
    if len(items) == 2:  # "…, within 2 days, and…": a comma closes the first item's aside
        return items[0] + ("," if ", " in items[0] else "") + conjunction + items[1]
    return "; ".join(items[:-1]) + ";" + conjunction + items[-1]


def with_article(item: str, rules: Mapping[str, Any] | None) -> str:
    """'reembolso íntegro…' -> 'el reembolso íntegro…', by the first rule its first word meets.

    An item that starts with a determiner, a number or a capital (a name) is left as it is.
    Where `countable` is set (English "a"/"an"), the article goes only before a singular noun
    that can be counted: "an automatic check", not "random manual audits", "priority support"
    or "refund requests".
    """
    match = _WORD.match(item)
    if not rules or not match or not match.group()[0].islower():
        return item
    first = fold(match.group())
    if first in rules["skip"]:
        return item
    for rule in rules["rules"]:
        if first in rule.get("words", ()) or first.endswith(tuple(rule.get("endings", ()))):
            if rules.get("countable") and not _countable(item, rule, rules):
                return item
            article = str(rule["article"])
            return f"{article} {item}" if article else item
    return item


def _countable(item: str, rule: Mapping[str, Any], rules: Mapping[str, Any]) -> bool:
    """Whether the noun a rule's word leads to takes "a": singular and, after an adjective,
    one that can be counted."""
    adjectives = {w for r in rules["rules"] if r.get("adjective") for w in r["words"]}
    words = [fold(w) for w in _WORD.findall(item)[1:6]]
    head = next((w for w in words if w not in adjectives), "")
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    return not plural and not (rule.get("adjective") and head in rules["uncountable"])


def link_numerals(text: str, rule: Mapping[str, Any] | None) -> str:
    """Romanian '89 lei' -> '89 de lei', '2.400 clienți' -> '2.400 de clienți'; '101 lei' stays.

    The link word goes between a whole number of at least `from` whose last two digits make at
    least `from` (or are 00) and a noun it counts; '1.173,40 lei' and '20 noiembrie' stay.
    """
    if not rule:
        return text
    low, word = int(rule["from"]), str(rule["word"])
    nouns = _folded_set(tuple(rule["nouns"]))

    def link(match: re.Match[str]) -> str:
        number = int(match.group(1).replace(".", ""))
        counted = fold(match.group(2)) in nouns
        if counted and number >= low and (number % 100 >= low or number % 100 == 0):
            return f"{match.group(1)} {word} {match.group(2)}"
        return match.group(0)

    return _COUNTED.sub(link, text)


@cache
def _folded_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in words)


@on_change
@cache
def _cues(language: str, cues: tuple[str, ...]) -> Any:
    from draftkit.lexicon import Lexicon

    return Lexicon(language, {"phrases": {"cue": list(cues)}})


def matches(cues: Sequence[str], text: str, language: str) -> bool:
    """Whether `text` holds one of the cue phrases (lexicon patterns, see `draftkit.lexicon`)."""
    return _matches(tuple(str(cue) for cue in cues), text, language)


#: Every draft of an incident asks the same topics' cues of the same incident texts: once.
@on_change
@lru_cache(maxsize=4096)
def _matches(cues: tuple[str, ...], text: str, language: str) -> bool:
    from draftkit.text import sentences, tokens

    found = _cues(language, cues)
    return any(found.find(tokens(sentence, language)) for sentence in sentences(text))


def topic(
    topics: Sequence[Mapping[str, Any]], texts: Iterable[str], language: str
) -> Mapping[str, Any] | None:
    """The first topic (what failed) whose cues the first text holds, else the next text."""
    for text in texts:
        for entry in topics:
            if matches(entry["cues"], text, language):
                return entry
    return None


def merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """`base` with `override`'s keys replaced, nested mappings merged key by key."""
    merged = dict(base)
    for key, value in override.items():
        inner = merged.get(key)
        both = isinstance(inner, Mapping) and isinstance(value, Mapping)
        merged[key] = merge(inner, value) if both else value  # type: ignore[arg-type]
    return merged
