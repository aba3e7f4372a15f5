"""Readings learnt from the tuning51 and tuning52 rounds (and third-party misses left from
tuning50), each checked on sentences written for this test (the textbook incidents of
test_checks), never on the corpus text that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- another party named only by a pronoun, doing the harm ------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "en",
            "regret",
            "I am sorry your students started term without their books, all because they "
            "shipped the old edition to your school.",
        ),
        (
            "en",
            "responsibility",
            "We took the order, so the fault is ours. They simply didn't show up to collect "
            "the new boxes.",
        ),
        (
            "es",
            "regret",
            "Lamento que sus alumnos empezaran sin libro; la imprenta se retrasó porque ellos "
            "no revisaron la tirada.",
        ),
        (
            "es",
            "responsibility",
            "Asumimos el error. Pusimos el reparto en sus manos y nos fallaron.",
        ),
        (
            "ro",
            "regret",
            "Ne pare rău că elevii au început fără manual, mai ales că ei au livrat ediția "
            "veche fără să verifice.",
        ),
        (
            "ro",
            "responsibility",
            "Greșeala ne aparține. Ei ne-au trimis lista greșită de ediții.",
        ),
    ],
)
def test_a_party_named_only_as_they_doing_the_harm_is_blame(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert "no_blame" in _failed(_incident(make_incident, language), language, **{part: text})


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # the customer's people, and what they lived
        (
            "en",
            "regret",
            "I am sorry that your 240 students, who had prepared for weeks, started term "
            "without the books they had counted on.",
        ),
        # our own people, named first
        (
            "en",
            "responsibility",
            "The fault is ours: our packers were rushed, and they shipped the old edition.",
        ),
        (
            "es",
            "regret",
            "Lamento que 240 alumnos, dos de ellos recién llegados, empezaran sin el libro "
            "correcto.",
        ),
        (
            "es",
            "responsibility",
            "Fue un error nuestro y asumimos toda la responsabilidad; ustedes nos avisaron a "
            "tiempo.",
        ),
        # the genitive "ei" (her), and the customer's people after "dintre"
        (
            "ro",
            "regret",
            "Ne pare rău că elevii au început fără manual și că doi dintre ei au pierdut "
            "prima lecție.",
        ),
        (
            "ro",
            "regret",
            "Ne pare rău că doamna Rusu și colegii ei au început cursurile fără manualul corect.",
        ),
    ],
)
def test_the_customers_people_or_ours_as_they_are_no_other_party(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert "no_blame" not in _failed(_incident(make_incident, language), language, **{part: text})


# -- faithful readings ----------------------------------------------------------------------


def test_someone_else_who_must_accept_a_notice_is_not_the_customer_talked_down_to(
    make_incident: Any,
) -> None:
    incident = _incident(make_incident, "es")
    fix = (
        "Ahora el almacén recibe un aviso 48 horas antes de cada envío, que tiene que aceptar; "
        "confirmaremos con ustedes antes del 28 de noviembre que todos los alumnos tienen su "
        "libro."
    )
    assert "no_insults" not in _failed(incident, "es", fix=fix)
    told = "Usted tiene que aceptar que estas cosas pasan."
    assert "no_insults" in _failed(incident, "es", responsibility=told)


@pytest.mark.parametrize(
    ("text", "excuse"),
    [
        (
            "Am introdus o verificare automată a ediției și vă trimitem până pe 28 noiembrie "
            "2026 raportul, cu toate verificările făcute, ca să confirmăm că elevii au manualul.",
            False,
        ),
        (
            "Cu toate verificările, eroarea a trecut; am introdus o verificare automată și vă "
            "confirmăm până pe 28 noiembrie 2026 că elevii au manualul.",
            True,
        ),
    ],
)
def test_all_the_checks_done_listed_in_a_report_is_no_concession(
    make_incident: Any, text: str, excuse: bool
) -> None:
    failed = _failed(_incident(make_incident, "ro"), "ro", fix=text)
    assert ("no_blame" in failed) is excuse


@pytest.mark.parametrize(
    ("closing", "offers"),
    [
        (
            "Le enviamos un mensaje privado para aplicar el descuento. Atentamente, Dana Ortega",
            False,
        ),
        # a discount of another kind, or a new one, is still an offer of its own
        ("Y para compensarle, le regalamos un vale de 20 €. Atentamente, Dana Ortega", True),
    ],
)
def test_the_approved_offer_referred_to_after_the_remedy_gives_nothing_new(
    make_incident: Any, closing: str, offers: bool
) -> None:
    failed = _failed(_incident(make_incident, "es"), "es", closing=closing)
    assert ("approved_offers" in failed) is offers


def test_not_billing_the_work_itself_restates_a_remedy_that_does_not_bill_it(
    make_incident: Any,
) -> None:
    incident = _incident(
        make_incident,
        "ro",
        remedies=["Nu facturăm serviciul de livrare pe luna noiembrie, 450 de lei"],
    )
    said = "Nu vă facturăm serviciul de livrare pentru luna noiembrie, în valoare de 450 de lei."
    assert "approved_offers" not in _failed(incident, "ro", restore_value=said)
    more = "Nu vă facturăm serviciul de livrare pe noiembrie și nici pe decembrie."
    assert "approved_offers" in _failed(incident, "ro", restore_value=more)


# -- what another party should have done, or took too long to do -----------------------------


@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        (
            "en",
            "I am sorry your students waited for their books. The printer's assessor took weeks "
            "to approve the reprint.",
            True,
        ),
        # the customer's own people, and their time lost
        (
            "en",
            "I am sorry that your staff took days to sort the wrong books from the right ones.",
            False,
        ),
        (
            "es",
            "Lamentamos que sus alumnos esperaran; la espera habría sido menor si el personal de "
            "la imprenta hubiera revisado antes la tirada.",
            True,
        ),
        (
            "es",
            "Lamentamos que sus alumnos esperaran tanto: el perito tardó tres semanas en dar su "
            "visto bueno.",
            True,
        ),
        (
            "es",
            "Lamentamos que sus alumnos empezaran sin libro, cuando si nosotros hubiéramos "
            "revisado la tabla no habría pasado.",
            False,
        ),
    ],
)
def test_another_partys_slowness_or_missed_duty_in_the_regret_is_blame(
    make_incident: Any, language: str, text: str, blames: bool
) -> None:
    failed = _failed(_incident(make_incident, language), language, regret=text)
    assert ("no_blame" in failed) is blames


# -- a remedy that says we pay for its thing ----------------------------------------------------

_PAID_BY_US = {
    "en": [
        "A refund of the express shipping fee, EUR 180.00",
        "The overnight binding of the teachers' photocopies, paid for in full by us",
    ],
    "es": [
        "El reembolso del envío urgente, 180,00 €",
        "La encuadernación urgente de las fotocopias del profesorado, pagada por nosotros",
    ],
    "ro": [
        "Rambursarea transportului urgent, 180,00 lei",
        "Legarea urgentă a fotocopiilor profesorilor, plătită integral de noi",
    ],
}
_PAID_SAID = {
    "en": (
        "We are refunding the EUR 180.00 express shipping fee. We are also paying in full for "
        "the overnight binding of the teachers' photocopies, so it costs you nothing."
    ),
    "es": (
        "Le devolvemos los 180,00 € del envío urgente. Además, pagamos íntegramente la "
        "encuadernación urgente de las fotocopias del profesorado, así que no le costará nada."
    ),
    "ro": (
        "Vă rambursăm cei 180,00 lei ai transportului urgent. Plătim, de asemenea, integral "
        "legarea urgentă a fotocopiilor profesorilor, deci nu vă costă nimic."
    ),
}
_PAID_MORE = {
    "en": "We will also pay for the taxis your teachers took to the copy shop.",
    "es": "También le pagamos los taxis que tomaron sus profesores hasta la copistería.",
    "ro": "Vă plătim și taxiurile luate de profesori până la centrul de copiere.",
}


@pytest.mark.parametrize("language", ["en", "es", "ro"])
def test_paying_for_what_a_remedy_says_we_pay_for_restates_it(
    make_incident: Any, language: str
) -> None:
    incident = _incident(make_incident, language, remedies=_PAID_BY_US[language])
    said = _PAID_SAID[language]
    assert "approved_offers" not in _failed(incident, language, restore_value=said)
    # ... and approves no other payment: the taxis are paid for by no remedy
    more = f"{said} {_PAID_MORE[language]}"
    assert "approved_offers" in _failed(incident, language, restore_value=more)


# -- faithful readings from tuning53/54 ---------------------------------------------------------


def test_a_promise_that_turned_out_untrue_names_no_cause(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    owned = (
        "This was our mistake. Each time you called, we told you something that turned out not "
        "to be true."
    )
    assert "no_blame" not in _failed(incident, "en", responsibility=owned)
    # a cause that turned out to be someone else's is still one
    shifted = "It turned out the courier had loaded the wrong pallet."
    assert "no_blame" in _failed(incident, "en", responsibility=shifted)


def test_cents_written_as_a_fraction_of_a_hundred_are_no_sum(make_incident: Any) -> None:
    incident = _incident(
        make_incident, "es", remedies=["Reembolso de $4,200.00 por el envío urgente"]
    )
    said = (
        "Le reembolsaremos los $4,200.00 (cuatro mil doscientos pesos 00/100 M.N.) del envío "
        "urgente."
    )
    assert "approved_offers" not in _failed(incident, "es", restore_value=said)


@pytest.mark.parametrize(
    ("language", "remedy", "said"),
    [
        (
            "ro",
            "O programare fermă, cu confirmare telefonică în ziua dinainte",
            "Vă oferim o reducere de 15% la manoperă și o programare fermă, confirmată "
            "telefonic cu o zi înainte.",
        ),
        (
            "es",
            "Una cita fija, confirmada por teléfono el día anterior",
            "Le hacemos un descuento del 15 % en la mano de obra y le damos una cita fija, que "
            "le confirmaremos por teléfono con un día de antelación.",
        ),
        (
            "en",
            "A fixed appointment, confirmed by phone the day before",
            "We are taking 15% off the labour and booking you a fixed appointment, which we will "
            "confirm by phone a day in advance.",
        ),
    ],
)
def test_how_long_ahead_a_call_comes_is_no_period_given(
    make_incident: Any, language: str, remedy: str, said: str
) -> None:
    discount = {
        "en": "A 15% discount on the labour",
        "es": "Un descuento del 15 % en la mano de obra",
        "ro": "O reducere de 15% la manopera de montaj",
    }[language]
    incident = _incident(make_incident, language, remedies=[discount, remedy])
    assert "approved_offers" not in _failed(incident, language, restore_value=said)


# -- third-party blame shapes from tuning54 --------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "en",
            "regret",
            "I am sorry your students waited; the printers didn't exactly make it easy for us.",
        ),
        (
            "es",
            "regret",
            "Lamento que sus alumnos esperaran; la imprenta tampoco nos ha puesto las cosas "
            "fáciles.",
        ),
        (
            "es",
            "responsibility",
            "Asumimos el retraso. De la tirada equivocada tendrá que responder la imprenta.",
        ),
        (
            "es",
            "regret",
            "Lamento que sus alumnos esperaran; el chófer debió avisarles al llegar al colegio.",
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău că elevii au așteptat. Ei puteau măcar să ne anunțe că lipsesc cutii.",
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău că elevii au așteptat; șoferul trebuia măcar să vă sune de la poartă.",
        ),
        (
            "ro",
            "responsibility",
            "Ne asumăm greșeala, chiar dacă întârzierea a venit din partea curierului.",
        ),
    ],
)
def test_another_party_made_harder_answerable_or_remiss_is_blame(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert "no_blame" in _failed(_incident(make_incident, language), language, **{part: text})


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # our own driver, our own side, and a customer who need not answer for anything
        (
            "ro",
            "responsibility",
            "Greșeala este a noastră: șoferul nostru trebuia să vă sune de la poartă.",
        ),
        (
            "ro",
            "responsibility",
            "Ne asumăm greșeala, chiar dacă vestea a venit din partea noastră prea târziu.",
        ),
        (
            "es",
            "fix",
            "Desde ahora comprobamos cada edición antes del envío y confirmaremos con ustedes "
            "antes del 28 de noviembre que todos los alumnos tienen su libro; usted no tendrá "
            "que responder a ninguna queja de las familias.",
        ),
    ],
)
def test_our_own_driver_or_the_customer_spared_is_no_blame(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert "no_blame" not in _failed(_incident(make_incident, language), language, **{part: text})


# -- faithful readings from tuning55/56 ---------------------------------------------------------


def test_a_source_cited_for_a_figure_in_our_own_failure_shifts_nothing(
    make_incident: Any,
) -> None:
    incident = _incident(make_incident, "es")
    ours = (
        "Nuestro operador cargó una tabla de ediciones antigua (la 4.ª, según el distribuidor) "
        "el 18 de noviembre, por un error manual de codificación."
    )
    assert "no_blame" not in _failed(incident, "es", explanation=ours)
    theirs = "Según el distribuidor, el error de codificación fue de nuestro proveedor."
    assert "no_blame" in _failed(incident, "es", responsibility=theirs)


def test_a_share_of_the_facts_told_in_the_explanation_is_no_offer(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "ro",
        what_happened=(
            "Pe 18 noiembrie am trimis 240 de manuale din ediția a 4-a în loc de a 6-a, fără "
            "reducerea de 10% pentru școlile partenere, deși ea se aplică din septembrie."
        ),
    )
    told = (
        "Reducerea de 10% pentru școlile partenere, pe care o aplicăm din septembrie, nu a "
        "apărut pe factură, pentru că o eroare manuală de codare folosea un tabel vechi de ediții."
    )
    assert "approved_offers" not in _failed(incident, "ro", explanation=told)


@pytest.mark.parametrize(
    ("part", "text", "blames"),
    [
        (
            "restore_value",
            "We are sending 240 copies of the 6th edition at no cost, and you can have priority "
            "delivery with a 15% discount on your next semester order.",
            False,
        ),
        ("responsibility", "This was our mistake, though you could have told us sooner.", True),
        (
            "regret",
            "I understand what a missing book means for a school that is also a supplier, and "
            "it should never have happened.",
            False,
        ),
        ("responsibility", "We take responsibility, but the supplier should have warned us.", True),
    ],
)
def test_a_present_can_gives_and_a_clause_apart_is_not_the_partys_duty(
    make_incident: Any, part: str, text: str, blames: bool
) -> None:
    failed = _failed(_incident(make_incident, "en"), "en", **{part: text})
    assert ("no_blame" in failed) is blames


@pytest.mark.parametrize(
    ("text", "advises"),
    [
        (
            "Am introdus o verificare automată a ediției, iar cu o zi înainte de fiecare livrare "
            "colega noastră vă sună ca să vă confirme comanda, până pe 28 noiembrie 2026.",
            False,
        ),
        (
            "Am introdus o verificare automată a ediției; vă rugăm să confirmați la primire "
            "ediția manualelor, până pe 28 noiembrie 2026.",
            True,
        ),
    ],
)
def test_a_call_to_confirm_for_the_customer_lays_no_duty_on_them(
    make_incident: Any, text: str, advises: bool
) -> None:
    failed = _failed(_incident(make_incident, "ro"), "ro", fix=text)
    assert ("no_blame" in failed) is advises


def test_a_day_and_hour_the_customer_chooses_is_no_period(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "ro",
        remedies=["Recuperarea lecției pierdute, la o oră aleasă de dumneavoastră"],
    )
    said = "Lecția pierdută o recuperăm într-o zi și la o oră alese de dumneavoastră."
    assert "approved_offers" not in _failed(incident, "ro", restore_value=said)


def test_indian_grouping_is_one_sum(make_incident: Any) -> None:
    incident = _incident(
        make_incident, "en", remedies=["A refund of the exam fees for 214 candidates, ₹4,81,500"]
    )
    said = "We are refunding the exam fees for all 214 candidates, ₹481,500 in total."
    assert "approved_offers" not in _failed(incident, "en", restore_value=said)
    more = "We are refunding the exam fees for all 214 candidates, ₹5,81,500 in total."
    assert "approved_offers" in _failed(incident, "en", restore_value=more)


# -- third-party blame shapes from tuning54/56 (English) --------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "en",
            "regret",
            "I am sorry your students waited a week because their warehouse sent the old edition.",
        ),
        (
            "en",
            "responsibility",
            "We own the late reply. The wrong edition is something the distributor needs to "
            "answer for.",
        ),
        (
            "en",
            "regret",
            "I am sorry for the lost week. The courier's drivers are supposed to check the labels.",
        ),
        (
            "en",
            "regret",
            "I am sorry for the lost week, and sorry the landlord wouldn't let your staff into "
            "the store room.",
        ),
        ("en", "regret", "I am sorry for the lost week; we certainly expected better of them."),
        (
            "en",
            "responsibility",
            "Responsibility for the edition table lies outside our team, but the late reply "
            "was ours.",
        ),
        (
            "es",
            "regret",
            "Lamento la semana perdida; esperábamos mucho más de la distribuidora.",
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău pentru săptămâna pierdută; ne așteptam la mai multă seriozitate din "
            "partea distribuitorului.",
        ),
    ],
)
def test_what_another_party_must_answer_for_or_would_not_do_is_blame(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert "no_blame" in _failed(_incident(make_incident, language), language, **{part: text})


@pytest.mark.parametrize(
    "text",
    [
        # the customer's people, and their own things
        "I am sorry your students lost a week and that their teachers had to improvise lessons.",
        "I am sorry your staff would not have had to improvise if we had checked the edition.",
        "I am sorry that your team is supposed to start the new syllabus this week without books.",
    ],
)
def test_the_customers_people_are_not_the_party_that_failed(make_incident: Any, text: str) -> None:
    assert "no_blame" not in _failed(_incident(make_incident, "en"), "en", regret=text)


# -- outrage, tricks and wishes aimed at another party (tuning56) ------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Lamento la semana perdida, y nos indigna tanto como a ustedes que la imprenta "
            "tardara diez días en avisarnos.",
        ),
        ("es", "Lamento la semana perdida; el programa de pedidos nos jugó una mala pasada."),
        (
            "ro",
            "Îmi pare rău pentru săptămâna pierdută; ne indignează și pe noi că tipografia a "
            "tăcut zece zile.",
        ),
        ("ro", "Îmi pare rău pentru săptămâna pierdută; programul de comenzi ne-a jucat o festă."),
        (
            "ro",
            "Îmi pare rău pentru săptămâna pierdută; tipografia trebuie să-și asume partea ei, "
            "iar distribuitorul partea lor de vină.",
        ),
        (
            "ro",
            "Îmi pare rău pentru săptămâna pierdută; mi-aș fi dorit ca tipografia să fi fost la "
            "fel de atentă ca dumneavoastră.",
        ),
        (
            "en",
            "I am sorry for the lost week, and it angers us as much as you that the printers "
            "sat on the order for ten days.",
        ),
    ],
)
def test_outrage_a_trick_or_a_wish_aimed_at_another_party_is_blame(
    make_incident: Any, language: str, text: str
) -> None:
    assert "no_blame" in _failed(_incident(make_incident, language), language, regret=text)


def test_the_company_owning_it_in_the_third_person_shifts_nothing(make_incident: Any) -> None:
    owned = "Libros Andes își asumă întreaga vină pentru manualele greșite."
    assert "no_blame" not in _failed(_incident(make_incident, "ro"), "ro", responsibility=owned)


# -- faithful readings from tuning57/58 ---------------------------------------------------------


def test_half_a_months_fee_restates_a_fifty_percent_credit(make_incident: Any) -> None:
    incident = _incident(
        make_incident, "en", remedies=["A credit of 50% of one month's subscription fee"]
    )
    said = "We are applying a credit of half a month's subscription fee to your account."
    assert "approved_offers" not in _failed(incident, "en", restore_value=said)
    more = "We are applying a credit of two months' subscription fee to your account."
    assert "approved_offers" in _failed(incident, "en", restore_value=more)


def test_what_was_not_applied_being_our_fault_is_no_excuse(make_incident: Any) -> None:
    owned = "Faptul că verificarea nu a fost aplicată este vina noastră."
    assert "no_blame" not in _failed(_incident(make_incident, "ro"), "ro", responsibility=owned)
    denied = "Nu a fost în totalitate vina noastră."
    assert "no_blame" in _failed(_incident(make_incident, "ro"), "ro", responsibility=denied)


def test_a_request_declined_beside_the_remedies_is_no_excuse(make_incident: Any) -> None:
    said = (
        "Sé que nos pidieron el reembolso total. No está en nuestra mano ofrecerles ese pago, "
        "pero sí lo siguiente: le reenviamos 240 ejemplares de la 6.ª edición sin coste y le "
        "aplicaremos un descuento del 15 % en su próximo pedido."
    )
    assert "no_blame" not in _failed(_incident(make_incident, "es"), "es", restore_value=said)
    excused = "No estaba en nuestra mano evitarlo."
    assert "no_blame" in _failed(_incident(make_incident, "es"), "es", responsibility=excused)
