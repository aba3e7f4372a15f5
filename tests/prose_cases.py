"""Small incidents for the template provider's prose tests, one set of facts per language.

Each can be drafted for a person addressed directly or for an organisation's contact, with or
without a salutation, a root cause and a follow-up (about the cause, or about something else).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from conftest import EXAMPLES
from draftkit.incident import Incident

EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".yaml", ".json"})
CHANNELS = ("email", "letter", "chat", "social")
SEVERITIES = ("low", "medium", "high", "critical")
FACTS: dict[str, dict[str, Any]] = {
    "en": {
        "id": "SUP-1042",
        "language": "en",
        "company": {"name": "Clinicly", "sender": "Tom Becker", "sender_role": "Support Lead"},
        "occurred_at": "2026-11-17",
        "what_happened": (
            "On 17 November our scheduling app was unavailable from 09:00 to 11:30. "
            "Bookings made in that time were lost."
        ),
        "impact": (
            "Your reception team could not book 40 patients and had to call them back by hand. "
            "Two patients missed their treatment."
        ),
        "root_cause": "A database update locked the appointments table during opening hours.",
        "remedies": ["Credit of EUR 120 on your next invoice", "Priority support for a month"],
        "fixes": [
            "Database updates now run only outside opening hours",
            "Automatic alert when bookings stop for five minutes",
        ],
    },
    "es": {
        "id": "PED-2207",
        "language": "es",
        "company": {
            "name": "Libros Andes",
            "sender": "Javier Ortega",
            "sender_role": "Atención al Cliente",
        },
        "occurred_at": "2026-11-10",
        "what_happened": (
            "El 10 de noviembre enviamos 60 ejemplares de la 3.ª edición en lugar de la 5.ª. "
            "Los libros llegaron el día 12."
        ),
        "impact": (
            "Las clases empezaron sin el libro correcto y 60 alumnos tuvieron que trabajar con "
            "fotocopias durante una semana."
        ),
        "root_cause": "Un error al actualizar el catálogo asignó la edición antigua al pedido.",
        "remedies": [
            "Reembolso íntegro del pedido (1.260 euros)",
            "Reenvío urgente de los 60 ejemplares correctos sin coste",
        ],
        "fixes": [
            "Auditorías manuales del 5 % de los pedidos",
            "Una comprobación automática de la edición antes de cada envío",
        ],
    },
    "ro": {
        "id": "TEL-3310",
        "language": "ro",
        "company": {
            "name": "Voxa Telecom",
            "sender": "Ioana Marinescu",
            "sender_role": "Relații cu Clienții",
        },
        "occurred_at": "2026-11-03",
        "what_happened": "Pe 3 noiembrie v-am debitat de două ori abonamentul lunar de 89 lei.",
        "impact": (
            "Ați plătit 178 lei în loc de 89 lei și ați rămas fără bani în cont timp de 6 zile."
        ),
        "root_cause": (
            "O actualizare a sistemului de facturare a repornit plățile fără să verifice ce "
            "fusese deja încasat."
        ),
        "remedies": [
            "Rambursarea celor 89 lei încasați în plus, în 2 zile lucrătoare",
            "O reducere de 20% la factura din decembrie",
        ],
        "fixes": [
            "Sistemul de facturare verifică acum fiecare plată înainte de o nouă încasare",
            "O alertă oprește facturarea dacă același client apare de două ori",
        ],
    },
}
#: (customer, salutation) for a person addressed directly and for an organisation's contact.
WHO: dict[str, dict[str, tuple[dict[str, str], str]]] = {
    "en": {
        "person": ({"name": "Priya Shah"}, "Ms Shah"),
        "organisation": ({"name": "Harbour Dental", "contact": "Priya Shah"}, "Ms Shah"),
    },
    "es": {
        "person": ({"name": "Marta Herrera"}, "Sra. Herrera"),
        "organisation": ({"name": "Colegio Miramar", "contact": "Marta Herrera"}, "Sra. Herrera"),
    },
    "ro": {
        "person": ({"name": "Andrei Popescu"}, "domnul Popescu"),
        "organisation": ({"name": "Liceul Nord", "contact": "Ana Rusu"}, "doamna Rusu"),
    },
}
#: A follow-up about something else than the cause, and one about the cause.
FOLLOW_UPS: dict[str, dict[str, str]] = {
    "en": {"other": "Send you the full incident report", "cause": "Tell you what caused it"},
    "es": {
        "other": "confirmar que todos los alumnos tienen su libro",
        "cause": "explicar qué causó el error",
    },
    "ro": {
        "other": "vă confirmăm prin e-mail că rambursarea a ajuns în cont",
        "cause": "vă explicăm ce a cauzat dubla debitare",
    },
}


def incident(
    language: str,
    channel: str,
    severity: str,
    *,
    who: str = "organisation",
    titled: bool = True,
    cause: bool = True,
    follow_up: str | None = "other",
) -> Incident:
    data = copy.deepcopy(FACTS[language])
    customer, salutation = WHO[language][who]
    data["customer"] = {**customer, **({"salutation": salutation} if titled else {})}
    data.update(channel=channel, severity=severity)
    if not cause:
        del data["root_cause"]
    if follow_up:
        data["follow_up"] = {"action": FOLLOW_UPS[language][follow_up], "by": "2026-11-24"}
    return Incident.model_validate(data)


def variants(language: str, channel: str, severity: str) -> Iterator[Incident]:
    for who in ("person", "organisation"):
        for titled in (True, False):
            for cause in (True, False):
                for follow_up in (None, "other", "cause"):
                    yield incident(
                        language,
                        channel,
                        severity,
                        who=who,
                        titled=titled,
                        cause=cause,
                        follow_up=follow_up,
                    )
