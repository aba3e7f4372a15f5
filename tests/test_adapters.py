"""Ticket adapters: helpdesk webhook payloads become Incidents through a YAML mapping."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from draftkit.adapters import (
    ADAPTERS,
    DATA_DIR,
    converter,
    incident_from_payload,
    load_mapping,
    strip_html,
    write_back,
)
from draftkit.batch import parse_line
from draftkit.errors import InputError
from draftkit.incident import Incident

HELPDESK = Path(__file__).resolve().parents[1] / "examples" / "helpdesk"


def payload(adapter: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((HELPDESK / f"{adapter}-ticket.json").read_text("utf-8"))
    return data


def write_mapping(tmp_path: Path, text: str) -> str:
    path = tmp_path / "team-mapping.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_zendesk_example_converts() -> None:
    incident = incident_from_payload(payload("zendesk"), load_mapping("zendesk"), "zd.json")
    assert isinstance(incident, Incident)
    assert incident.id == "4821"
    assert incident.language == "en"  # en-GB falls back through the map
    assert incident.severity == "critical"  # urgent -> critical
    assert incident.customer.name == "Harbour & Hearth Homewares"
    assert incident.customer.contact == "Grace Whitfield"
    assert incident.company.name == "Paywell"
    assert incident.remedies[0].startswith("A credit of your full November")
    assert len(incident.remedies) == 2
    assert len(incident.fixes) == 3
    assert incident.follow_up is not None and str(incident.follow_up.by) == "2026-11-26"
    # Facts come from the agent's field; the customer's description is only the customer message.
    assert incident.what_happened.startswith("On 24 November")
    assert incident.customer_message is not None
    assert incident.customer_message.startswith("Since about 09:15")


def test_freshdesk_example_converts_spanish_with_html_stripped() -> None:
    incident = incident_from_payload(payload("freshdesk"), load_mapping("freshdesk"), "fd.json")
    assert incident.id == "91733"  # a numeric id becomes text
    assert incident.language == "es"  # "Español" through the map
    assert incident.severity == "high"
    assert incident.customer.name == "Asociación Médica del Sur"
    assert incident.company.name == "Viajes Giralda"
    assert incident.remedies == [
        "Reembolso íntegro de las 40 habitaciones",
        "Pago de las facturas de los hoteles alternativos presentadas antes del 15 de diciembre",
    ]
    assert len(incident.fixes) == 2
    assert incident.what_happened.startswith("El 12 de noviembre una sincronización fallida")
    message = incident.customer_message or ""
    assert "<" not in message and "&nbsp;" not in message
    assert "Asociación Médica del Sur en el Hotel" in message
    assert incident.internal_notes is None  # "" from an unset custom field is dropped


@pytest.mark.parametrize(
    ("priority", "severity"), [(1, "low"), ("2", "medium"), (4, "critical"), ("Urgent", "critical")]
)
def test_freshdesk_priority_numbers_and_labels(priority: Any, severity: str) -> None:
    data = payload("freshdesk")
    data["freshdesk_webhook"]["ticket_priority"] = priority
    incident = incident_from_payload(data, load_mapping("freshdesk"), "fd")
    assert incident.severity == severity


@pytest.mark.parametrize("name", ADAPTERS)
def test_shipped_mappings_live_in_the_package_data(name: str) -> None:
    assert (DATA_DIR / f"{name}.yaml").is_file()
    mapping = load_mapping(name)
    assert "what_happened" in mapping.fields
    assert "customer.name" in mapping.fields


def test_custom_mapping_for_a_teams_own_fields(tmp_path: Path) -> None:
    path = write_mapping(
        tmp_path,
        """
fields:
  id: body.case.number
  language: {path: body.case.lang, map: {german: de, castellano: es}, default: en}
  severity: {value: high}
  customer.name: [body.account.display_name, body.account.legal_name]
  customer.contact: body.account.person
  company.name: {value: Paperline Books}
  what_happened: body.case.summary_for_apology
  impact: body.case.customer_impact
  remedies: {split: body.case.offer_lines}
  fixes: body.case.prevention
""",
    )
    data = {
        "body": {
            "case": {
                "number": 77,
                "lang": "Castellano",
                "summary_for_apology": "Enviamos la edición equivocada.",
                "customer_impact": "Las clases empezaron sin libro.",
                "offer_lines": "- Reenvío sin coste\n- 10 % de descuento\n\n",
                "prevention": ["Comprobación automática de ediciones"],
            },
            "account": {"display_name": "", "legal_name": "Colegio San Martín", "person": "Lucía"},
        }
    }
    incident = incident_from_payload(data, load_mapping(path), "case-77")
    assert incident.id == "77"
    assert incident.language == "es"
    assert incident.severity == "high"
    assert incident.company.name == "Paperline Books"
    assert incident.customer.name == "Colegio San Martín"  # first non-empty path wins
    assert incident.remedies == ["Reenvío sin coste", "10 % de descuento"]
    assert incident.fixes == ["Comprobación automática de ediciones"]


def test_missing_what_happened_names_field_and_payload_path() -> None:
    data = payload("zendesk")
    del data["ticket"]["custom_fields"]["what_happened"]
    with pytest.raises(InputError) as info:
        incident_from_payload(data, load_mapping("zendesk"), "zd.json")
    message = str(info.value)
    assert message.startswith("zd.json: what_happened: missing (mapped from payload path")
    assert "'ticket.custom_fields.what_happened'" in message
    assert "\n" not in message
    assert info.value.field == "what_happened"


def test_missing_nested_field_reports_its_path_and_counts_the_rest() -> None:
    data = payload("zendesk")
    data["brand"] = {}
    data["ticket"]["custom_fields"]["impact"] = "   "
    with pytest.raises(InputError) as info:
        incident_from_payload(data, load_mapping("zendesk"), "zd")
    assert str(info.value) == (
        "zd: impact: missing (mapped from payload path 'ticket.custom_fields.impact') "
        "(and 1 more missing field)"
    )


def test_half_a_follow_up_is_reported_with_its_path() -> None:
    data = payload("zendesk")
    data["ticket"]["custom_fields"]["follow_up_by"] = ""
    with pytest.raises(InputError, match=r"follow_up\.by: missing .*'ticket\.custom_fields"):
        incident_from_payload(data, load_mapping("zendesk"), "zd")


def test_invalid_value_keeps_the_project_message_and_adds_the_payload_path() -> None:
    data = payload("zendesk")
    data["ticket"]["requester"]["locale"] = "de-DE"
    with pytest.raises(InputError) as info:
        incident_from_payload(data, load_mapping("zendesk"), "zd")
    message = str(info.value)
    assert message.startswith("zd: language: ")
    assert "'de-DE'" in message
    assert message.endswith("(mapped from payload path 'ticket.requester.locale')")


def test_list_index_paths(tmp_path: Path) -> None:
    path = write_mapping(
        tmp_path,
        """
fields:
  customer.name: requesters.0.name
  company.name: {value: Ledgerly}
  what_happened: comments.-1.body
  impact: comments.0.body
  remedies: {split: [offers.5, offers.1]}
  fixes: {split: fixes.0}
""",
    )
    data = {
        "requesters": [{"name": "Priya Shah"}, {"name": "Someone Else"}],
        "comments": [{"body": "first"}, {"body": "latest"}],
        "offers": ["ignored", "A refund; A manual check"],
        "fixes": ["Healthy failover"],
    }
    incident = incident_from_payload(data, load_mapping(path), "p")
    assert incident.customer.name == "Priya Shah"
    assert incident.what_happened == "latest"
    assert incident.impact == "first"
    assert incident.remedies == ["A refund", "A manual check"]  # offers.5 is out of range
    assert incident.fixes == ["Healthy failover"]


def test_text_for_a_list_field_needs_split(tmp_path: Path) -> None:
    text = (DATA_DIR / "zendesk.yaml").read_text("utf-8")
    path = write_mapping(tmp_path, text.replace("{split: ticket.custom_fields.fixes}", "x.fixes"))
    data = payload("zendesk")
    data["x"] = {"fixes": "One fix; another"}
    with pytest.raises(InputError) as info:
        incident_from_payload(data, load_mapping(path), "zd")
    assert str(info.value).startswith("zd: fixes: expected a list")
    assert str(info.value).endswith("(mapped from payload path 'x.fixes')")


def test_strip_html() -> None:
    text = strip_html(
        "<p>Line&nbsp;one &amp; more</p><script>alert(1)</script><ul><li>a</li><li>b</li></ul>"
    )
    assert text == "Line one & more\na\nb"


def test_html_only_stripped_when_asked(tmp_path: Path) -> None:
    path = write_mapping(
        tmp_path,
        """
fields:
  customer.name: {value: C}
  company.name: {value: D}
  what_happened: {path: d, html: true}
  impact: d
  remedies: {split: r, html: true}
  fixes: {value: [Fix]}
""",
    )
    data = {"d": "<b>Down</b> for 2h", "r": "<ul><li>Refund</li><li>Credit</li></ul>"}
    incident = incident_from_payload(data, load_mapping(path), "p")
    assert incident.what_happened == "Down for 2h"
    assert incident.impact == "<b>Down</b> for 2h"
    assert incident.remedies == ["Refund", "Credit"]


def test_payload_must_be_an_object() -> None:
    with pytest.raises(InputError, match="p: expected a JSON object payload, got list"):
        incident_from_payload([1], load_mapping("zendesk"), "p")


def test_unknown_adapter_lists_the_available_ones() -> None:
    with pytest.raises(InputError) as info:
        load_mapping("zendsk")
    assert "unknown adapter 'zendsk'" in str(info.value)
    assert "did you mean 'zendesk'" in str(info.value)
    assert "zendesk, freshdesk" in str(info.value)
    with pytest.raises(InputError, match="expected one of: zendesk, freshdesk"):
        converter("helpscout", None)


def test_malformed_mapping_yaml_names_the_file(tmp_path: Path) -> None:
    path = write_mapping(tmp_path, "fields:\n  id: [ticket.id\n")
    with pytest.raises(InputError) as info:
        load_mapping(path)
    assert str(info.value).startswith(f"{path}: invalid YAML at line")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fields:\n  custmer.name: a.b\n", ": fields: 'custmer.name' is not an incident field"),
        ("fields:\n  id: {path: a, value: b}\n", ": fields.id: give exactly one of"),
        ("fields:\n  id: {path: a, mapp: {x: y}}\n", ": fields.id.mapp: unknown key; expected"),
        ("fields:\n  id: a..b\n", ": fields.id: bad payload path 'a..b'"),
        ("field:\n  id: a\n", ": field: unknown key; expected one of: fields"),
        ("- id\n", ": expected a mapping with a 'fields' key"),
        ("fields: {}\n", ": fields: maps no incident fields"),
        ("fields:\n  language: {path: a, map: [en]}\n", ": fields.language.map: "),
    ],
)
def test_bad_mapping_names_the_file_and_the_field(tmp_path: Path, text: str, expected: str) -> None:
    path = write_mapping(tmp_path, text)
    with pytest.raises(InputError) as info:
        load_mapping(path)
    assert str(info.value).startswith(path + expected)
    assert "\n" not in str(info.value)


def test_missing_mapping_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_mapping(str(tmp_path / "nope.yaml"))


def test_write_back_zendesk_is_a_private_comment() -> None:
    assert write_back("zendesk", "4821", "Dear Grace,") == {
        "method": "PUT",
        "path": "/api/v2/tickets/4821.json",
        "json": {"ticket": {"comment": {"body": "Dear Grace,", "public": False}}},
    }


def test_write_back_freshdesk_is_a_private_note() -> None:
    assert write_back("freshdesk", "91733", "Estimada Marta:") == {
        "method": "POST",
        "path": "/api/v2/tickets/91733/notes",
        "json": {"body": "Estimada Marta:", "private": True},
    }


@pytest.mark.parametrize("ticket_id", ["12/../../users", "", "4821?x=1"])
def test_write_back_refuses_an_id_that_is_not_digits(ticket_id: str) -> None:
    with pytest.raises(InputError, match="ticket id must be digits"):
        write_back("zendesk", ticket_id, "body")


def test_write_back_refuses_unknown_adapter_and_empty_body() -> None:
    with pytest.raises(InputError, match="unknown adapter"):
        write_back("jira", "1", "body")
    with pytest.raises(InputError, match="empty"):
        write_back("freshdesk", "1", "  ")


def test_converter_takes_data_and_where() -> None:
    convert = converter("freshdesk", None)
    incident = convert(payload("freshdesk"), "tickets.jsonl:3")
    assert incident.language == "es"
    broken = copy.deepcopy(payload("freshdesk"))
    del broken["freshdesk_webhook"]["ticket_cf_impact"]
    with pytest.raises(InputError, match=r"^tickets\.jsonl:4: impact: missing"):
        convert(broken, "tickets.jsonl:4")


def test_converter_with_a_team_mapping_file(tmp_path: Path) -> None:
    text = (DATA_DIR / "zendesk.yaml").read_text("utf-8")
    path = write_mapping(tmp_path, text.replace("brand.name", "ticket.brand_name"))
    data = payload("zendesk")
    data["ticket"]["brand_name"] = "Paywell Europe"
    assert converter("zendesk", path)(data, "w").company.name == "Paywell Europe"


def test_converter_plugs_into_batch_lines() -> None:
    raw = json.dumps(payload("zendesk")).encode()
    incident = parse_line(7, raw, "tickets.jsonl", converter("zendesk", None))
    assert incident.id == "4821"
    del_description = payload("zendesk")
    del del_description["ticket"]["custom_fields"]["impact"]
    with pytest.raises(InputError, match=r"^tickets\.jsonl:8: impact: missing"):
        parse_line(8, json.dumps(del_description).encode(), "tickets.jsonl", converter("zendesk"))
