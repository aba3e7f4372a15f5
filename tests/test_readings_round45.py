"""Readings learnt from the tuning45 and tuning46 rounds (and the third-party misses left from
tuning42), each checked on sentences written for this test (the textbook incidents of
test_checks), never on the corpus text that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from draftkit.checks import run_checks
from draftkit.draft_types import DraftContent
from draftkit.incident import Incident
from test_checks import CASES


def _incident(make_incident: Any, language: str, **changes: Any) -> Incident:
    return make_incident(**{**CASES[language][0], **changes})


def _failed(incident: Incident, language: str, **parts: str) -> list[str]:
    content = DraftContent(**{**CASES[language][1], **parts})
    return [c.name for c in run_checks(content, incident) if not c.passed]


# -- the follow-up told again, with its date, is our errand even "as you asked" ------------------


_FINDINGS = {"action": "Send you the written findings of our review", "by": "2026-11-28"}


def test_the_follow_up_restated_with_its_date_grants_nothing(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", follow_up=_FINDINGS)
    fix = (
        "We now check every shipped edition automatically. You will have our findings, in "
        "writing as you asked, no later than 28 November 2026."
    )
    assert _failed(incident, "en", fix=fix) == []


@pytest.mark.parametrize(
    "fix",
    [
        "We now check every shipped edition automatically. As you asked, you will have a full "
        "refund and our findings by 28 November 2026.",
        "We now check every shipped edition automatically. You will have our findings and, as "
        "you asked, a goodwill gesture by 28 November 2026.",
    ],
)
def test_a_grant_beside_the_follow_up_date_is_still_judged(make_incident: Any, fix: str) -> None:
    incident = _incident(make_incident, "en", follow_up=_FINDINGS)
    assert "approved_offers" in _failed(incident, "en", fix=fix)


# -- another party's failing, said as a charge -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I am sorry your students started without the right book; the bookshop's staff have let "
        "both of us down, and they know it.",
        "I am sorry for the three days without books; the people who built the ordering software "
        "have a lot to answer for.",
        "I am sorry your students waited three days while the courier took their time.",
        "I am sorry that a van its owners hadn't kept in working order cost your students three "
        "days of classes.",
    ],
)
def test_another_partys_failing_in_the_regret_is_blame(make_incident: Any, text: str) -> None:
    assert "no_blame" in _failed(_incident(make_incident, "en"), "en", regret=text)


def test_a_past_perfect_of_the_customer_is_no_blame(make_incident: Any) -> None:
    text = (
        "I am sorry your students started on 21 November without the right textbook, and that "
        "your staff had to find substitutes you had not planned for."
    )
    assert "no_blame" not in _failed(_incident(make_incident, "en"), "en", regret=text)


# -- a name the facts set beside a word for a firm, further off --------------------------------


def test_a_name_with_a_long_apposition_is_another_party(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "en",
        what_happened=(
            "On 18 November the order was held by Shelfwise, the school's official ordering "
            "company, and 240 copies of the 4th edition were sent instead of the 6th."
        ),
    )
    text = "We are sorry, but it was Shelfwise that held the order, and we are pressing them hard."
    assert "no_blame" in _failed(incident, "en", responsibility=text)


@pytest.mark.parametrize(
    ("language", "what_happened", "regret"),
    [
        (
            "es",
            "El 18 de noviembre el organizador, Feria Sonora, cambió las fechas de entrega y "
            "enviamos 240 ejemplares de la 4.ª edición en lugar de la 6.ª.",
            "Feria Sonora no nos avisó a tiempo del cambio y nos dejó sin forma de evitarlo.",
        ),
        (
            "ro",
            "Pe 18 noiembrie organizatorul, Târgul Carpatic, a mutat livrarea și am trimis "
            "ediția a 4-a în loc de a 6-a.",
            "Târgul Carpatic nu ne-a anunțat la timp schimbarea și ne-a lăsat fără nicio soluție.",
        ),
    ],
)
def test_an_organiser_named_in_the_facts_is_another_party(
    make_incident: Any, language: str, what_happened: str, regret: str
) -> None:
    incident = _incident(make_incident, language, what_happened=what_happened)
    assert "no_blame" in _failed(incident, language, regret=regret)
