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


# -- the noun an apposition calls a party by is that party ------------------------------------

_LAB_FACTS = {
    "en": (
        "On 18 November we sent your samples to Corvid Analytics, the external laboratory we "
        "use, and the results reached us five days late."
    ),
    "es": (
        "El 18 de noviembre enviamos las muestras a Corvid Analítica, el laboratorio externo "
        "con el que trabajamos, y los resultados llegaron cinco días tarde."
    ),
}
_LAB_REGRET = {
    "en": "I am sorry your week was lost because the laboratory was slow.",
    "es": "Siento que perdiera una semana porque el laboratorio tardó tanto.",
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_role_an_apposition_gives_a_party_is_that_party(
    make_incident: Any, language: str
) -> None:
    incident = _incident(make_incident, language, what_happened=_LAB_FACTS[language])
    assert "no_blame" in _failed(incident, language, regret=_LAB_REGRET[language])


@pytest.mark.parametrize(
    ("facts", "said"),
    [
        # a clause after the comma is no apposition: the crew stays ours
        (
            "No stair-climber was hired from Liftmaster Hire, and the crew did not stop the job.",
            "Our crew should have stopped the job, and I am sorry they did not.",
        ),
        # a word that may name us is no role of theirs
        (
            "The delivery was handed to Parcelon, a company that runs our weekend rounds.",
            "I am sorry the company let you down on the day that mattered.",
        ),
    ],
)
def test_no_role_from_a_clause_or_a_word_that_may_name_us(
    make_incident: Any, facts: str, said: str
) -> None:
    incident = _incident(make_incident, "en", what_happened=facts)
    assert "no_blame" not in _failed(incident, "en", regret=said)


# -- the duty owned in so many words, with the party named beside it ------------------------

_PARTY_FACTS = {
    "en": "On 18 November our courier, Parcelon, collected the order a day late.",
    "es": "El 18 de noviembre nuestro transportista, Parcelón, recogió el pedido un día tarde.",
    "ro": "Pe 18 noiembrie, curierul nostru, Parcelon, a ridicat comanda cu o zi întârziere.",
}


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "That is on us. It was up to us to chase Parcelon when the pickup slipped."),
        ("en", "That is on us. We were the ones who had to check the pickup with the courier."),
        ("es", "El error es nuestro. Éramos nosotros quienes debíamos avisar a Parcelón a tiempo."),
        ("es", "El error es nuestro. Nos tocaba a nosotros confirmar la recogida con Parcelón."),
        ("ro", "Greșeala e a noastră. Era treaba noastră să confirmăm ridicarea cu Parcelon."),
        ("ro", "Greșeala e a noastră. Noi eram cei care trebuia să sune la Parcelon la timp."),
    ],
)
def test_a_duty_said_as_ours_owns_it_beside_the_party(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language, what_happened=_PARTY_FACTS[language])
    assert "no_blame" not in _failed(incident, language, responsibility=said)


def test_no_one_but_us_owns_it(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = "No one but us is to blame for the wrong edition reaching your students."
    assert "no_blame" not in _failed(incident, "en", responsibility=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "es",
            "Somos nosotros quienes respondemos ante ustedes, pero el retraso lo provocó la "
            "lluvia de aquel lunes, que nadie habíamos previsto.",
        ),
        (
            "en",
            "We are the ones who answer to you, but the delay was caused by the storm that "
            "Monday, which none of us had seen coming.",
        ),
    ],
)
def test_a_cause_not_ours_after_the_concession_takes_the_ownership_back(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" in _failed(incident, language, responsibility=said)


def test_what_the_customer_did_not_owe_is_no_cause(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    said = (
        "Noi am trimis ediția greșită, deși nu ne datorați nimic în plus, și tot noi v-am lăsat "
        "să așteptați trei zile."
    )
    assert "no_blame" not in _failed(incident, "ro", responsibility=said)


# -- the customer blamed without a "you should have" ------------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "said"),
    [
        ("en", "regret", "I am sorry. Schools are generally advised to order a month ahead."),
        (
            "en",
            "responsibility",
            "We got this wrong, though we did not hear from you until 24 November.",
        ),
        (
            "en",
            "responsibility",
            "We own this; an earlier complaint would have got the books to you.",
        ),
        (
            "en",
            "regret",
            "I am sorry; it would have been wise to call us as soon as you opened them.",
        ),
        ("en", "explanation", "Did you get the chance to check the edition when the boxes came?"),
        (
            "en",
            "fix",
            "We would be grateful if you could send us the list, so this never happens again.",
        ),
        (
            "es",
            "regret",
            "Lo siento. A los colegios se les recomienda pedir con un mes de antelación.",
        ),
        (
            "es",
            "responsibility",
            "Nos equivocamos, aunque no supimos nada de ustedes hasta el día 24.",
        ),
        ("es", "responsibility", "Es culpa nuestra; una reclamación más temprana habría ayudado."),
        (
            "es",
            "regret",
            "Lo sentimos; habría sido prudente llamarnos en cuanto abrieron las cajas.",
        ),
        (
            "es",
            "explanation",
            "¿Tuvieron ocasión de comprobar la edición cuando llegaron las cajas?",
        ),
        (
            "es",
            "fix",
            "Le agradeceríamos que nos enviara la lista, para que esto no vuelva a ocurrir.",
        ),
        ("ro", "regret", "Ne pare rău. Școlilor li se recomandă să comande cu o lună înainte."),
        (
            "ro",
            "responsibility",
            "Am greșit, deși nu am avut nicio veste de la dumneavoastră până pe 24.",
        ),
        ("ro", "responsibility", "Vina e a noastră; o reclamație mai devreme ne-ar fi ajutat."),
        (
            "ro",
            "regret",
            "Ne pare rău; ar fi fost înțelept să ne sunați imediat ce ați deschis cutiile.",
        ),
        ("ro", "explanation", "Ați avut ocazia să verificați ediția când au sosit cutiile?"),
        ("ro", "fix", "V-am fi recunoscători dacă ne-ați trimite lista, ca să nu se mai repete."),
    ],
)
def test_the_customer_blamed_by_implication(
    make_incident: Any, language: str, part: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" in _failed(incident, language, **{part: said})


@pytest.mark.parametrize(
    ("language", "part", "said"),
    [
        ("en", "responsibility", "An earlier warning from us would have spared you all of this."),
        ("en", "regret", "I am sorry that you did not hear from us until 24 November."),
        (
            "en",
            "responsibility",
            "We did not call you until 24 November, and that was wrong of us.",
        ),
        ("en", "closing", "Did you get a chance to read our update? We are here if you need us."),
        ("en", "regret", "I am sorry you tried three times to call us and nobody answered."),
        ("es", "responsibility", "Los clientes deben poder confiar en nosotros, y le fallamos."),
        ("es", "responsibility", "Habría sido mejor avisarle nosotros en cuanto vimos el error."),
        ("es", "regret", "Siento que probaran a llamarnos tres veces sin que nadie les atendiera."),
        (
            "ro",
            "responsibility",
            "Clienții trebuie să se poată baza pe noi, iar noi v-am dezamăgit.",
        ),
        ("ro", "responsibility", "Ar fi fost bine să vă sunăm imediat ce am văzut greșeala."),
        ("ro", "regret", "Îmi pare rău că ați încercat de trei ori să ne sunați fără răspuns."),
    ],
)
def test_what_we_should_have_done_or_they_lived_is_no_blame(
    make_incident: Any, language: str, part: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" not in _failed(incident, language, **{part: said})


# -- the failure placed elsewhere ------------------------------------------------------------

_COURIER_FACTS = {
    "en": "On 18 November our courier, Parcelon, delivered the order two days late.",
    "es": "El 18 de noviembre nuestro transportista, Parcelón, entregó el pedido dos días tarde.",
    "ro": "Pe 18 noiembrie, curierul nostru, Parcelon, a livrat comanda cu două zile întârziere.",
}


@pytest.mark.parametrize(
    ("language", "part", "said"),
    [
        (
            "en",
            "responsibility",
            "We own this, but the van that lost the boxes was not one of ours.",
        ),
        ("en", "responsibility", "The delay started on Parcelon's network, not ours."),
        ("en", "restore_value", "Although the delay was down to Parcelon, we are refunding you."),
        ("en", "responsibility", "According to Parcelon, a fault in their depot held the boxes."),
        ("en", "responsibility", "We got this wrong. The real problem was the courier's depot."),
        (
            "en",
            "responsibility",
            "We got this wrong, though Parcelon had plenty of time to deliver.",
        ),
        ("es", "responsibility", "El error fue nuestro, aunque la furgoneta no era nuestra."),
        ("es", "responsibility", "El verdadero problema fue el almacén de Parcelón; no lo vimos."),
        (
            "es",
            "responsibility",
            "Parcelón tenía tiempo de sobra para entregarlo; no lo vigilamos.",
        ),
        ("es", "responsibility", "Las mensajerías cambian rutas y eso nos complica el trabajo."),
        (
            "ro",
            "responsibility",
            "Adevărata problemă a fost depozitul Parcelon; noi doar nu am verificat.",
        ),
        (
            "ro",
            "responsibility",
            "Parcelon avea tot timpul să livreze; recunoaștem că nu v-am sunat.",
        ),
    ],
)
def test_the_failure_placed_elsewhere_is_blame(
    make_incident: Any, language: str, part: str, said: str
) -> None:
    incident = _incident(make_incident, language, what_happened=_COURIER_FACTS[language])
    assert "no_blame" in _failed(incident, language, **{part: said})


@pytest.mark.parametrize(
    ("language", "part", "said"),
    [
        ("en", "responsibility", "The mistake was ours, not Parcelon's."),
        (
            "en",
            "restore_value",
            "An independent engineer, not one of ours, will inspect it for free.",
        ),
        ("en", "responsibility", "According to our own records, we sent the order two days late."),
        ("en", "responsibility", "The real problem was that we never checked the courier's scans."),
        (
            "en",
            "responsibility",
            "That is on us: we had plenty of time to chase the late delivery.",
        ),
        ("es", "responsibility", "El verdadero problema fue nuestro: no seguimos el envío."),
        ("ro", "responsibility", "Adevărata problemă a fost a noastră: nu am urmărit livrarea."),
    ],
)
def test_the_failure_kept_as_ours_is_no_blame(
    make_incident: Any, language: str, part: str, said: str
) -> None:
    incident = _incident(make_incident, language, what_happened=_COURIER_FACTS[language])
    assert "no_blame" not in _failed(incident, language, **{part: said})


# -- faithful wordings tuning71 showed on first contact ---------------------------------------


def test_a_firm_word_before_a_partys_name_is_no_role_of_theirs(make_incident: Any) -> None:
    facts = (
        "Pe 21 noiembrie mașina a rămas pe autostradă și a fost tractată de firma Asist Rutier "
        "la service-ul nostru."
    )
    incident = _incident(make_incident, "ro", what_happened=facts)
    said = "Ne pare rău că marfa a ajuns cu o zi întârziere, iar firma a rămas fără mașină."
    assert "no_blame" not in _failed(incident, "ro", regret=said)


_LATE = {
    "root_cause": None,
    "what_happened": "On 18 November the 240 textbooks reached Northside Academy two hours late.",
    "fixes": ["Every delivery is tracked hourly by the dispatch desk"],
}
_INVESTIGATING = "The books arrived two hours late; we are still investigating why."


def test_news_we_did_not_give_is_no_software_update(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", **_LATE)
    said = "That is on us: we were two hours late and left you without a single update."
    failed = _failed(incident, "en", responsibility=said, explanation=_INVESTIGATING)
    assert "no_invented_cause" not in failed


def test_a_software_update_is_still_a_mechanism(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", **_LATE)
    said = "A faulty software update on our ordering system held the books back."
    failed = _failed(incident, "en", responsibility="That is on us.", explanation=said)
    assert "no_invented_cause" in failed


def test_a_firm_that_works_for_us_is_another_party(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    said = (
        "Ne asumăm situația, chiar dacă totul s-a petrecut pe porțiunea acoperită de firma "
        "locală care livrează pentru noi."
    )
    assert "no_blame" in _failed(incident, "ro", responsibility=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Your question is a bit naive, but yes, we are responsible."),
        ("es", "Su pregunta es algo ingenua, pero la culpa es nuestra."),
        ("ro", "Întrebarea dumneavoastră e cam naivă pentru un om de afaceri, dar răspundem noi."),
    ],
)
def test_their_question_judged_is_an_insult(make_incident: Any, language: str, said: str) -> None:
    incident = _incident(make_incident, language)
    assert "no_insults" in _failed(incident, language, responsibility=said)


def test_their_question_called_fair_is_no_insult(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = "Your question is a fair one, and the answer is that we failed you."
    assert "no_insults" not in _failed(incident, "en", responsibility=said)


# -- more taken on, and notes left in brackets --------------------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "said"),
    [
        ("en", "regret", "I am sorry; and yes, we will take care of the hotel too."),
        ("es", "restore_value", "Además, nos hacemos cargo también del vestido nuevo."),
        ("es", "restore_value", "Las revisiones de mantenimiento correrán a cargo de la clínica."),
    ],
)
def test_something_more_taken_on_is_an_offer(
    make_incident: Any, language: str, part: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "approved_offers" in _failed(incident, language, **{part: said})


def test_a_remedy_paid_a_cargo_de_the_company_is_restated(make_incident: Any) -> None:
    remedies = [
        "Reposición sin coste de los 240 ejemplares de la 6.ª edición",
        "Tratamiento antimoho de la recámara afectada a cargo de Libros Papel S.A.",
    ]
    incident = _incident(make_incident, "es", remedies=remedies)
    said = (
        "Les enviamos sin coste los 240 ejemplares de la 6.ª edición. También nos haremos "
        "cargo del tratamiento antimoho de la recámara."
    )
    assert "approved_offers" not in _failed(incident, "es", restore_value=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "[Note: public reply, no names or order numbers; compensation by DM.]"),
        ("es", "Un saludo, [nombre del agente]"),
    ],
)
def test_a_note_or_a_blank_in_brackets_is_drafting(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_system_prompt" in _failed(incident, language, closing=said)


@pytest.mark.parametrize("said", ["Your order [INC-4821]", "Re: [Ticket 4821] your textbooks"])
def test_a_reference_in_brackets_is_no_note(make_incident: Any, said: str) -> None:
    incident = _incident(make_incident, "en")
    assert "no_system_prompt" not in _failed(incident, "en", subject=said)


# -- advice to the customer in the fix ------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Every order is checked twice now, and we'd encourage you to count the boxes too."),
        ("en", "We would also encourage schools to name someone to check each delivery."),
        (
            "es",
            "Revisamos cada pedido dos veces; le recomendamos contar las cajas al recibirlas.",
        ),
        (
            "ro",
            "Verificăm fiecare comandă de două ori; vă recomandăm să numărați cutiile.",
        ),
    ],
)
def test_advice_to_the_customer_in_the_fix_is_blame(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" in _failed(incident, language, fix=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "Every order is checked twice now; we recommend the new tracker to follow each box.",
        ),
        (
            "ro",
            "La predare, clienții sunt rugați să revină după 50 km pentru o reverificare gratuită.",
        ),
        (
            "en",
            "We check every order twice now, and we recommend the new app to follow your order.",
        ),
        ("es", "Revisamos cada pedido dos veces y recomendamos la nueva app para ver su pedido."),
        (
            "ro",
            "Verificăm fiecare comandă și recomandăm noua aplicație pentru comanda dumneavoastră.",
        ),
    ],
)
def test_a_fix_telling_of_ours_or_of_a_new_step_is_no_blame(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" not in _failed(incident, language, fix=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Our part in this was not chasing Parcelon sooner."),
        ("es", "Nuestra parte de culpa es no haber comprobado la ruta de Parcelón."),
    ],
)
def test_our_part_named_owns_it_beside_the_party(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language, what_happened=_COURIER_FACTS[language])
    assert "no_blame" not in _failed(incident, language, responsibility=said)


def test_the_next_year_restates_an_approved_twelve_months(make_incident: Any) -> None:
    remedies = [
        "Replacement shipment of 240 copies of the 6th edition by express courier at no cost",
        "A complimentary two-day workshop for your staff on dates of your choice within the "
        "next 12 months",
    ]
    incident = _incident(make_incident, "en", remedies=remedies)
    said = (
        "We are sending 240 copies of the 6th edition by express courier at no cost. And a "
        "two-day workshop for your staff is yours, free, on any dates within the next year."
    )
    assert "approved_offers" not in _failed(incident, "en", restore_value=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "Until the cause is confirmed, bulk orders go only through our website or by phone.",
        ),
        (
            "es",
            "Hasta que se confirme la causa, solo hay pedidos grandes por la web o por teléfono.",
        ),
        (
            "ro",
            "Până la confirmarea cauzei, primim comenzile mari doar prin site sau prin telefon.",
        ),
    ],
)
def test_what_holds_until_the_cause_is_known_states_none(
    make_incident: Any, language: str, said: str
) -> None:
    facts = {
        "en": "On 18 November we sent 240 copies of the 4th edition instead of the 6th.",
        "es": "El 18 de noviembre enviamos 240 ejemplares de la 4.ª edición en lugar de la 6.ª.",
        "ro": "Pe 18 noiembrie am trimis 240 de exemplare din ediția a 4-a în loc de a 6-a.",
    }[language]
    incident = _incident(make_incident, language, root_cause=None, what_happened=facts)
    failed = _failed(incident, language, fix=said, explanation=facts)
    assert "no_invented_cause" not in failed


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "I am sorry for the two days you spent at home waiting for a courier who never came.",
        ),
        ("es", "Siento los dos días que pasó en casa esperando a un transportista que no llegó."),
        ("ro", "Ne pare rău că ați stat două zile acasă așteptând un curier care nu venea."),
    ],
)
def test_the_party_waited_for_is_part_of_the_harm(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" not in _failed(incident, language, regret=said)


def test_the_party_that_failed_while_we_waited_is_still_blamed(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = "I am sorry for the two days you lost because the courier never came."
    assert "no_blame" in _failed(incident, "en", regret=said)


def test_what_was_planned_for_them_is_no_blame(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    said = (
        "Ne pare rău că ați plătit un taxi pentru un drum pe care trebuia să-l faceți cu "
        "mașina noastră."
    )
    assert "no_blame" not in _failed(incident, "ro", regret=said)


def test_what_they_should_have_done_is_still_blame(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    said = "Ne pare rău, dar trebuia să ne anunțați imediat ce au sosit cutiile."
    assert "no_blame" in _failed(incident, "ro", regret=said)


def test_our_first_update_to_residents_is_no_mechanism(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", **_LATE)
    said = "Our first update reached the school at 14:00 on 18 November."
    assert "no_invented_cause" not in _failed(incident, "en", explanation=said)


# -- faithful wordings tuning72 showed on first contact ---------------------------------------


def test_what_they_never_should_have_needed_is_harm(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = "I am sorry you spent money on a hotel you never should have needed."
    assert "no_blame" not in _failed(incident, "en", regret=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Our office set the wrong day, and Parcelon collected late on our instructions."),
        ("es", "Fijamos mal el día y Parcelón recogió tarde siguiendo nuestras instrucciones."),
        ("ro", "Am greșit ziua, iar Parcelon a ridicat comanda târziu, la cererea noastră."),
    ],
)
def test_a_party_acting_on_our_instructions_is_cleared(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language, what_happened=_COURIER_FACTS[language])
    assert "no_blame" not in _failed(incident, language, responsibility=said)


def test_every_cost_of_an_approved_open_kind_restates_it(make_incident: Any) -> None:
    remedies = [
        "Reimbursement of all your out-of-pocket medical costs for this injury, on receipts",
        "A 15% discount on the next semester order",
    ]
    incident = _incident(make_incident, "en", remedies=remedies)
    said = (
        "We will reimburse every out-of-pocket medical cost from this injury (just send us "
        "the receipts), and take 15% off your next semester order."
    )
    assert "approved_offers" not in _failed(incident, "en", restore_value=said)
