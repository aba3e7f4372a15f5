"""Readings learnt in the round of tuning69, each checked on sentences written for this test
(the textbook incidents of test_checks), never on the corpus text that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- the time the harm took is no gift ------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "We regret that we failed you, and that you waited four extra days."),
        ("en", "Sorry: you went an extra week without a working line."),
        ("es", "Le fallamos, y sentimos que esperara cuatro días extra."),
        ("ro", "V-am dezamăgit și ne pare rău că ați așteptat patru zile suplimentare."),
    ],
)
def test_extra_days_the_customer_waited_are_no_free_offer(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "approved_offers" not in _failed(incident, language, regret=said)


def test_extra_months_we_add_after_the_wait_are_still_an_offer(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = "Sorry you waited four extra days; we will add two extra months to your plan."
    assert "approved_offers" in _failed(incident, "en", regret=said)


# -- a judging word denied clears the customer ----------------------------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("es", "Su exigencia no es en absoluto excesiva: lamentamos la semana sin servicio."),
        ("es", "Lo que usted pide no es desproporcionado; sentimos la semana sin servicio."),
        ("ro", "Cererea dumneavoastră nu este deloc exagerată; ne pare rău pentru acea săptămână."),
        ("ro", "Pretenția dumneavoastră nu este câtuși de puțin exagerată; ne pare rău."),
        ("en", "Your request is not at all excessive, and we are sorry for the lost week."),
    ],
)
def test_a_judging_word_denied_is_no_insult(make_incident: Any, language: str, said: str) -> None:
    incident = _incident(make_incident, language)
    assert "no_insults" not in _failed(incident, language, regret=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("es", "Exigir la devolución completa por esto es desproporcionado."),
        ("es", "No sea usted tan exagerado con este asunto."),
        ("es", "Tampoco es para tanto, la verdad."),
        ("en", "Demanding more for this is excessive."),
    ],
)
def test_a_judging_word_not_denied_is_still_an_insult(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_insults" in _failed(incident, language, regret=said)
