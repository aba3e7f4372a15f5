"""Who is who: the company reads as "we", a supplier the facts name reads as a supplier."""

from __future__ import annotations

from collections.abc import Callable

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
    assert reader(incident)("Northside Academy") == "Northside Academy"
