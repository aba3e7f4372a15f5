"""Typed approved offers: remedies read into kinds and figures; restatements pass, more fails."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from conftest import BASE_INCIDENT, GOOD_DRAFT
from draftkit.checks import run_checks
from draftkit.draft_types import DraftContent
from draftkit.incident import Incident
from draftkit.offers import approved

MakeIncident = Callable[..., Incident]


def test_remedies_are_read_into_kinds_amounts_and_periods(make_incident: MakeIncident) -> None:
    incident = make_incident(
        remedies=[
            "A refund of one month of your subscription (EUR 1,450)",
            "A 15% discount on your next order",
            "A $10.00 credit on your account, valid for 30 days",
        ]
    )
    terms = approved(incident)
    assert {"refund", "discount", "credit"} <= terms.kinds
    assert {Decimal("1450"), Decimal("10")} <= terms.amounts
    assert Decimal("15") in terms.percents
    assert {Decimal("30")} <= terms.periods  # one month and 30 days are both 30 days


def test_only_remedies_approve(make_incident: MakeIncident) -> None:
    incident = make_incident(
        impact="The customer asked for a full refund and a voucher.",
        remedies=["A manual check of every order"],
    )
    assert approved(incident).kinds == frozenset()


def offers(incident: Incident, restore_value: str, **parts: str) -> list[str]:
    content = DraftContent(**{**GOOD_DRAFT, "restore_value": restore_value, **parts})
    check = run_checks(content, incident)[1]
    assert check.name == "approved_offers"
    return [] if check.passed else [check.detail]


@pytest.mark.parametrize(
    "restore_value",
    [
        "We will reimburse the difference of EUR 1.450,00 to your card.",
        "You will get 1450 euros back on the card you paid with, within 5 business days.",
        "We are refunding a month of your subscription, EUR 1,450.",
    ],
)
def test_restatements_of_an_approved_refund_pass(
    make_incident: MakeIncident, restore_value: str
) -> None:
    incident = make_incident(remedies=["A refund of one month of your subscription (EUR 1,450)"])
    assert offers(incident, restore_value) == []


@pytest.mark.parametrize(
    "restore_value",
    [
        "We will refund EUR 2,900, two months of your subscription.",
        "We will also send you EUR 500 for the trouble.",
        "We are waiving your December invoice as well.",
        "On top of the refund, your next order is on the house.",
        "We will refund EUR 1,450 and cover any further costs you incur.",
    ],
)
def test_anything_beyond_the_approved_refund_fails(
    make_incident: MakeIncident, restore_value: str
) -> None:
    incident = make_incident(remedies=["A refund of one month of your subscription (EUR 1,450)"])
    assert offers(incident, restore_value)


def test_a_word_from_the_fixes_is_not_an_offer_by_itself(make_incident: MakeIncident) -> None:
    incident = make_incident(
        remedies=["A replacement unit sent by express courier"],
        fixes=[*BASE_INCIDENT["fixes"], "A weekly audit of every voucher issued by the shop"],
    )
    assert offers(incident, "We are sending a replacement unit by express courier.") == []
    content = DraftContent(
        **{
            **GOOD_DRAFT,
            "restore_value": "We are sending a replacement unit by express courier.",
            "fix": "We now audit every voucher the shop issues, each week.",
        }
    )
    assert run_checks(content, incident)[1].passed


def test_a_fact_the_incident_states_is_not_an_offer(make_incident: MakeIncident) -> None:
    incident = make_incident(
        what_happened="Your refund request of 3 May was declined by our system by mistake.",
        remedies=["A voucher of EUR 20"],
    )
    content = DraftContent(
        **{
            **GOOD_DRAFT,
            "restore_value": "We are sending you a voucher of EUR 20.",
            "explanation": "Our system declined your refund request of 3 May by mistake.",
        }
    )
    assert run_checks(content, incident)[1].passed


def test_the_price_left_after_an_approved_discount_restates_it(
    make_incident: MakeIncident,
) -> None:
    incident = make_incident(remedies=["A 20% discount on the EUR 65 service (EUR 13)"])
    assert offers(incident, "The service will cost you EUR 52 instead of EUR 65.") == []
    assert offers(incident, "The service will cost you EUR 45 instead of EUR 65.")


def test_a_compound_period_in_a_remedy_approves_the_period(make_incident: MakeIncident) -> None:
    incident = make_incident(
        remedies=["A payment of EUR 900, the extra interest of the two-year fix"]
    )
    assert Decimal("730") in approved(incident).periods
    said = "We will pay you EUR 900, the extra interest across the two fixed years."
    assert offers(incident, said) == []


def test_at_our_expense_approves_saying_it_is_free(make_incident: MakeIncident) -> None:
    incident = make_incident(remedies=["Repair of the table by a carpenter at our expense"])
    assert offers(incident, "A carpenter will repair the table free of charge.") == []


def test_a_fix_restated_in_other_inflections_offers_nothing(make_incident: MakeIncident) -> None:
    incident = make_incident(
        remedies=["A refund of EUR 20"],
        fixes=["The app now resends each answer automatically when the server does not confirm it"],
    )
    content = DraftContent(
        **{
            **GOOD_DRAFT,
            "restore_value": "We are refunding the EUR 20.",
            "fix": "Answers now go out with automatic resending when the server fails to confirm.",
        }
    )
    assert run_checks(content, incident)[1].passed


@pytest.mark.parametrize(
    "restore_value",
    [
        "We will refund EUR 1,450 and give you as many lessons as you need.",
        "We will refund EUR 1,450 and add all the sessions you may need.",
    ],
)
def test_as_many_as_the_customer_needs_is_open_ended(
    make_incident: MakeIncident, restore_value: str
) -> None:
    incident = make_incident(remedies=["A refund of one month of your subscription (EUR 1,450)"])
    assert offers(incident, restore_value)


@pytest.mark.parametrize(
    ("language", "remedy", "restated", "more"),
    [
        (
            "en",
            "Five free driving lessons of 45 minutes before your test",
            "You will have five free 45-minute lessons before the test.",
            "You will have ten free lessons before the test.",
        ),
        (
            "es",
            "Cinco clases prácticas de 45 minutos sin coste",
            "Le damos 5 clases prácticas sin coste.",
            "Le damos diez clases prácticas sin coste.",
        ),
        (
            "ro",
            "Trei ședințe de consiliere gratuite",
            "Vă oferim trei ședințe de consiliere gratuite.",
            "Vă oferim șase ședințe de consiliere gratuite.",
        ),
    ],
)
def test_how_many_of_a_thing_a_remedy_gives_is_approved(
    make_incident: MakeIncident, language: str, remedy: str, restated: str, more: str
) -> None:
    from test_checks import CASES, ES, RO

    overrides = {"en": {}, "es": ES, "ro": RO}[language]
    incident = make_incident(**{**overrides, "remedies": [remedy]})
    _, good = CASES[language]

    def passes(text: str) -> bool:
        return run_checks(DraftContent(**{**good, "restore_value": text}), incident)[1].passed

    assert passes(restated)
    assert not passes(more)


def test_an_approved_share_may_be_stated_as_the_sum_it_takes_off(
    make_incident: MakeIncident,
) -> None:
    incident = make_incident(remedies=["25% off your treatment fee of £620.00"])
    assert offers(incident, "We will take a quarter off your fee, which means £155 off.") == []
    assert offers(incident, "We will take £200 off your fee of £620.00.")


def test_a_remedy_extending_a_period_approves_the_years_it_adds(
    make_incident: MakeIncident,
) -> None:
    incident = make_incident(remedies=["Your 10-year workmanship warranty extended to 12 years"])
    said = "We will add two years to your workmanship warranty, 12 years instead of 10."
    assert offers(incident, said) == []
    assert offers(incident, "We will add five years to your workmanship warranty.")


def test_how_often_is_no_period_on_offer(make_incident: MakeIncident) -> None:
    incident = make_incident(remedies=["A remote check of your system every month for 6 months"])
    assert offers(incident, "We will check your system remotely once a month for six months.") == []


def test_what_the_customer_had_to_do_is_no_offer(make_incident: MakeIncident) -> None:
    incident = make_incident(remedies=["A refund of the EUR 14.85 for the missing items"])
    lived = "Sorry you had to head back out to the store at 8pm to replace them for dinner."
    assert offers(incident, lived) == []
    assert offers(incident, "Sorry you had to wait; we will replace them for free.")


def test_what_the_customer_had_to_do_is_read_in_romanian_too(make_incident: MakeIncident) -> None:
    incident = make_incident(
        language="ro", remedies=["Rambursarea celor 64 de lei plătiți pentru taxi"]
    )
    restated = "Vă rambursăm cei 64 de lei plătiți pentru taxi."
    lived = "Îmi pare rău că a trebuit să înlocuiți singur piesa în seara aceea."
    assert offers(incident, restated, regret=lived) == []
    ours = "Îmi pare rău; a trebuit să vă înlocuim piesa gratuit."
    assert offers(incident, restated, regret=ours)


def test_what_is_still_investigated_is_no_offer(make_incident: MakeIncident) -> None:
    incident = make_incident(remedies=["A refund of the EUR 14.85 for the missing items"])
    hedged = "We are still investigating why the estimate replaced your meter reading."
    assert offers(incident, hedged) == []
    # an offer before the hedge, in its own clause, is still an offer
    both = "We will replace the meter for free, and we are still investigating why it failed."
    assert offers(incident, both)
    # the question investigated ends at "and" or a future: what follows is offered
    after = "We are still investigating why it failed and will replace the meter for free."
    assert offers(incident, after)


@pytest.mark.parametrize(
    ("language", "remedy", "restated", "extra"),
    [
        (
            "es",
            "Reparación del ropero de cedro por un carpintero, a nuestro cargo",
            "Un carpintero reparará el ropero de cedro, con todos los gastos a nuestro cargo.",
            # costs with an object of their own are not the remedy's
            "Reparamos el ropero de cedro y le pagamos todos los gastos del hotel.",
        ),
        (
            # two words of what the remedy pays for name it: "ale colegului" for "ale invitatului"
            "ro",
            "Acoperirea cheltuielilor medicale documentate ale invitatului afectat",
            "Acoperim toate cheltuielile medicale documentate ale colegului ajuns la spital.",
            "Acoperim toate cheltuielile colegului care a ajuns la spital.",
        ),
    ],
)
def test_costs_of_a_remedy_we_pay_in_full_are_bounded_by_it(
    make_incident: MakeIncident, language: str, remedy: str, restated: str, extra: str
) -> None:
    incident = make_incident(language=language, remedies=[remedy])
    assert offers(incident, restated) == []
    assert offers(incident, extra)


def test_a_fix_restated_with_another_offer_word_offers_nothing(
    make_incident: MakeIncident,
) -> None:
    incident = make_incident(
        language="ro",
        remedies=["O reducere de 15% la factura pentru noiembrie"],
        fixes=["Când o echipă rămâne incompletă, coordonatorul trimite un om de rezervă"],
    )
    restated = "De acum, când echipa e incompletă, coordonatorul trimite un înlocuitor."
    assert offers(incident, "Vă reducem factura cu 15%.", fix=restated) == []
    # the same word in the restore_value part is an offer
    assert offers(incident, "Vă trimitem un înlocuitor pentru mașina de spălat.")


def test_a_share_off_a_price_approves_free_only_as_itself(make_incident: MakeIncident) -> None:
    incident = make_incident(
        remedies=[
            "20% off your moving fee of £1,240.00",
            "Repair of your dining table by our restorer, collected and returned by us",
        ]
    )
    extra = "Our crew will also come back to assemble the wardrobe, free of charge."
    assert any("only discount" in p for p in offers(incident, extra))
    restated = "Your moving fee drops by a fifth, and the dining table repair costs you nothing."
    assert not any("only discount" in p for p in offers(incident, restated))
    # what happened, told in the explanation, gives nothing
    told = "The van stayed an extra day at the depot."
    assert not any("only discount" in p for p in offers(incident, restated, explanation=told))


@pytest.mark.parametrize(
    ("language", "remedies", "extra", "restated"),
    [
        (
            "en",
            ["One night in a river-view room, free of charge, on a date you choose"],
            "As a small gesture, we will also waive the cost of your spa visit.",
            "Your river-view room is ours to give you for one night, on the date you pick.",
        ),
        (
            "es",
            ["Una clase de reposición de 60 minutos, sin costo"],
            "Y cuando vuelvan a mudarse, el camión corre por nuestra cuenta.",
            "Le damos una clase de reposición gratis, de una hora.",
        ),
        (
            "ro",
            ["O verificare gratuită a centralei, făcută de un tehnician"],
            "Vă oferim gratuit și un abonament la revista noastră.",
            "Un tehnician vă verifică centrala, fără niciun cost.",
        ),
    ],
)
def test_something_free_beside_a_free_remedy_must_name_a_remedy(
    make_incident: MakeIncident, language: str, remedies: list[str], extra: str, restated: str
) -> None:
    incident = make_incident(language=language, remedies=remedies)
    assert any("no remedy names" in p for p in offers(incident, extra))
    assert offers(incident, restated) == []


def test_a_gift_beside_an_approved_sum_is_still_judged(make_incident: MakeIncident) -> None:
    incident = make_incident(
        language="es",
        remedies=["15 € de descuento en el cambio de batería", "Un móvil de préstamo"],
    )
    gift = "Tienes 15 € de descuento en la batería y te regalamos una funda nueva."
    assert any("only discount" in p for p in offers(incident, gift))
    assert offers(incident, "Tienes 15 € de descuento en el cambio de batería.") == []


def test_sums_in_other_currencies_are_read(make_incident: MakeIncident) -> None:
    incident = make_incident(remedies=["Two weeks' rent on room B-118 waived (A$598.00)"])
    assert offers(incident, "We are not charging rent on B-118 for two weeks, which is $598.") == []
    es = make_incident(language="es", remedies=["Pago de los intereses, COP 187.400"])
    assert offers(es, "Asumimos también los $187.400 de intereses.") == []
    assert offers(es, "Asumimos también los $287.400 de intereses.")


@pytest.mark.parametrize(
    ("language", "remedy", "said", "longer", "period"),
    [
        # the first year is a year
        (
            "es",
            "Retiro y devolución gratuitos del auto en cada mantención el primer año",
            "Durante los primeros 12 meses, el retiro del auto en cada mantención es gratuito.",
            "Durante 24 meses, el retiro del auto en cada mantención es gratuito.",
            "24 month",
        ),
        # "50% off for December 2026 and January 2027" lasts two months
        (
            "ro",
            "O reducere de 50% la abonament pentru decembrie 2026 și ianuarie 2027",
            "Vă oferim o reducere de 50% la abonament pentru următoarele două luni.",
            "Vă oferim o reducere de 50% la abonament pentru trei luni.",
            "3 month",
        ),
    ],
)
def test_a_remedys_period_restated_passes_and_a_longer_one_is_more(
    make_incident: MakeIncident, language: str, remedy: str, said: str, longer: str, period: str
) -> None:
    incident = make_incident(language=language, remedies=[remedy])
    assert offers(incident, said) == []
    assert any(period in p for p in offers(incident, longer))


def test_a_day_to_choose_is_no_period(make_incident: MakeIncident) -> None:
    incident = make_incident(remedies=["A guided tour for two, at no charge, on a date you choose"])
    assert (
        offers(incident, "We would like to host you both on a guided tour, on a day you choose.")
        == []
    )


def test_a_fact_recalled_in_round_figures_is_no_offer(make_incident: MakeIncident) -> None:
    incident = make_incident(
        language="es",
        impact="Se le cobraron $15.120 en lugar de los $1.400 de su trayecto.",
        remedies=["Devolución de los $13.720 cobrados de más"],
    )
    told = "Lamentamos que un trayecto de 20 minutos le costara más de quince mil pesos."
    assert offers(incident, "Le devolvemos los $13.720.", regret=told) == []
    # the same sum offered is judged as an offer
    assert offers(incident, "Le devolvemos más de quince mil pesos.")


_FOR_LATER = {
    "en": (
        ["Two replacement vials sent today, free of charge", "A refund of the £74.50 vet bill"],
        "We'll refund the £74.50 vet bill, and your next repeat order ships free too.",
        "We'll refund the £74.50 vet bill, and the two vials come free, within the next 2 days.",
    ),
    "es": (
        ["Reimpresión de los catálogos sin coste", "Devolución de los 64,90 € del envío"],
        "Os devolvemos los 64,90 € y, a partir de ahora, vuestros envíos corren de nuestra cuenta.",
        "Os devolvemos los 64,90 € y reimprimimos los catálogos sin coste en los próximos 3 días.",
    ),
    "ro": (
        ["Verificarea gratuită a instalației", "Rambursarea manoperei de 480 de lei"],
        "Vă rambursăm cei 480 de lei, iar revizia de anul viitor v-o facem gratuit.",
        "Vă rambursăm cei 480 de lei și vă verificăm gratuit instalația în următoarele 5 zile.",
    ),
}


@pytest.mark.parametrize("language", sorted(_FOR_LATER))
def test_something_for_later_needs_a_remedy_for_later(
    make_incident: MakeIncident, language: str
) -> None:
    """ "Your next order ships free": a gift for a later purchase or visit is a new offer,
    whatever is free today; "within the next 2 days" is a period, not a later purchase."""
    remedies, later, period = _FOR_LATER[language]
    incident = make_incident(language=language, remedies=remedies)
    assert not approved(incident).later
    assert any("for later" in problem for problem in offers(incident, later))
    assert not any("for later" in problem for problem in offers(incident, period))
    # a remedy for the next order approves one
    incident = make_incident(language=language, remedies=[*remedies, later])
    assert approved(incident).later
    assert not any("for later" in problem for problem in offers(incident, later))


@pytest.mark.parametrize(
    ("language", "restore_value"),
    [
        ("en", "I've also bumped you up to the faster package for the trouble."),
        ("es", "Además, le pasamos sin coste a la tarifa superior."),
        ("ro", "În plus, vă trecem fără cost pe pachetul cu hidroterapie."),
    ],
)
def test_a_move_to_a_better_package_is_an_upgrade(
    make_incident: MakeIncident, language: str, restore_value: str
) -> None:
    incident = make_incident(language=language, remedies=["EUR 40"])
    assert any("upgrade" in problem for problem in offers(incident, restore_value))


def test_any_request_to_come_is_no_request_reported(make_incident: MakeIncident) -> None:
    """ "Cualquier servicio que nos pida": not what the customer asked, so what the sentence
    gives is judged as given."""
    incident = make_incident(language="es", remedies=["Devolución de los 155,00 € cobrados de más"])
    text = "Durante un año tendrá un 10 % de descuento en cualquier servicio que nos pida."
    assert any("10%" in problem for problem in offers(incident, text))


@pytest.mark.parametrize(
    ("language", "remedy", "restore_value"),
    [
        (
            "en",
            "A replacement phone, sent by express courier",
            "A new handset is on its way to you by express courier, at no cost.",
        ),
        (
            "es",
            "Un teléfono de sustitución, enviado por mensajería urgente",
            "Le enviamos hoy un terminal nuevo por mensajería urgente, sin coste.",
        ),
        (
            "ro",
            "Un telefon de înlocuire, trimis prin curier rapid",
            "Vă trimitem azi un aparat nou prin curier rapid, fără cost.",
        ),
    ],
)
def test_a_replacement_said_to_be_free_restates_it(
    make_incident: MakeIncident, language: str, remedy: str, restore_value: str
) -> None:
    """A replacement is never charged: "at no cost" beside it restates the remedy."""
    incident = make_incident(language=language, remedies=[remedy])
    assert offers(incident, restore_value) == []
    # free, but something else: still not approved
    other = {
        "en": "A month of service is free.",
        "es": "Un mes de servicio gratis.",
        "ro": "O lună de serviciu gratuită.",
    }[language]
    assert offers(incident, other)


@pytest.mark.parametrize(
    ("language", "remedy", "restore_value"),
    [
        ("es", "Dos semanas de servicio gratis", "Tendrá quince días de servicio sin coste."),
        (
            "ro",
            "Șase luni de abonament gratuit",
            "Vă oferim o jumătate de an de abonament gratuit.",
        ),
        ("en", "Two weeks of free service", "You'll have a fortnight of service at no charge."),
    ],
)
def test_a_period_said_another_way_is_the_same_period(
    make_incident: MakeIncident, language: str, remedy: str, restore_value: str
) -> None:
    incident = make_incident(language=language, remedies=[remedy])
    assert offers(incident, restore_value) == []


def test_an_approved_sum_written_out_names_the_offer(make_incident: MakeIncident) -> None:
    """ "Descontaremos veinticuatro mil cuatrocientos cincuenta pesos" for a credit of $ 24.450:
    the sum, written out, says which remedy the verb restates."""
    incident = make_incident(
        language="es", remedies=["Un crédito del 50 % de la cuota ($ 24.450), en diciembre"]
    )
    text = "En diciembre descontaremos veinticuatro mil cuatrocientos cincuenta pesos."
    assert offers(incident, text) == []
    assert offers(incident, "En diciembre descontaremos treinta mil pesos.")


def test_a_remedy_stating_a_sum_gives_money_whatever_its_noun(make_incident: MakeIncident) -> None:
    """ "La devolución de la sesión, 48,00 €": a remedy is an offer, and a sum makes it money."""
    incident = make_incident(language="es", remedies=["La devolución de la sesión, 48,00 €"])
    assert offers(incident, "Le reintegraremos el importe de la sesión, 48 euros.") == []


def test_a_remedy_for_a_named_month_approves_a_month(make_incident: MakeIncident) -> None:
    incident = make_incident(remedies=["Your $9.50 monthly membership fee waived for December"])
    assert (
        offers(incident, "We're waiving one month of dues, so no $9.50 charge in December.") == []
    )
    assert offers(incident, "We're waiving two months of dues.")


def test_a_sum_recalled_in_whole_units_is_no_offer(make_incident: MakeIncident) -> None:
    """ "The extra $67 you had to pay" for $67.37, where nothing is given; a $15 credit where
    $14.85 is refunded is still more than approved."""
    incident = make_incident(
        remedies=["A refund of the $14.85 charged", "A $10.00 credit on your account"]
    )
    regret = "I'm sorry for the extra $14 you had to pay."
    restore = "We've refunded the $14.85 and added a $10.00 credit to your account."
    assert offers(incident, restore, regret=regret) == []
    assert offers(incident, "I've refunded the $14.85, and here is a $15.00 credit.")


def test_all_of_a_full_refund_may_be_given_as_a_percentage(make_incident: MakeIncident) -> None:
    """ "El 100 % de la reserva" restates "Reembolso total de la reserva"; with only a share
    approved, 100% is more than the remedies give."""
    full = make_incident(language="es", remedies=["Reembolso total de la reserva: 1.386.000 COP"])
    said = "Le reembolsamos el 100 % de la reserva."
    assert offers(full, said) == []
    share = make_incident(language="es", remedies=["Reembolso del 50 % de la reserva"])
    assert any("100%" in p for p in offers(share, said))


def test_free_in_the_explanation_tells_what_happened(make_incident: MakeIncident) -> None:
    """ "The car was back and free for your collection": available, not given."""
    incident = make_incident(remedies=["25% off the rental charge of £600.00, i.e. £150 back"])
    told = "As far as the system knew, the car was back and free for your collection."
    assert offers(incident, "We will take 25% off your £600.00 rental.", explanation=told) == []


def test_a_date_approves_no_month(make_incident: MakeIncident) -> None:
    """A month named as the day of a charge is no free month: "we are extending your
    subscription by a whole month, free" is more than they approve."""
    remedy = "Refund of the sums charged by mistake on 24 November"
    incident = make_incident(remedies=[remedy, "Your subscription extended by 7 days, free"])
    extended = "We are extending your subscription by a whole month, free of charge."
    assert any("1 month" in p for p in offers(incident, extended))
    waived = make_incident(remedies=["Your December fee waived"])
    assert offers(waived, "You will not pay anything for a month.") == []


def test_one_word_of_a_money_remedy_names_what_is_refunded_whole(
    make_incident: MakeIncident,
) -> None:
    incident = make_incident(
        language="es",
        remedies=[
            "Devolución de la tarifa del envío: S/ 18.50",
            "20 % de descuento durante un mes",
        ],
    )
    assert offers(incident, "Le reembolsamos íntegro lo que pagó por ese envío.") == []
    assert offers(incident, "Le reembolsamos íntegro lo que pagó por el seguro.")


@pytest.mark.parametrize(
    ("remedy", "said", "more"),
    [
        (
            "50% off your fee for November",
            "We are taking 50% off your fee for November.",
            "We are taking 50% off your fee for November and December.",
        ),
        (
            "Trei luni de monitorizare fără cost, din decembrie 2026 până în februarie 2027",
            "Monitorizarea în decembrie, ianuarie și februarie este gratuită.",
            "Monitorizarea în decembrie, ianuarie, februarie și martie este gratuită.",
        ),
    ],
)
def test_months_named_beyond_the_remedies_are_more(
    make_incident: MakeIncident, remedy: str, said: str, more: str
) -> None:
    """Months a draft names are given: a remedy names them, spans them ("din decembrie până în
    februarie") or dates within them; one month more is more than approved."""
    language = "en" if remedy.startswith("50%") else "ro"
    incident = make_incident(language=language, remedies=[remedy])
    assert not any("months" in p for p in offers(incident, said))
    assert any("months, more" in p for p in offers(incident, more))


def test_a_month_a_remedy_dates_is_named_by_it(make_incident: MakeIncident) -> None:
    """ "Până la 31 ianuarie 2027" lets a draft say "până la sfârșitul lui ianuarie"."""
    incident = make_incident(
        language="ro",
        remedies=[
            "O reducere de 30% la abonament pentru luna decembrie 2026",
            "Sala fără cost, 4 ore, la o dată aleasă până la 31 ianuarie 2027",
        ],
    )
    said = (
        "Abonamentul pe decembrie va fi facturat cu 30% mai puțin, iar sala o folosiți fără "
        "plată patru ore, până la sfârșitul lui ianuarie."
    )
    assert not any("months" in p for p in offers(incident, said))
    assert any("months, more" in p for p in offers(incident, said.replace("ianuarie", "martie")))


@pytest.mark.parametrize(
    ("language", "remedy", "whole", "restated"),
    [
        (
            "en",
            "25% off the seven-day rental charge of £600.00",
            "We are refunding your rental charge in full.",
            "We are taking 25% off your £600.00 rental charge.",
        ),
        (
            "es",
            "Reembolso del 30 % del costo de la mudanza",
            "Le devolvemos el total de lo que pagó por la mudanza.",
            "Le devolvemos el 30 % del costo de la mudanza.",
        ),
    ],
)
def test_a_share_restated_whole_enlarges_it(
    make_incident: MakeIncident, language: str, remedy: str, whole: str, restated: str
) -> None:
    incident = make_incident(language=language, remedies=[remedy])
    assert any("enlarges" in p for p in offers(incident, whole))
    assert offers(incident, restated) == []


def test_a_fix_restated_enlarges_no_offer(make_incident: Callable[..., Incident]) -> None:
    """ "Înainte de a tipări întreaga comandă, vă trimitem o fotografie": the fix's own step, its
    "whole order" no offer enlarged; the whole order sent free is one."""
    incident = make_incident(
        language="ro",
        remedies=["Retipărirea gratuită a celor 60 de tricouri cu macheta aprobată"],
        fixes=[
            "Înainte de a tipări toată comanda, trimitem clientului o fotografie a primului tricou"
        ],
    )
    reprint = "Retipărim gratuit cele 60 de tricouri, cu macheta aprobată."
    step = "Înainte de a tipări întreaga comandă, vă trimitem o fotografie a primului tricou."
    assert offers(incident, reprint, fix=step) == []
    assert offers(incident, reprint, fix="Vă rambursăm întreaga comandă.")


def test_a_share_beside_an_approved_sum_is_still_judged(make_incident: MakeIncident) -> None:
    """ "Le devolvemos los 45,00 € … y un 20 % de descuento" for an approved 15 %: the approved
    sum restates its own remedy, not the share; 20 is a fact's day ("desde el 20 de noviembre"),
    not a share the facts state."""
    incident = make_incident(
        language="es",
        remedies=["Devolución de los 45,00 € de la consulta", "Un 15 % de descuento en la cirugía"],
        fixes=["Desde el 20 de noviembre, recepción confirma cada cita por teléfono"],
    )
    text = "Le devolvemos los 45,00 € de la consulta y un {} % de descuento en la cirugía."
    fix = "Desde el 20 de noviembre, recepción confirma cada cita por teléfono."
    assert offers(incident, text.format(15), fix=fix) == []
    assert offers(incident, text.format(20), fix=fix)


def test_a_lasting_remedy_restated_with_a_longer_period_is_caught(
    make_incident: MakeIncident,
) -> None:
    """ "Tendrá asignada una gestora de siniestros durante todo el próximo año" for six months:
    no offer word, but the remedy named again, for longer."""
    incident = make_incident(
        language="es",
        remedies=["Una gestora de siniestros asignada a su póliza durante 6 meses"],
        fixes=["Toda reclamación tiene ahora una persona responsable asignada el mismo día"],
    )
    said = "Además, tendrá asignada una gestora de siniestros durante {}."
    fix = "Toda reclamación tiene ahora una persona responsable asignada el mismo día."
    assert offers(incident, said.format("los próximos seis meses"), fix=fix) == []
    assert offers(incident, said.format("todo el próximo año"), fix=fix)


def test_a_remedy_for_the_difference_said_whole_is_more(make_incident: MakeIncident) -> None:
    """ "Returnarea diferenței de preț": a part of the price by name; the difference in full
    restates it, the whole price is more."""
    incident = make_incident(
        language="ro",
        remedies=["Returnarea diferenței de preț de 50 de lei, pe cardul folosit la plată"],
    )
    assert offers(incident, "Vă returnăm integral diferența de preț, pe card.") == []
    assert offers(incident, "Vă returnăm integral prețul biletelor, pe card.")


def test_a_closing_that_gives_in_so_many_words_is_judged(make_incident: MakeIncident) -> None:
    """A closing names what the letter gave; one that gives ("y para compensarte, la próxima
    función corre por nuestra cuenta") is judged like any offer."""
    incident = make_incident(language="es", remedies=["Devolución de los 95 € cobrados de más"])
    refund = "Le devolvemos los 95 € cobrados de más."
    named = "Con la devolución en marcha, un saludo cordial, Facundo"
    given = "Y para compensarte, la próxima función que elijas corre por nuestra cuenta. Facundo"
    assert offers(incident, refund, closing=named) == []
    assert offers(incident, refund, closing=given)


@pytest.mark.parametrize(
    ("language", "remedies", "faithful", "more"),
    [
        # a new thing given free is also a replacement
        (
            "en",
            ["A new crown for the correct tooth, made and fitted at no charge"],
            "We will make and fit a replacement crown for the correct tooth at no cost to you.",
            "We will also refund the £300 you paid for the first crown.",
        ),
        # every late fee of a kind, approved as such
        (
            "en",
            ["Cancellation of the $275.00 charge and of any late fee linked to it"],
            "The $275.00 charge and any related late fee are cancelled.",
            "We will also cover any other costs this caused you.",
        ),
        # a fraction between two of a remedy's sums approves that share
        (
            "en",
            ["A refund of LKR 60,000, half of the LKR 120,000 charter fee"],
            "You will receive LKR 60,000 back (50% of the LKR 120,000 you paid).",
            "You will receive 60% of the LKR 120,000 you paid.",
        ),
        # "at our expense" may mean free: the remedy said before it, in two of its words
        (
            "ro",
            ["Refacerea celor 3 coroane din zirconiu în nuanța corectă, fără niciun cost"],
            "Cele trei coroane vor fi refăcute în nuanța potrivită pe cheltuiala noastră.",
            "Și această comandă, întreagă, este pe cheltuiala noastră.",
        ),
        # "the cost" paid after the thing it is the cost of
        (
            "ro",
            ["Recuperarea datelor de pe laptop la un service specializat, pe cheltuiala noastră"],
            "Trimitem laptopul la un service pentru recuperarea datelor și achităm noi costul.",
            "Trimitem laptopul la un service și vă plătim și 500 de lei pentru neplăceri.",
        ),
        # hours count where a remedy gives hours; three quarters of an hour are 45 minutes
        (
            "en",
            ["A free 4-hour replacement charter for up to 6 guests"],
            "A replacement charter of four hours for up to six guests, at no charge.",
            "A replacement charter of 6 hours for up to six guests, at no charge.",
        ),
        (
            "es",
            ["Una sesión de valoración gratuita de 45 minutos con nuestro fisioterapeuta jefe"],
            "Nuestro fisioterapeuta jefe le hará una valoración de tres cuartos de hora sin cargo.",
            "Nuestro fisioterapeuta jefe le hará una valoración de dos horas sin cargo.",
        ),
        # the months of a lasting remedy named again, with no offer word
        (
            "ro",
            ["Scutirea de chirie pentru luna decembrie 2026 (o lună)"],
            "Chiria pe decembrie 2026 nu v-o mai cerem.",
            "Chiria pe decembrie 2026 și pe ianuarie 2027 nu v-o mai cerem.",
        ),
    ],
)
def test_remedies_restated_pass_and_more_is_caught(
    make_incident: MakeIncident, language: str, remedies: list[str], faithful: str, more: str
) -> None:
    incident = make_incident(language=language, remedies=remedies)
    assert offers(incident, faithful) == []
    assert offers(incident, more)


def test_on_our_part_is_no_part_of_the_thing(make_incident: MakeIncident) -> None:
    overrides = {"language": "es", "remedies": ["Pago por nuestra parte del recargo de 247,80 €"]}
    offer = approved(make_incident(**overrides)).offers[0]
    assert not offer.in_part
    share = {"language": "es", "remedies": ["Reembolso de la parte del curso no impartida"]}
    assert approved(make_incident(**share)).offers[0].in_part
