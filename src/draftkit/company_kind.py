"""The company called by what it is: "the clinic" for Arcos Dental Clinic, "la clínica" for
Clínica Dental Arcos. Read as "we", so "the clinic failed you" owns the failure as "we failed
you" does (roles.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from draftkit.text import fold

#: Words at the end of a company's name that say nothing of what it is.
_LEGAL = frozenset({"ltd", "inc", "llc", "plc", "corp", "co", "gmbh", "sl", "sa", "srl", "sas"})


def by_kind(
    company: str, spec: object, we: str, our: str, function: frozenset[str]
) -> Callable[[str], str] | None:
    """A rewrite of the company called by what it is: "the clinic" for Arcos Dental Clinic,
    "la clínica" for Clínica Dental Arcos, "clinica" for Clinica Veterinară Lăbuța.

    The pack says which word of the name says what it is (`head`) and how a definite reference
    to it is written (`forms`); "another clinic" or "alt hotel" stays any clinic or hotel. A
    name whose head stands before "of" is called by that word as well: "the Institute" for
    Deccan Institute of Technology.
    """
    if not isinstance(spec, dict):
        return None
    words = [w for w in company.split() if w.isalpha() and fold(w) not in _LEGAL]
    if not words:
        return None
    heads = [words[-1] if spec.get("head") == "last" else words[0]]
    linked = [i for i, w in enumerate(words) if i > 0 and fold(w) in function]
    if spec.get("head") == "last" and linked:
        heads.append(words[linked[0] - 1])
    strip = str(spec.get("strip") or "(?!)")
    folded = [re.sub(strip, "", fold(head)) for head in heads]
    # the stem's vowel as its other forms write it: "școala", "a școlii"
    for was, becomes in spec.get("alternations") or []:
        folded += [
            f"{head[: head.rindex(was)]}{becomes}{head[head.rindex(was) + len(was) :]}"
            for head in list(folded)
            if was in head
        ]
    folded = [head for head in dict.fromkeys(folded) if len(head) >= 4 and head not in function]
    if not folded:
        return None
    # Match the head as written, accents or not: "clínica" and "clinica".
    spelled = "|".join(_spelled(head) for head in folded)
    rules = [
        (
            re.compile(rf"(?<![\w-]){form.format(f'(?:{spelled})')}(?![\w-])", re.IGNORECASE),
            into.format(we=we, our=our),
        )
        for form, into in spec.get("forms") or []
    ]
    # the whole word a head's ending becomes in another case, not a stem for every ending:
    # "a pensiunii" for Pensiunea (not "servicii" for a car Service)
    oblique = [
        head[: -len(ending)] + becomes
        for head in folded
        for ending, becomes in spec.get("oblique") or []
        if head.endswith(ending)
    ]
    if oblique:
        words_in = "|".join(_spelled(word) for word in oblique)
        rules.append((re.compile(rf"(?<![\w-])(?:{words_in})(?![\w-])", re.IGNORECASE), we))

    def rewrite(text: str) -> str:
        for rule, into in rules:
            text = rule.sub(into, text)
        return text

    return rewrite


def _spelled(head: str) -> str:
    """A folded word as a pattern that matches it as written, accents or not."""
    return "".join(f"[{c}{_ACCENTED.get(c, '')}]" if c.isalpha() else re.escape(c) for c in head)


#: The accented letters each plain letter of a folded head may be written as.
_ACCENTED = {
    "a": "áàâäăã",
    "e": "éèêë",
    "i": "íìîï",
    "o": "óòôö",
    "u": "úùûü",
    "n": "ñ",
    "s": "șş",
    "t": "țţ",
    "c": "ç",
}


@lru_cache(maxsize=4096)
def as_we(remedy: str, company: str, we: str) -> str:
    """ "…por un carpintero, a cargo de Mudanzas Ribera": the company's own name in a remedy is
    who pays, as "we" is, never part of what the remedy covers."""
    if not company.strip():
        return remedy
    return re.sub(rf"(?<![\w-]){re.escape(company.strip())}(?:'s|’s)?(?![\w-])", we, remedy)
