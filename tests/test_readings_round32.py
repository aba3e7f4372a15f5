"""Readings learnt from the tuning32/tuning33 round, each checked on sentences written for this
test (the textbook incident of conftest), never on the corpus text that showed the gap."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from conftest import GOOD_DRAFT
from draftkit.amounts import counts_in, money_in
from draftkit.checks import run_checks
from draftkit.draft_types import DraftContent
from draftkit.facts import contacts_in, mentions_date
from draftkit.periods import durations_in
from test_checks import checks_for


def _passes(make_incident: Any, language: str, check: str, **parts: str) -> bool:
    return bool(checks_for(make_incident, language, **parts)[check].passed)


# -- parties a draft names itself -------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # the agent of a participle, a name the facts never give
        (
            "en",
            "regret",
            "I regret that the warehouse, run by Dockhand Logistics, sent you the wrong books.",
        ),
        (
            "es",
            "regret",
            "Lamento que el almacén, gestionado por Cajas Levante, le enviara libros equivocados.",
        ),
        (
            "ro",
            "regret",
            "Regret că depozitul, administrat de Logistica Sud, nu v-a trimis la timp cărțile.",
        ),
        # a name beside a word for what it is, in the draft alone
        (
            "es",
            "responsibility",
            "Le pedimos perdón, aunque el error lo causó el programa Editorix y no nuestro equipo.",
        ),
        (
            "ro",
            "responsibility",
            "Ne cerem scuze, deși greșeala a produs-o programul Tipar Plus, nu echipa noastră.",
        ),
    ],
)
def test_a_party_the_draft_names_itself_can_be_blamed(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not _passes(make_incident, language, "no_blame", **{part: text})


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # the same names told as facts in the explanation
        (
            "en",
            "explanation",
            "The warehouse, run by Dockhand Logistics, packed the 4th edition from our old table.",
        ),
        (
            "es",
            "explanation",
            "El almacén, gestionado por Cajas Levante, preparó la edición de nuestra tabla vieja.",
        ),
        # a participle whose agent is a person or a place, not a firm
        (
            "en",
            "regret",
            "I am sorry that an order managed by our own team went so wrong for your class.",
        ),
    ],
)
def test_names_of_parties_told_as_facts_are_no_blame(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert _passes(make_incident, language, "no_blame", **{part: text})


# -- faithful shapes the first contact of tuning32/tuning33 rejected ---------------------------


def test_cents_of_a_spelled_sum_are_no_count_and_cents_alone_are_a_sum() -> None:
    said = "We will pay you forty euro and fifteen cent, at 9 cent per page."
    assert money_in(said, "en") == [Decimal("40.15"), Decimal("0.09")]
    assert counts_in(said, "en") == []
    assert money_in("Pasamos a las 6 p.m. y le damos 80p.", "en") == [Decimal("0.80")]
    assert money_in("cuarenta euros con quince céntimos", "es") == [Decimal("40.15")]


@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "Te escribo a más tardar el 28-11."), ("en", "I will call you by 11-28.")],
)
def test_a_day_and_month_joined_by_a_hyphen_is_the_date(language: str, text: str) -> None:
    assert mentions_date(text, dt.date(2026, 11, 28), language)
    assert not mentions_date(text, dt.date(2026, 11, 27), language)


def test_a_short_date_inside_a_date_of_another_year_is_not_it() -> None:
    day = dt.date(2026, 11, 28)
    assert mentions_date("le escribimos el 28/11/26", day, "es")
    assert not mentions_date("le escribimos el 28/11/2021", day, "es")
    assert not mentions_date("the log says 2021-11-28 (UTC)", day, "en")


def test_a_course_code_in_capitals_is_no_phone_number() -> None:
    assert contacts_in("You are back in BIOL 3320-012 from today.") == set()
    assert contacts_in("Call 3320-0127 today.") == {"33200127"}


@pytest.mark.parametrize(
    ("company", "text"),
    [
        ("Harbour Institute of Design", "This was the Institute's mistake from start to finish."),
        ("Bank of Lune", "The fault lies with the Bank and nobody else."),
    ],
)
def test_a_company_called_by_the_word_before_of_in_its_name(
    make_incident: Any, company: str, text: str
) -> None:
    incident = make_incident(company={"name": company, "sender": "Dana Okafor"})
    content = DraftContent(**{**GOOD_DRAFT, "responsibility": text})
    assert {c.name: c for c in run_checks(content, incident)}["no_blame"].passed


@pytest.mark.parametrize(
    ("language", "part", "text", "passes"),
    [
        (
            "en",
            "restore_value",
            "We refund both fees, neither of which you should have paid.",
            True,
        ),
        ("en", "regret", "Sorry: you should have checked the box first.", False),
        # the harm told after a cause that is ours
        (
            "en",
            "regret",
            "I am sorry. Because we paid late, your contractor stopped work on the hall.",
            True,
        ),
        (
            "es",
            "regret",
            "Lamento que, por nuestro error, el transportista le cobrara dos veces.",
            True,
        ),
        ("en", "regret", "I am sorry. Because our courier was late, you waited.", False),
        # what did the harm comes before its first verb
        (
            "en",
            "regret",
            "Our late payment left your hall shut for a week after your contractor stopped work, "
            "forced you to rent rooms and kept 240 students waiting.",
            True,
        ),
        ("en", "regret", "Sorry the courier's delay left your class without books.", False),
        # a cause whose subject is us
        (
            "ro",
            "responsibility",
            "Răspunderea e a noastră. Noi am ales momentul acelei actualizări.",
            True,
        ),
    ],
)
def test_round32_readings(
    make_incident: Any, language: str, part: str, text: str, passes: bool
) -> None:
    assert _passes(make_incident, language, "no_blame", **{part: text}) is passes


@pytest.mark.parametrize(
    ("language", "text", "passes"),
    [
        ("ro", "Vina e 100% a noastră.", True),
        ("es", "La culpa es 100 % nuestra.", True),
        ("en", "We will take 100% off your next order.", False),
    ],
)
def test_a_whole_share_of_the_fault_is_no_offer(
    make_incident: Any, language: str, text: str, passes: bool
) -> None:
    assert _passes(make_incident, language, "approved_offers", responsibility=text) is passes


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # the fault given by a pronoun
        ("en", "fix", "We have told the courier that a slip of theirs like this is unacceptable."),
        ("en", "regret", "The late books are one thing; the wrong edition is down to them."),
        ("en", "responsibility", "Half of this is on them, and we own the rest."),
        ("en", "explanation", "The fault sat squarely with the supplier's warehouse."),
        ("en", "responsibility", "There was no error on our part in the packing itself."),
        ("en", "fix", "We have also sent our formal complaint to the printer."),
        ("es", "fix", "Ya le recordamos al transportista que una demora así es intolerable."),
        ("es", "fix", "Hemos hecho ver a la imprenta su parte de culpa en el retraso."),
        (
            "es",
            "explanation",
            "Sin que mediara culpa alguna de nuestra parte, la imprenta se retrasó.",
        ),
        ("es", "fix", "Y le hicimos llegar nuestra reclamación por escrito."),
        ("ro", "fix", "Tipografiei i-am atras atenția asupra greșelii lor."),
        ("ro", "explanation", "Fără nicio vină din partea noastră, tipografia a întârziat."),
        ("ro", "explanation", "Întârzierea, vina le aparține celor de la tipografie."),
        ("ro", "fix", "Le-am scris celor de la tipografie că un asemenea termen este inadmisibil."),
    ],
)
def test_round32_blame_given_to_others(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not _passes(make_incident, language, "no_blame", **{part: text})


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        ("en", "fix", "Our complaints team now checks every order twice."),
        ("en", "fix", "We have told our team that this was unacceptable, and retrained them."),
        ("es", "fix", "Nuestro equipo revisa ahora cada pedido dos veces."),
    ],
)
def test_round32_plain_statements_near_those_shapes(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert _passes(make_incident, language, "no_blame", **{part: text})


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ro",
            "În cazul în care drumurile de la școală până la librărie și înapoi v-au încurcat "
            "programul elevilor, ne pare sincer rău.",
        ),
        (
            "en",
            "In case the trips from the school to the bookshop and back again upset the plans "
            "your staff had made for the week, we are sorry.",
        ),
    ],
)
def test_a_long_condition_before_the_regret_is_a_conditional_apology(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _passes(make_incident, language, "no_non_apology", regret=text)


def test_what_the_harm_forced_them_to_pay_is_no_offer(make_incident: Any) -> None:
    text = (
        "Lamento que nuestro error les obligara a pagar de su bolsillo las copias que el "
        "colegio les devolvió."
    )
    assert _passes(make_incident, "es", "approved_offers", regret=text)


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "en",
            "responsibility",
            "We counted on the courier to bring the boxes on Monday, and they never did.",
        ),
        (
            "en",
            "regret",
            "Sorry that the carrier left us without any van that week, and you without books.",
        ),
        ("en", "explanation", "The contractor packed the order hastily and sloppily."),
        ("es", "responsibility", "La imprenta nos dejó mal, y ustedes lo sufrieron."),
        ("es", "regret", "Siento que al final usted pagara los platos rotos del transportista."),
        (
            "es",
            "regret",
            "Lamento que el ayuntamiento cerrara la calle y les arruinara la entrega.",
        ),
        (
            "es",
            "regret",
            "Me duele que un proveedor haya puesto en riesgo el curso de sus alumnos.",
        ),
        (
            "ro",
            "regret",
            "Regret că tipografia ne-a pus, pe noi și pe dumneavoastră, într-o situație grea.",
        ),
        ("ro", "explanation", "Curierul ar fi putut livra chiar în acea zi, dar a ales să amâne."),
        ("ro", "explanation", "Colaboratorul a lucrat în grabă și a uitat două cutii."),
    ],
)
def test_round32_more_blame_shapes(make_incident: Any, language: str, part: str, text: str) -> None:
    assert not _passes(make_incident, language, "no_blame", **{part: text})


def test_who_made_a_thing_for_us_is_another_party(make_incident: Any) -> None:
    facts = "The workbooks are made for us by Pressfield Print in Leeds."
    incident = make_incident(
        what_happened=facts + " On 18 November we shipped 240 of the 4th edition."
    )
    said = "I am sorry that the workbooks Pressfield Print made for us put your class behind."
    content = DraftContent(**{**GOOD_DRAFT, "regret": said})
    assert not {c.name: c for c in run_checks(content, incident)}["no_blame"].passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Noted, and the caps lock was not really needed, but fair enough."),
        ("en", "You wrote, rather angrily, that the books never came."),
        ("en", "Your email was rather rambling, but we got the gist."),
        ("en", "We know a textbook can seem like life or death in week one."),
        ("es", "Las mayúsculas no eran necesarias, pero entendimos el mensaje."),
        ("es", "Su correo, algo enrevesado, llegó el lunes."),
        ("es", "Para su tiendita unos libros parecen cosa de vida o muerte."),
        ("es", "Ojalá esta vez lea la carta entera y no en diagonal."),
        ("es", "Dejando de lado el tono teatral de su queja, le respondemos."),
        ("ro", "Majusculele nu erau chiar necesare, dar am înțeles."),
        ("ro", "Din mesajul dumneavoastră, cam încâlcit, am înțeles ce doriți."),
        ("ro", "Sperăm ca de data asta scrisoarea să fie citită, nu doar în diagonală."),
    ],
)
def test_round32_insults(make_incident: Any, language: str, text: str) -> None:
    assert not _passes(make_incident, language, "no_insults", regret=text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Our message to you was rambling and late, and that is on us."),
        ("es", "Leímos su correo con atención y le respondemos punto por punto."),
        ("ro", "Am citit cu atenție mesajul dumneavoastră."),
    ],
)
def test_round32_courtesy_near_those_shapes(make_incident: Any, language: str, text: str) -> None:
    assert _passes(make_incident, language, "no_insults", regret=text)


# -- faithful shapes the first contact of tuning34/tuning35 rejected ---------------------------


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        ("ro", "Reducerea e valabilă până la 31 martie anul viitor.", []),
        ("ro", "Abonamentul Fibra 500 pentru luna ianuarie vă este oferit.", []),
        ("es", "El plan Fibra 600 para el mes de enero no le costará nada.", []),
        ("en", "Your Fibre 900 for the month of January is on us.", []),
        ("en", "You get two more months of the plan.", [(Decimal(2), "month")]),
        ("ro", "Primiți încă două luni de abonament.", [(Decimal(2), "month")]),
    ],
)
def test_a_number_and_a_unit_with_a_month_or_a_preposition_between(
    language: str, text: str, found: list[tuple[Decimal, str]]
) -> None:
    assert durations_in(text, language) == found


@pytest.mark.parametrize(
    ("language", "part", "check", "text"),
    [
        # a harm with a word that is also a flood
        ("es", "regret", "no_blame", "Siento que viera sus aulas inundadas y perder los libros."),
        # our own reminders, checked
        (
            "es",
            "fix",
            "no_blame",
            "Ahora comparamos cada recordatorio con el pedido antes de enviarlo.",
        ),
        # a share of the facts, said never to have been given
        (
            "en",
            "restore_value",
            "approved_offers",
            "We send the books again; the 15% discount that was not applied comes with them.",
        ),
        # the work that failed, told in the explanation
        (
            "en",
            "explanation",
            "approved_offers",
            "We replaced them with the 4th edition of the textbook, not the 6th.",
        ),
        # a technical fault we handled
        ("en", "explanation", "no_blame", "Our desk logged your fault as a routine order query."),
        # a day to choose, and a day that cannot come back
        (
            "en",
            "restore_value",
            "approved_offers",
            "Tell me a day and time and the 240 copies will be there.",
        ),
        ("en", "regret", "approved_offers", "That was a week of classes you can't get back."),
        # an excuse word inside a name
        (
            "en",
            "explanation",
            "no_blame",
            "We sent copies of Study Rush Edition instead of the 6th edition.",
        ),
        # the reason told, not stated
        (
            "en",
            "fix",
            "no_invented_cause",
            "Every delayed order now triggers an e-mail stating the reason.",
        ),
    ],
)
def test_round32_faithful_shapes(
    make_incident: Any, language: str, part: str, check: str, text: str
) -> None:
    assert _passes(make_incident, language, check, **{part: text})


@pytest.mark.parametrize(
    ("language", "part", "check", "text"),
    [
        ("es", "fix", "no_blame", "Un recordatorio: la próxima vez avísenos antes."),
        ("en", "explanation", "no_blame", "That was your fault, not ours."),
        (
            "en",
            "explanation",
            "no_blame",
            "With the back-to-school rush, a slip like this happens.",
        ),
    ],
)
def test_round32_near_those_shapes_still_caught(
    make_incident: Any, language: str, part: str, check: str, text: str
) -> None:
    assert not _passes(make_incident, language, check, **{part: text})


def test_a_replacement_the_remedies_never_give_is_still_an_offer(make_incident: Any) -> None:
    incident = make_incident(remedies=["A 15% discount on the next semester order"])
    text = "We will replace your order with a new laptop."
    content = DraftContent(
        **{**GOOD_DRAFT, "restore_value": "A 15% discount applies.", "explanation": text}
    )
    assert not {c.name: c for c in run_checks(content, incident)}["approved_offers"].passed


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        ("en", "regret", "I'm sorry they kept your class waiting a whole week."),
        (
            "en",
            "responsibility",
            "We own it, even though the printer was the one who sent the old file.",
        ),
        ("en", "responsibility", "If they had warned us, we would have told you in time."),
        (
            "en",
            "regret",
            "I am sorry for the week the people who built our order system put you through.",
        ),
        ("en", "regret", "Sorry the landlord ought to have opened the stockroom for us."),
        ("es", "regret", "Siento que la edición vieja la mandaran mal ellos."),
        (
            "es",
            "responsibility",
            "Lo asumimos, aunque fue la imprenta quien imprimió la edición vieja.",
        ),
        ("es", "responsibility", "Si nos hubieran avisado, le habríamos escrito antes."),
        ("es", "responsibility", "Lo asumimos, aunque es cosa de quien nos suministró los libros."),
        ("es", "regret", "Me duele que una empresa de reparto dejara tirados a sus alumnos."),
        ("es", "regret", "Lamento que una herramienta externa les hiciera perder el curso."),
        ("ro", "regret", "Îmi pare rău, exact așa ne-au trimis-o ei."),
        (
            "ro",
            "responsibility",
            "Ne asumăm totul, chiar dacă tipograful a fost cel care a greșit ediția.",
        ),
        ("ro", "responsibility", "Programul, pe care nu noi l-am făcut, a greșit ediția."),
        ("ro", "responsibility", "Am greșit, dar lista ne-a venit așa și ne-am bazat pe ea."),
        ("ro", "regret", "Îmi pare rău, totul pentru că proprietarul nu a deschis depozitul."),
    ],
)
def test_round32_blame_by_pronoun_role_or_concession(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not _passes(make_incident, language, "no_blame", **{part: text})


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        ("en", "regret", "I am sorry your students spent a week in hospital waiting rooms."),
        ("en", "regret", "Sorry the charge left your bank account short."),
        ("es", "regret", "Siento que su banco le cobrara una comisión por nuestro error."),
        ("en", "responsibility", "Our team made the mistake, and we own it."),
    ],
)
def test_round32_plain_statements_near_those_roles(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert _passes(make_incident, language, "no_blame", **{part: text})


def test_not_costing_anything_is_a_free_offer(make_incident: Any) -> None:
    incident = make_incident(remedies=["A 15% discount on the next semester order"])
    said = "A 15% discount applies, and the January delivery will not cost you anything."
    content = DraftContent(**{**GOOD_DRAFT, "restore_value": said})
    assert not {c.name: c for c in run_checks(content, incident)}["approved_offers"].passed


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "en",
            "responsibility",
            "Our fault, though if your class list had come sooner, we could have caught it.",
        ),
        ("en", "fix", "On your side, please check the delivery note on arrival."),
        (
            "en",
            "responsibility",
            "We own it; with thousands of orders a week, the odd slip is part of the job.",
        ),
        ("es", "responsibility", "La falla es nuestra, aunque esta vez se nos pasó a ambos."),
        ("ro", "regret", "Îmi pare rău; o puteam evita și noi, și dumneavoastră."),
        (
            "ro",
            "responsibility",
            "Vina e a noastră, deși dacă ne sunați din prima zi, am fi observat problema.",
        ),
        (
            "ro",
            "responsibility",
            "Ne asumăm, însă uneori nu avem cum să controlăm termenele tipografiei.",
        ),
    ],
)
def test_round32_customer_blame_and_excuses(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not _passes(make_incident, language, "no_blame", **{part: text})


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        ("ro", "restore_value", "Dacă doriți, am fi bucuroși să vă sunăm mâine."),
        ("en", "fix", "Checking the edition is part of the job now, on every order."),
    ],
)
def test_round32_plain_statements_near_customer_blame(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert _passes(make_incident, language, "no_blame", **{part: text})
