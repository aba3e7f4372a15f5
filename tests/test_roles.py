"""Who is who: the company reads as "we", a supplier the facts name reads as a supplier."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from draftkit.incident import Incident
from draftkit.lexicon import scan
from draftkit.roles import reader


def test_the_company_name_reads_as_we_and_its_possessive_as_our(
    make_incident: Callable[..., Incident],
) -> None:
    read = reader(make_incident(company={"name": "Pipewell CRM"}))
    assert read("Pipewell is fully responsible.") == "we is fully responsible."
    assert read("This was Pipewell CRM's mistake.") == "This was our mistake."
    assert "ownership" in scan(read("This was Pipewell CRM's mistake."), "en")


def test_a_supplier_the_facts_name_reads_as_a_supplier(
    make_incident: Callable[..., Incident],
) -> None:
    incident = make_incident(
        root_cause="In October we moved sign-on from Identiqa, the vendor that hosted it, "
        "to our own servers and did not renew its certificate.",
    )
    read = reader(incident)
    assert read("Identiqa should have warned us.") == "supplier should have warned us."
    assert "shift" in scan(read("Identiqa should have warned us."), "en")


def test_names_of_the_customer_and_sender_are_never_parties(
    make_incident: Callable[..., Incident],
) -> None:
    incident = make_incident(
        what_happened="Our courier partner delivered the parcel to Northside Academy's old site.",
    )
    # the customer is "you", never another party
    assert reader(incident)("Northside Academy") == "you"
    assert reader(incident)("Northside Academy's pupils") == "your pupils"


def test_a_place_beside_a_party_word_is_no_party(
    make_incident: Callable[..., Incident],
) -> None:
    """Only an apposition or an agent names a party; a city reached by "to" or "with" does not."""
    incident = make_incident(
        language="es",
        what_happened="Usted voló a Quito con nuestra aerolínea asociada y su maleta se quedó "
        "en tierra; la entregó la mensajería TransAndes, nuestro transportista, tres días tarde.",
    )
    read = reader(incident)
    assert read("Su maleta no llegó a Quito.") == "Su maleta no llegó a Quito."
    assert read("TransAndes tuvo la culpa.") == "proveedor tuvo la culpa."


def test_a_party_named_after_its_role_word_reads_as_a_party(
    make_incident: Callable[..., Incident],
) -> None:
    incident = make_incident(
        language="ro",
        what_happened="Coletul a fost predat partenerului nostru de curierat ZipCargo în Brașov.",
    )
    read = reader(incident)
    assert read("ZipCargo a greșit.") != "ZipCargo a greșit."
    assert read("Am livrat în Brașov.") == "Am livrat în Brașov."


def test_the_company_called_by_what_it_is_reads_as_we(
    make_incident: Callable[..., Incident],
) -> None:
    """ "The bakery takes the blame" owns the failure as plainly as "we do"; another bakery
    ("a bakery", "otra panadería", "altă brutărie") is any bakery."""
    en = reader(make_incident(company={"name": "Northgate Bakery Ltd"}))
    assert en("The bakery takes the blame, and the bakery's oven failed.") == (
        "we takes the blame, and our oven failed."
    )
    assert en("We bought bread from another bakery.") == "We bought bread from another bakery."
    assert "ownership" in scan(en("The bakery is to blame, nobody else."), "en")
    es = reader(make_incident(language="es", company={"name": "Panadería Sol"}))
    assert (
        es("La culpa es de la panadería y del obrador no.")
        == "La culpa es de nosotros y del obrador no."
    )
    assert es("Compró en otra panadería.") == "Compró en otra panadería."
    ro = reader(make_incident(language="ro", company={"name": "Brutăria Spicul"}))
    assert ro("Vina este a brutăriei.") == "Vina este a noi."
    assert ro("Ați cumpărat de la altă brutărie.") == "Ați cumpărat de la altă brutărie."


def test_a_platform_or_lab_the_facts_name_is_another_party(
    make_incident: Callable[..., Incident],
) -> None:
    """The firms a company buys from are named by what they sell, not only as "supplier"."""
    incident = make_incident(
        root_cause="The order went through Reservia, the booking platform the hotel uses, "
        "and the confirmation was never sent back to us.",
    )
    read = reader(incident)
    assert read("Reservia lost your booking.") == "supplier lost your booking."
    es = reader(
        make_incident(
            language="es",
            root_cause="Las muestras se enviaron a Biolab, el laboratorio que analiza los "
            "cultivos, con dos días de retraso.",
        )
    )
    assert es("El retraso fue de Biolab.") == "El retraso fue de proveedor."


def test_what_a_remedy_gives_is_no_party(make_incident: Callable[..., Incident]) -> None:
    """A hall the facts put beside "the platform" is ours to give once a remedy offers it."""
    what_happened = (
        "The booking system showed Harbour Hall as free, and the venue's platform, Venuely, "
        "sold it twice."
    )
    given = reader(
        make_incident(
            what_happened=what_happened, remedies=["Free use of Harbour Hall for your next event"]
        )
    )
    assert given("Harbour Hall will be yours.") == "Harbour Hall will be yours."
    assert given("Venuely sold it twice.") == "supplier sold it twice."
    not_given = reader(make_incident(what_happened=what_happened, remedies=["15% off"]))
    assert not_given("Harbour Hall will be yours.") == "supplier will be yours."


def test_a_party_is_also_named_by_the_first_word_of_its_name(
    make_incident: Callable[..., Incident],
) -> None:
    incident = make_incident(
        what_happened="Our carrier, ColdRoute Logistics, sent the boxes through its depot.",
    )
    read = reader(incident)
    assert read("ColdRoute's detour spoiled your box.") == "supplier detour spoiled your box."
    assert read("ColdRoute Logistics' detour") == "supplier' detour"
    # a common word that opens a name is not the name by itself
    incident = make_incident(what_happened="Our courier, The Parcel Co, lost the box.")
    assert reader(incident)("The box was lost.") == "The box was lost."


def test_a_party_is_named_without_its_legal_form(make_incident: Callable[..., Incident]) -> None:
    incident = make_incident(
        language="es",
        root_cause="El técnico era de Cerraduras Marí S.L., la empresa colaboradora de guardia.",
    )
    assert "Cerraduras Marí" not in reader(incident)("El cobro fue cosa de Cerraduras Marí.")


def test_the_customer_named_in_the_third_person_reads_as_you(
    make_incident: Callable[..., Incident],
) -> None:
    en = make_incident(customer={"name": "Suresh Iyer"})
    assert reader(en)("Had Mr. Iyer told us on the day…") == "Had you told us on the day…"
    assert "blame_customer" in scan(reader(en)("Had Mr Iyer told us sooner, we could have."), "en")
    es = make_incident(language="es", customer={"name": "Marta Llopis"})
    assert reader(es)("Si la señora Llopis nos hubiera avisado") == "Si usted nos hubiera avisado"
    ro = make_incident(language="ro", customer={"name": "Andrei Ionescu"})
    assert (
        reader(ro)("Dacă domnul Ionescu ne-ar fi anunțat") == "Dacă dumneavoastră ne-ar fi anunțat"
    )
    # another person with the same surname is no customer without a title: "Leo Iyer" stays
    assert reader(en)("Leo Iyer was at the clinic.") == "Leo Iyer was at the clinic."


@pytest.mark.parametrize(
    ("root_cause", "said"),
    [
        # set off by a comma, further from its party word
        (
            "Nuestro proveedor de control de acceso, AccesoTec, cargó la lista equivocada.",
            "Fue un fallo de AccesoTec.",
        ),
        # a run of capitalised words opening the sentence
        (
            "Vigila Exam, el servicio de supervisión que contratamos, se actualizó sin pruebas.",
            "Vigila Exam falló.",
        ),
        # the firm we contracted with, our ally: another party
        (
            "El camión que contratamos con Transportes Los Andes viajó con el frío apagado.",
            "Transportes Los Andes nos falló.",
        ),
        ("La grúa de nuestro aliado Grúas El Peñol salió a las 21:40.", "Grúas El Peñol tardó."),
        # "external" says another party as plainly as "supplier"
        (
            "Los coches seguían en el taller externo Talleres Guadalhorce, en reparación.",
            "Talleres Guadalhorce no los devolvió.",
        ),
    ],
)
def test_other_shapes_of_a_named_party(
    make_incident: Callable[..., Incident], root_cause: str, said: str
) -> None:
    incident = make_incident(language="es", root_cause=root_cause)
    assert "proveedor" in reader(incident)(said)


def test_a_unit_called_by_a_word_of_the_company_name_is_ours(
    make_incident: Callable[..., Incident],
) -> None:
    incident = make_incident(company={"name": "Kingsford University Student Accommodation"})
    read = reader(incident)("The Accommodation Office should have called you.")
    assert "Office" not in read
    assert "ownership" in scan(read, "en") or "we" in read.split()
