"""Readings learnt from the tuning59 and tuning60 rounds, each checked on sentences written for
this test (the textbook incidents of test_checks), never on the corpus text that showed the
gap."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import blamed as _blamed
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- another party's part, said as a wish, a duty, an act of "others" or a disappointment -------

ANOTHER_PARTY = [
    # the wish that another had acted
    (
        "en",
        "regret",
        "I am sorry your students went three days without books. I only wish the printer had "
        "checked the edition before the boxes left.",
    ),
    (
        "es",
        "regret",
        "Siento mucho los tres días sin libros. Ojalá la imprenta nos hubiera avisado del cambio "
        "de edición.",
    ),
    (
        "ro",
        "regret",
        "Îmi pare rău pentru cele trei zile fără manuale. Mi-aș fi dorit ca firma de curierat "
        "care a dus coletele în Cluj să fi lucrat mai atent.",
    ),
    (
        "ro",
        "regret",
        "Îmi pare rău pentru cele trei zile fără manuale. Ne-am fi dorit ca furnizorul de "
        "hârtie să livreze la timp.",
    ),
    # ... our supplier is still a supplier
    (
        "ro",
        "regret",
        "Îmi pare rău pentru cele trei zile fără manuale. Mi-aș fi dorit ca furnizorul nostru "
        "de hârtie să fi fost mai atent.",
    ),
    # a duty missed by a subject of several words
    (
        "ro",
        "regret",
        "Îmi pare rău pentru cele trei zile fără manuale; curierii de la depozitul din Cluj ar "
        "fi trebuit să observe că eticheta era greșită.",
    ),
    (
        "es",
        "regret",
        "Siento mucho los tres días sin libros. Los operarios del almacén tenían que haber "
        "revisado las etiquetas.",
    ),
    (
        "en",
        "regret",
        "I am sorry your students went three days without books. Whoever packed those boxes at "
        "the depot let all of us down.",
    ),
    (
        "en",
        "regret",
        "I am sorry your students went three days without books, and that the couriers took as "
        "long as they did to bring the right edition.",
    ),
    # the harm done by unnamed others
    (
        "en",
        "regret",
        "I am sorry your students went three days without books, after a shipment handled by "
        "others went wrong.",
    ),
    ("es", "regret", "Siento mucho los tres días sin libros, por un error cometido por otros."),
    (
        "es",
        "regret",
        "Siento mucho los tres días sin libros, consecuencia de un envío que quedó en manos "
        "ajenas.",
    ),
    (
        "ro",
        "regret",
        "Regret că ați rămas trei zile fără manuale: o livrare făcută în grabă de alții v-a "
        "lăsat elevii fără cărți.",
    ),
    # our people's part denied beside theirs
    (
        "en",
        "responsibility",
        "The wrong label was put on by the outside warehouse, not by our team.",
    ),
    (
        "es",
        "responsibility",
        "La etiqueta equivocada la puso el almacén externo, no nuestro equipo.",
    ),
    (
        "ro",
        "responsibility",
        "Eticheta greșită a fost pusă de depozitul extern, nu de echipa noastră.",
    ),
    # a disappointment laid on another
    (
        "en",
        "regret",
        "I am sorry your students went three days without books; it is not what we expected "
        "from a printer of that standing.",
    ),
    (
        "es",
        "regret",
        "Siento mucho los tres días sin libros; no es lo que esperábamos de una imprenta con "
        "tanta experiencia.",
    ),
    (
        "ro",
        "regret",
        "Îmi pare rău pentru cele trei zile fără manuale; nu este ceea ce ne așteptam de la o "
        "tipografie atât de cunoscută.",
    ),
]


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # what merely happened, or what we should have done
        (
            "en",
            "regret",
            "I am sorry your students went three days without books. I wish the books had "
            "arrived on time.",
        ),
        (
            "en",
            "regret",
            "I am sorry your students went three days without books. I wish we had checked the "
            "edition before the boxes left.",
        ),
        (
            "en",
            "regret",
            "I am sorry your students went three days without books. I wish our printer had "
            "checked the edition.",
        ),
        ("es", "regret", "Siento mucho los tres días sin libros. Ojalá le hubiera llamado antes."),
        (
            "es",
            "regret",
            "Siento mucho los tres días sin libros. Ojalá los libros hubieran llegado a tiempo.",
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău pentru cele trei zile fără manuale. Mi-aș fi dorit ca echipa noastră "
            "să fi verificat ediția înainte de expediere.",
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău pentru cele trei zile fără manuale. Mi-aș fi dorit ca lucrurile să fi "
            "stat altfel pentru elevii dumneavoastră.",
        ),
        (
            "es",
            "regret",
            "Siento mucho los tres días sin libros. Nuestros operarios del almacén tenían que "
            "haber revisado las etiquetas.",
        ),
        ("en", "regret", "I am sorry we took as long as we did to send the right edition."),
        (
            "en",
            "regret",
            "I am sorry for the three days without books. Our couriers don't always handle "
            "parcels the way they should, and that is on us.",
        ),
        (
            "es",
            "regret",
            "Siento los tres días sin libros, que no habrían pasado si hubiéramos revisado la "
            "edición.",
        ),
        (
            "es",
            "regret",
            "Lamento los tres días sin libros, por la lentitud de nuestro sistema de pedidos.",
        ),
        # the harm done to the customer by someone, and the team's other member
        (
            "en",
            "explanation",
            "The books were packed by someone else on our warehouse team, who used the old list.",
        ),
        ("es", "fix", "Cada envío lo revisa ahora otra persona del equipo antes de salir."),
        # the silence that was ours, told as ours
        (
            "es",
            "regret",
            "Siento que se enterara por una vecina y no por nosotros de que los libros eran otros.",
        ),
        # what we expect of ourselves
        ("en", "regret", "I am sorry: this is not what we expect of ourselves."),
        ("es", "regret", "Lo siento mucho: no es lo que esperamos de nosotros mismos."),
        ("ro", "regret", "Îmi pare rău: nu este ceea ce ne așteptam de la noi înșine."),
    ],
)
def test_our_own_part_or_what_only_happened_is_no_other_partys(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not _blamed(make_incident, language, part, text)


# -- the harm put down to what is not ours to run, or to the nature of the work --------------

EXCUSES = [
    (
        "en",
        "regret",
        "I am sorry your students went three days without books because of a courier network "
        "we don't control.",
    ),
    (
        "es",
        "regret",
        "Siento mucho los tres días sin libros por una red de transporte que no controlamos.",
    ),
    (
        "ro",
        "regret",
        "Îmi pare rău pentru cele trei zile fără manuale, din cauza unei rețele de curierat pe "
        "care nu o controlăm.",
    ),
    (
        "en",
        "responsibility",
        "We are responsible. The depot was flooded with orders that week, which no amount of "
        "planning on our side could have avoided.",
    ),
    (
        "en",
        "regret",
        "I am sorry for the three days without books; mix-ups are one of those things.",
    ),
    (
        "en",
        "regret",
        "I am sorry for the three days without books; edition mix-ups are hard to avoid in peak "
        "season.",
    ),
    (
        "en",
        "responsibility",
        "Nobody could have seen the table error coming, but we should have caught it.",
    ),
    (
        "es",
        "responsibility",
        "Asumimos el error; por muchas precauciones que se tomen, un envío así siempre puede "
        "salir mal.",
    ),
    ("es", "responsibility", "Asumimos el error; son riesgos propios de la temporada alta."),
    (
        "ro",
        "responsibility",
        "Ne asumăm greșeala, deși e genul de încurcătură pe care nicio editură nu o poate preveni.",
    ),
    ("ro", "responsibility", "Ne asumăm greșeala; sunt riscuri inerente în sezonul aglomerat."),
]


@pytest.mark.parametrize(
    "text",
    [
        # what we do not run well enough is ours
        "The 4th edition came from an old table in our order system, which we do not control "
        "well enough yet.",
        # ... and a check we did not run
        "We should have caught it, but we did not run our edition check that night.",
    ],
)
def test_what_we_did_not_run_ourselves_is_no_excuse(make_incident: Any, text: str) -> None:
    assert not _blamed(make_incident, "en", "explanation", text)


# -- the customer's part, as help we lacked, a silence, a surprise or a next time -------------

CUSTOMER = [
    (
        "en",
        "responsibility",
        "The wrong edition is on us. Still, it would have helped if the order form had listed "
        "the edition your course needs.",
    ),
    (
        "en",
        "responsibility",
        "The wrong edition is on us, although an earlier call to us might have let us fix it "
        "before term started.",
    ),
    (
        "en",
        "responsibility",
        "The wrong edition is on us, though no one at your school reported it for three days.",
    ),
    (
        "en",
        "regret",
        "I am sorry for the three days without books, though I'm surprised your staff did not "
        "notice the cover.",
    ),
    (
        "es",
        "responsibility",
        "El error es nuestro, aunque nos habría ayudado que su secretaría nos confirmara la "
        "edición antes.",
    ),
    (
        "es",
        "responsibility",
        "El error es nuestro, aunque nadie de su colegio nos avisó hasta el tercer día.",
    ),
    (
        "es",
        "regret",
        "Siento los tres días sin libros, aunque nos sorprende que su personal no lo notara.",
    ),
    (
        "ro",
        "responsibility",
        "Greșeala este a noastră, deși ne-ar fi ajutat dacă ne-ați fi confirmat ediția.",
    ),
    (
        "ro",
        "responsibility",
        "Greșeala este a noastră, dar nimeni din partea dumneavoastră nu ne-a anunțat până în a "
        "treia zi.",
    ),
    (
        "ro",
        "regret",
        "Îmi pare rău pentru cele trei zile fără manuale, deși ne miră că nu ați observat coperta.",
    ),
    (
        "ro",
        "fix",
        "Ca să nu mai pățiți la fel, vă rugăm să verificați fiecare cutie la livrare. Vă "
        "confirmăm livrarea până pe 28 noiembrie 2026.",
    ),
]


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # the silence and the check ours
        (
            "en",
            "responsibility",
            "The wrong edition is our mistake. It would have helped if we had checked the list "
            "before shipping.",
        ),
        (
            "en",
            "responsibility",
            "The wrong edition is our mistake: no one let you know until you called us.",
        ),
        (
            "es",
            "responsibility",
            "El error es nuestro y nadie de nuestro equipo lo detectó a tiempo.",
        ),
        ("es", "responsibility", "Nadie más tiene culpa en esto, y desde luego usted tampoco."),
        (
            "ro",
            "fix",
            "Ca să nu mai pățiți la fel, verificăm acum fiecare comandă înainte de livrare și vă "
            "confirmăm livrarea până pe 28 noiembrie 2026.",
        ),
        # "you when we should have": the modal ours
        (
            "en",
            "responsibility",
            "We shipped the wrong edition, and we did not call you when we should have.",
        ),
    ],
)
def test_our_own_silence_or_check_is_no_blame_of_the_customer(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not _blamed(make_incident, language, part, text)


# -- the customer told it was their fault, and the draft saying that was wrong -----------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "en",
            "responsibility",
            "You were told by our support line that the order was your mistake; that was wrong, "
            "and the fault is ours.",
        ),
        (
            "en",
            "regret",
            "I am sorry you lost three days of classes, and sorry you were made to feel it was "
            "your fault.",
        ),
        (
            "ro",
            "responsibility",
            "Vi s-a spus la telefon că greșeala a fost a dumneavoastră, ceea ce nu era adevărat; "
            "greșeala este a noastră.",
        ),
    ],
)
def test_blame_reported_as_wrong_does_not_blame(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not _blamed(make_incident, language, part, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "As we said on the phone, it was your mistake."),
        # a report introduced by "as" stands by it, regret or not
        ("en", "We're sorry, but as our desk told you, it was your mistake."),
        ("es", "Lo sentimos, pero como le dijeron en la tienda, el error fue suyo."),
        (
            "ro",
            "Ne pare rău, dar așa cum vi s-a spus la telefon, greșeala a fost a dumneavoastră.",
        ),
    ],
)
def test_blame_we_report_and_stand_by_still_blames(
    make_incident: Any, language: str, text: str
) -> None:
    assert _blamed(make_incident, language, "responsibility", text)


# -- offers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We are also clearing whatever balance is still outstanding on your account."),
        ("es", "Y, de paso, le forramos todos los libros sin cobrarle nada."),
        (
            "ro",
            "La următoarea comandă primiți și livrarea la clasa Confort, fără diferență de preț.",
        ),
        ("ro", "Vom acoperi, de asemenea, penalitățile de întârziere plătite de școală."),
    ],
)
def test_a_gift_in_other_words_is_an_offer_to_check(
    make_incident: Any, language: str, text: str
) -> None:
    failed = _failed(_incident(make_incident, language), language, restore_value=text)
    assert "approved_offers" in failed


def test_the_printing_of_a_document_is_no_impression_regretted(make_incident: Any) -> None:
    incident = _incident(make_incident, "es")
    printing = "Disculpas por la impresión de sus libros con la edición equivocada"
    assert "no_non_apology" not in _failed(incident, "es", subject=printing)
    for hollow in (
        "Lamentamos la impresión de desorden que le dimos.",
        "Lamentamos la impresión de que no le escuchamos.",
        "Sentimos que se haya llevado esa impresión del servicio.",
    ):
        assert "no_non_apology" in _failed(incident, "es", regret=hollow)


def test_a_plan_named_in_a_remedy_is_no_upgrade(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "en",
        remedies=["Three months of Sonora Premium at no charge"],
    )
    text = "Your Sonora Premium subscription will be free for the next three months."
    assert "approved_offers" not in _failed(incident, "en", restore_value=text)
    # ... but a better plan than the remedy's is one
    assert "approved_offers" in _failed(
        incident, "en", restore_value="We will also move you to a premium subscription tier."
    )


def test_a_voucher_remedy_is_for_later_by_nature(make_incident: Any) -> None:
    incident = _incident(
        make_incident, "es", remedies=["Un bono de 50 € para cualquier libro de 2027"]
    )
    text = "Le enviamos un bono para su próximo pedido de 2027."
    assert "approved_offers" not in _failed(incident, "es", restore_value=text)


def test_extra_sessions_a_remedy_gives_are_counted(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "ro",
        remedies=[
            "Rambursarea celor 237,50 lei plătiți pentru cele două ședințe de pregătire",
            "Patru ședințe suplimentare de pregătire, fără cost",
        ],
    )
    text = "Până la examen veți face patru ședințe de pregătire în plus, pe care nu le plătiți."
    assert "approved_offers" not in _failed(incident, "ro", restore_value=text)
    more = "Până la examen veți face șase ședințe de pregătire în plus, pe care nu le plătiți."
    assert "approved_offers" in _failed(incident, "ro", restore_value=more)


#: Found on a second pass over tuning60's misses.
SECOND_PASS = [
    (
        "en",
        "regret",
        "I am sorry for the three days without books. Outside couriers don't always handle "
        "parcels the way we would.",
    ),
    (
        "en",
        "regret",
        "I am sorry for the three days without books, and I regret that they held us up in "
        "getting the right edition to you.",
    ),
    # an excuse after a caveat, not owned by the ownership before it
    (
        "en",
        "responsibility",
        "We accept all of it, with the caveat that edition mix-ups like this are one of those "
        "things.",
    ),
    (
        "ro",
        "responsibility",
        "Ne asumăm tot ce s-a întâmplat, cu mențiunea că este genul de încurcătură pe care "
        "nicio editură nu o poate preveni.",
    ),
    (
        "es",
        "regret",
        "Siento los tres días sin libros, que no habrían pasado si la imprenta del proveedor "
        "hubiera cumplido.",
    ),
    (
        "es",
        "regret",
        "Siento que sus libros llegaran tarde: quien los repartió no supo hacer su trabajo.",
    ),
    (
        "es",
        "regret",
        "Lamento los tres días sin libros, por una rigidez de la distribuidora que nos sorprendió.",
    ),
    (
        "es",
        "regret",
        "Siento los tres días sin libros. Ya se lo hemos dicho a ellos con toda claridad.",
    ),
    (
        "es",
        "responsibility",
        "El error es nuestro, aunque usted tampoco nos avisó del cambio de curso.",
    ),
    (
        "ro",
        "regret",
        "Îmi pare rău pentru cele trei zile fără manuale; noi nu aveam cum să schimbăm ce livra "
        "distribuitorul.",
    ),
    (
        "ro",
        "responsibility",
        "Cutiile au fost lăsate la poartă de omul firmei partenere, iar noi am avut încredere "
        "în el.",
    ),
    (
        "ro",
        "regret",
        "Îmi pare rău pentru cele trei zile fără manuale; hamalii din depozitul gării ar fi "
        "trebuit să observe eticheta.",
    ),
]


@pytest.mark.parametrize(
    ("language", "part", "text"), [*ANOTHER_PARTY, *EXCUSES, *CUSTOMER, *SECOND_PASS]
)
def test_each_new_shape_of_blame_is_caught(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert _blamed(make_incident, language, part, text)
