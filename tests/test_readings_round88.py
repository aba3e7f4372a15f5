"""Readings learnt from the first contact with tuning88 (the brief of tuning87 with seven
faithful drafts per incident), each checked on sentences written for this test, never on the
corpus text."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from draftkit.amounts import money_in
from draftkit.checks import run_checks
from draftkit.draft_types import DraftContent
from draftkit.months import month_set
from test_checks import CASES
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident


def test_a_sum_in_pence_in_the_facts_is_the_facts_own(make_incident: Any) -> None:
    cause = "Our billing system rated 1,531 MB at the Rest of World rate of 40p per MB."
    incident = _incident(make_incident, "en", root_cause=cause)
    told = "We rated your data at 40p per MB instead of the EU rate."
    assert "approved_offers" not in _failed(incident, "en", explanation=told)


def test_a_year_before_a_month_is_no_day() -> None:
    said = "on your bills for November 2026, December 2026 and January 2027"
    assert month_set(said, "en") == {11, 12, 1}
    assert month_set("charged on 24 November", "en") == frozenset()


@pytest.mark.parametrize(
    ("text", "sums"),
    [
        ("reembolso de 2.460,00 € y 38,60 €", [Decimal("2460.00"), Decimal("38.60")]),
        ("los 96 soles con 50 que pagó", [Decimal("96.5")]),
        ("1.173 euros y 40 céntimos", [Decimal("1173.4")]),
    ],
)
def test_a_sum_written_with_its_cents_takes_no_more(text: str, sums: list[Decimal]) -> None:
    assert money_in(text, "es") == sums


@pytest.mark.parametrize(
    ("happened", "shown"),
    [
        ("Pe 22 noiembrie, trenul nostru IR 1735 a stat oprit trei ore.", False),
        ("Pe 22 noiembrie, rezervarea 1735 a stat blocată trei ore.", True),
    ],
)
def test_a_train_number_is_everyones(make_incident: Any, happened: str, shown: bool) -> None:
    incident = _incident(make_incident, "ro", channel="social", what_happened=happened)
    content = DraftContent(**{**CASES["ro"][1], "explanation": "Numărul 1735 a stat blocat."})
    found = [c.detail for c in run_checks(content, incident) if c.name == "social_privacy"]
    assert ('"1735"' in found[0]) is shown


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("Pornim azi retrimiterea cărții lipsă, pe 26 noiembrie.", False),
        ("Vă trimitem azi un alt exemplar, nou, al cărții.", True),
    ],
)
def test_a_remedys_act_done_again_is_that_remedy(
    make_incident: Any, said: str, offered: bool
) -> None:
    remedies = ["Trimiterea gratuită a cărții lipsă, cu livrare pe 26 noiembrie"]
    incident = _incident(make_incident, "ro", remedies=remedies)
    assert ("approved_offers" in _failed(incident, "ro", restore_value=said)) is offered


@pytest.mark.parametrize(
    ("said", "rude"),
    [
        ("Ne-ați întrebat cum am putut fi atât de neglijenți: am fost.", False),
        ("Reclamația dumneavoastră este cam exagerată.", True),
    ],
)
def test_the_judging_word_said_of_us_is_no_put_down(
    make_incident: Any, said: str, rude: bool
) -> None:
    incident = _incident(make_incident, "ro")
    assert ("no_insults" in _failed(incident, "ro", responsibility=said)) is rude


@pytest.mark.parametrize(
    ("remedy", "said", "offered"),
    [
        (
            "Returnarea a 50% din prețul manualelor, adică 650 de lei",
            "Vă rambursăm jumătate: 650 de lei.",
            False,
        ),
        (
            "Un voucher de 50% pentru următoarea comandă, valabil 6 luni",
            "Primiți un voucher pentru următoarea comandă la jumătate din preț, valabil 6 luni.",
            False,
        ),
        (
            "Un voucher de 50% pentru următoarea comandă, valabil 6 luni",
            "Primiți un voucher pentru următoarea comandă la jumătate din preț și 650 de lei.",
            True,
        ),
    ],
)
def test_a_share_given_back_or_off_is_its_kind(
    make_incident: Any, remedy: str, said: str, offered: bool
) -> None:
    incident = _incident(make_incident, "ro", remedies=[remedy])
    assert ("approved_offers" in _failed(incident, "ro", restore_value=said)) is offered


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("No les cobraremos nada por el mes de noviembre: les devolvemos la cuota.", False),
        ("No les cobraremos nada por el mes de diciembre: les devolvemos la cuota.", True),
    ],
)
def test_not_charging_what_is_refunded_whole_reads_its_clause(
    make_incident: Any, said: str, offered: bool
) -> None:
    remedies = ["Devolución íntegra de la cuota de noviembre, 410,00 €"]
    incident = _incident(make_incident, "es", remedies=remedies)
    assert ("approved_offers" in _failed(incident, "es", restore_value=said)) is offered


@pytest.mark.parametrize(
    ("said", "excused"),
    [
        ("Îmi pare rău; cu linia închisă de furnizor, nici noi nu am avut cum să vă ducem.", True),
        ("Îmi pare rău că nu v-am anunțat cum ar fi trebuit.", False),
    ],
)
def test_having_had_no_way_is_an_excuse(make_incident: Any, said: str, excused: bool) -> None:
    incident = _incident(make_incident, "ro")
    assert ("no_blame" in _failed(incident, "ro", regret=said)) is excused


@pytest.mark.parametrize(
    ("language", "said", "granted"),
    [
        ("es", "Nos pide una explicación y se la daremos completa.", False),
        ("ro", "Ne-ați cerut explicații în scris și vi le dăm mai jos.", False),
        ("es", "Nos pidió el reembolso total y se lo daremos.", True),
    ],
)
def test_information_asked_and_given_grants_no_remedy(
    make_incident: Any, language: str, said: str, granted: bool
) -> None:
    incident = _incident(make_incident, language)
    assert ("approved_offers" in _failed(incident, language, explanation=said)) is granted


def test_a_date_after_a_sentence_end_is_no_phone(make_incident: Any) -> None:
    incident = _incident(make_incident, "es")
    fix = (
        "Hemos añadido una comprobación automática antes de las 9:00. - 2026-11-28: "
        "confirmaremos que todos los alumnos tienen su libro."
    )
    assert "no_foreign_contacts" not in _failed(incident, "es", fix=fix)


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        (
            "Lamento que tuviera que dar explicaciones a su casero por algo que no era culpa suya.",
            False,
        ),
        ("Lamento que su casero no le avisara a tiempo.", True),
    ],
)
def test_not_your_fault_clears_the_customer(make_incident: Any, said: str, blamed: bool) -> None:
    incident = _incident(make_incident, "es")
    assert ("no_blame" in _failed(incident, "es", regret=said)) is blamed


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        ("You paid through the supplier and should not have had a notice at all.", False),
        ("The supplier really should have checked the notice.", True),
    ],
)
def test_should_have_after_and_goes_back_to_its_subject(
    make_incident: Any, said: str, blamed: bool
) -> None:
    incident = _incident(make_incident, "en")
    restored = f"You are right. {said} We are sending the 240 copies again at no cost."
    assert ("no_blame" in _failed(incident, "en", restore_value=restored)) is blamed


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        (
            "A change we made held back your result, and we had nothing in place to notice it.",
            False,
        ),
        ("The delay resulted from a supplier error.", True),
    ],
)
def test_a_result_is_no_cause_verb(make_incident: Any, said: str, blamed: bool) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", responsibility=said)) is blamed


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("One month of LearnLoop Plus has been credited to your account free of charge.", False),
        ("A £20 credit and one month of LearnLoop Plus have been added free of charge.", True),
    ],
)
def test_a_free_month_credited_is_the_free_month(
    make_incident: Any, said: str, offered: bool
) -> None:
    incident = _incident(
        make_incident, "en", remedies=["One month of LearnLoop Plus free of charge"]
    )
    assert ("approved_offers" in _failed(incident, "en", restore_value=said)) is offered
