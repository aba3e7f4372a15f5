"""`language`: each part, and the whole draft, in the incident's language.

A real identifier decides (see `draftkit.langid`), part by part, so one paragraph in English
inside a Spanish draft fails, and a Portuguese draft is not taken for Spanish.
"""

from __future__ import annotations

from draftkit.checks.view import View, fail, verdict
from draftkit.draft_types import CONTENT_KEYS, Check
from draftkit.langid import foreign_language
from draftkit.languages import pack
from draftkit.prompt import language_name

#: A subject, greeting or closing is mostly names and titles: they are judged together.
_FRAMING = ("subject", "greeting", "closing")


def check(view: View) -> Check:
    """Each part, and the whole draft, in the incident's language, by a language identifier."""
    expected = pack(view.language).iso
    problems: list[str] = []
    parts: list[str] = []
    for key in (*(k for k in CONTENT_KEYS if k not in _FRAMING), _FRAMING):
        keys = key if isinstance(key, tuple) else (key,)
        text = "\n".join(getattr(view.content, k) for k in keys)
        found = foreign_language(text, expected)
        if found:
            named = "/".join(k for k in keys if getattr(view.content, k).strip())
            problems.append(
                f"{named}: written in {language_name(found)} ({found}), expected {expected}"
            )
            parts += [k for k in keys if getattr(view.content, k).strip()]
    whole = foreign_language(view.body, expected)
    if whole and len(parts) < 2:
        return fail(
            "language", [f"written in {language_name(whole)} ({whole}), expected {expected}"]
        )
    return verdict("language", problems, parts)
