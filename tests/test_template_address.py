"""How the offline drafts address the customer: greetings, subjects, usted or ustedes.

A formal greeting follows the title when one is known ("Estimada Sra. Herrera:", "Stimate
domnule Popescu,") and never guesses a gender without one; the subject says what failed and
when; Spanish agrees with one person (usted) or an organisation (ustedes) throughout.
"""

from __future__ import annotations

import copy
import re

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from draftkit.incident import Incident, load_incident
from draftkit.providers.template import TemplateProvider
from prose_cases import CHANNELS, EXAMPLE_FILES, FACTS, SEVERITIES, incident

provider = TemplateProvider()


def expected_greeting(language: str, channel: str, severity: str, who: str, titled: bool) -> str:
    formal = channel == "letter" or (channel == "email" and severity in ("high", "critical"))
    if language == "en":
        if channel == "social":
            return "Hello,"
        if channel == "chat":
            return "Hello Ms Shah," if titled else "Hi Priya,"
        return "Dear Ms Shah," if titled else "Dear Priya Shah,"
    if language == "es":
        if channel == "social":
            return "Hola:"
        if channel == "chat":
            return "Buenos días, Sra. Herrera:" if titled else "Hola, Marta:"
        if titled:
            return "Estimada Sra. Herrera:"
        return "Buenos días:" if formal else "Buenos días, Marta:"
    vocative, given = ("domnule Popescu", "Andrei") if who == "person" else ("doamnă Rusu", "Ana")
    if channel == "social":
        return "Bună ziua,"
    if channel == "chat":
        return f"Bună ziua, {vocative}," if titled else f"Bună ziua, {given},"
    if titled:
        return f"{'Stimate' if who == 'person' else 'Stimată'} {vocative},"
    return "Bună ziua,"


@pytest.mark.parametrize("severity", SEVERITIES)
@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("language", ["en", "es", "ro"])
def test_greeting_by_register_channel_and_title(language: str, channel: str, severity: str) -> None:
    for who in ("person", "organisation"):
        for titled in (True, False):
            case = incident(language, channel, severity, who=who, titled=titled)
            greeting = provider.compose(case).greeting
            assert greeting == expected_greeting(language, channel, severity, who, titled)
            assert "Marta Herrera" not in greeting and "Andrei Popescu" not in greeting
            assert "doamna" not in greeting  # the vocative is "doamnă"


@pytest.mark.parametrize(
    ("language", "contact", "expected"),
    [
        ("en", "Ms. Rivera", "Dear Ms. Rivera,"),
        ("es", "Sra. Rivera", "Estimada Sra. Rivera:"),
        ("es", "Dr. Salas", "Estimado Dr. Salas:"),
        ("es", "Ms Shah", "Buenos días, Ms Shah:"),  # a title with no gender in Spanish
        ("ro", "doamna Rusu", "Stimată doamnă Rusu,"),
        ("ro", "dl. Ionescu", "Stimate domnule Ionescu,"),
        ("ro", "d-na Pop", "Stimată doamnă Pop,"),
    ],
)
def test_a_title_written_into_the_contact_counts_as_its_salutation(
    language: str, contact: str, expected: str
) -> None:
    data = copy.deepcopy(FACTS[language])
    data.update(customer={"name": "Acme", "contact": contact}, channel="letter")
    assert provider.compose(Incident.model_validate(data)).greeting == expected


def test_a_bare_title_takes_the_name_as_given() -> None:
    data = {**FACTS["es"], "channel": "letter"}
    data["customer"] = {"name": "Marta Herrera López", "salutation": "Sra."}
    assert provider.compose(Incident.model_validate(data)).greeting == (
        "Estimada Sra. Marta Herrera López:"
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    language=st.sampled_from(["en", "es", "ro"]),
    channel=st.sampled_from(CHANNELS),
    name=st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), min_size=1),
    salutation=st.none() | st.text(min_size=1, max_size=30),
)
def test_any_valid_name_or_salutation_gives_a_greeting(
    language: str, channel: str, name: str, salutation: str | None
) -> None:
    data = {**FACTS[language], "channel": channel, "customer": {"name": name}}
    if salutation is not None:
        data["customer"]["salutation"] = salutation
    try:
        case = Incident.model_validate(data)
    except ValueError:
        reject()  # refused as input (blank, control characters, a whole greeting)
    greeting = provider.compose(case).greeting
    assert greeting.endswith((",", ":"))
    assert not re.search(r"\{(?:name|full|given)\}", greeting)  # user text is a value


# -- subjects ---------------------------------------------------------------------------------

TOPICS = {
    "en": "Our apology for the outage on 17 November",
    "es": "Nuestras disculpas por el envío equivocado del 10 de noviembre",
    "ro": "Ne cerem scuze pentru debitarea dublă din 3 noiembrie",
}


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("language", ["en", "es", "ro"])
def test_the_subject_says_what_failed_and_when(language: str, channel: str) -> None:
    case = incident(language, channel, "high")
    subject = provider.compose(case).subject
    prefix = "" if channel == "social" else f"[{case.id}] "  # a public reply shows no ticket id
    assert subject == prefix + TOPICS[language]


def test_a_topic_may_date_itself() -> None:
    data = {**FACTS["ro"], "customer": {"name": "Andrei Popescu"}, "occurred_at": "2026-11-18"}
    data["what_happened"] = (
        "Pe 18 noiembrie am trimis 240 de manuale din ediția a 4-a în loc de a 6-a."
    )
    assert provider.compose(Incident.model_validate(data)).subject == (
        "[TEL-3310] Ne cerem scuze pentru produsele greșite pe care vi le-am trimis pe 18 noiembrie"
    )


def test_subjects_differ_by_incident() -> None:
    subjects = {provider.compose(load_incident(p)).subject for p in EXAMPLE_FILES}
    assert len(subjects) == len(EXAMPLE_FILES)


@pytest.mark.parametrize(
    ("language", "occurred_at", "expected"),
    [
        ("en", "2026-11-17", "[X-1] Our apology for what happened on 17 November"),
        ("en", None, "[X-1] Our apology for our mistake"),
        ("es", "2026-11-17", "[X-1] Nuestras disculpas por lo ocurrido el 17 de noviembre"),
        ("ro", "2026-11-17", "[X-1] Ne cerem scuze pentru ce s-a întâmplat pe 17 noiembrie"),
    ],
)
def test_an_unrecognised_failure_is_named_by_its_date(
    language: str, occurred_at: str | None, expected: str
) -> None:
    data = {**FACTS[language], "id": "X-1", "what_happened": "Zzz qqq.", "impact": "Qqq zzz."}
    data.update(customer={"name": "Priya Shah"}, occurred_at=occurred_at)
    case = Incident.model_validate({k: v for k, v in data.items() if v is not None})
    assert provider.compose(case).subject == expected


# -- Spanish: usted or ustedes, and articles ---------------------------------------------------


@pytest.mark.parametrize("channel", CHANNELS)
def test_spanish_addresses_an_organisation_as_ustedes_and_a_person_as_usted(channel: str) -> None:
    plural = provider.compose(incident("es", channel, "critical", who="organisation"))
    single = provider.compose(incident("es", channel, "critical", who="person"))
    assert plural.restore_value.startswith("Para compensarles, les ")
    assert single.restore_value.startswith("Para compensarle, le ")
    for frame_words in (plural.restore_value, plural.regret.split(":")[0]):
        assert not re.search(r"\ble\b|compensarle\b", frame_words)
    for frame_words in (single.restore_value, single.regret.split(":")[0]):
        assert not re.search(r"\bles\b|compensarles\b", frame_words)
    if channel != "chat":
        assert "Confiaron en nosotros y les fallamos." in plural.regret
        assert "Confió en nosotros y le fallamos." in single.regret


def test_spanish_facts_that_say_ustedes_make_the_draft_say_it_too() -> None:
    data = {**FACTS["es"], "customer": {"name": "Marta Herrera"}}
    data["what_happened"] = "El 10 de noviembre les enviamos a ustedes la edición equivocada."
    content = provider.compose(Incident.model_validate(data))
    assert content.restore_value.startswith("Para compensarles, les ofrecemos")


def test_spanish_remedies_get_their_article() -> None:
    content = provider.compose(incident("es", "email", "medium"))
    assert content.restore_value == (
        "Para compensarles, les ofrecemos el reembolso íntegro del pedido (1.260 euros) y el "
        "reenvío urgente de los 60 ejemplares correctos sin coste."
    )
