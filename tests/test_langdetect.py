"""Language detection on short apology texts."""

from __future__ import annotations

import pytest

from draftkit.langdetect import detect_language, language_scores


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We are sorry that your order arrived late. This was our mistake.", "en"),
        ("Lamentamos que su pedido llegara tarde. Fue un error nuestro.", "es"),
        ("Ne pare rău că a întârziat comanda. A fost greșeala noastră.", "ro"),
        ("Ne pare rau ca a intarziat comanda. A fost greseala noastra.", "ro"),
        ("Hemos corregido el fallo de Microsoft Teams Connector en nuestra plataforma.", "es"),
        ("Am remediat problema din aplicația Ledgerly Payroll pentru echipa dvs.", "ro"),
    ],
)
def test_detects(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_scores_are_shares() -> None:
    scores = language_scores("This was our mistake and we own it.")
    assert set(scores) == {"en", "es", "ro"}
    assert scores["en"] > scores["es"] and scores["en"] > scores["ro"]
