"""Ticket adapters: turn a helpdesk webhook payload into an `Incident` through a small YAML mapping.

A payload is whatever a team built from placeholders and custom fields, so its shape is data a team
edits (`data/adapters/*.yaml`), not code. `incident_from_data` still validates the result, so errors
are the usual one-liners plus the payload path. `write_back` makes no HTTP call: it describes the
internal note where an AI draft waits until an agent sends it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from draftkit.errors import InputError
from draftkit.incident import Company, Customer, FollowUp, Incident, incident_from_data
from draftkit.loading import field_path, parse_document, read_source

ADAPTERS = ("zendesk", "freshdesk")
DATA_DIR = Path(__file__).parent / "data" / "adapters"
_NESTED: dict[str, type[BaseModel]] = dict(customer=Customer, company=Company, follow_up=FollowUp)
#: Every incident field a mapping may fill, nested ones dotted; derived so it never drifts.
TARGETS = tuple(
    f"{name}.{sub}" if sub else name
    for name in Incident.model_fields
    for sub in (_NESTED[name].model_fields if name in _NESTED else [""])
)
#: Required incident fields: when absent, the error names the payload path that came up empty.
REQUIRED = ("what_happened", "impact", "remedies", "fixes", "customer.name", "company.name")


class Rule(BaseModel):
    """How one incident field is read; a bare string or list of strings is shorthand for `path`."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    path: tuple[str, ...] = ()
    split: bool = False
    value: Any = None
    map: dict[str, str] | None = None
    default: Any = None
    html: bool = False

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        data = {"path": data} if isinstance(data, (str, list)) else data
        if not isinstance(data, dict):
            raise ValueError("expected a path, a list of paths or a mapping of rule keys")
        if "split" in data and not isinstance(data["split"], bool):
            if "path" in data:
                raise ValueError("give the path in 'split' or in 'path', not both")
            data = {**data, "path": data["split"], "split": True}
        if ("path" in data) == ("value" in data):
            raise ValueError("give exactly one of 'path', 'split' or 'value'")
        if isinstance(data.get("path"), str):
            data = {**data, "path": [data["path"]]}
        for path in data.get("path") or ():
            if isinstance(path, str) and not all(part.strip() for part in path.split(".")):
                raise ValueError(f"bad payload path {path!r}: use dotted keys like 'ticket.id'")
        if isinstance(data.get("map"), dict):
            # Payload values arrive as text or numbers ("Urgent", 4); keys match either, any case.
            data = {**data, "map": {str(k).strip().casefold(): v for k, v in data["map"].items()}}
        return data

    def paths(self) -> str:
        return " or ".join(f"'{path}'" for path in self.path)


class Mapping(BaseModel):
    """A whole mapping: incident field (dotted for nested) -> rule."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    fields: dict[str, Rule]

    @field_validator("fields")
    @classmethod
    def _known(cls, fields: dict[str, Rule]) -> dict[str, Rule]:
        if not fields:
            raise ValueError("maps no incident fields")
        for target in (t for t in fields if t not in TARGETS):
            guess = difflib.get_close_matches(target, TARGETS, n=1)
            hint = f"did you mean '{guess[0]}'?" if guess else f"one of: {', '.join(TARGETS)}"
            raise ValueError(f"'{target}' is not an incident field ({hint})")
        return fields


class _Text(HTMLParser):
    """Visible text of HTML; a parser, as regexes over hostile markup can go quadratic."""

    BLOCKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote", "pre"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_endtag(tag, step=1)

    def handle_endtag(self, tag: str, step: int = -1) -> None:
        if tag in ("script", "style"):
            self.hidden = max(0, self.hidden + step)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append("" if self.hidden else data)


def strip_html(text: str) -> str:
    """Plain text of an HTML description (Freshdesk sends HTML); entities decoded, spaces folded."""
    parser = _Text()
    parser.feed(text)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def _empty(value: Any) -> bool:
    # Placeholders for unset custom fields render as "", so blank text counts as absent.
    return value is None or value in ("", [], {}) or (isinstance(value, str) and not value.strip())


def _lookup(payload: Any, path: str) -> Any:
    """Follow 'a.b.0.c' through dicts and lists (negative indexes count from the end)."""
    current = payload
    for part in path.split("."):
        if isinstance(current, dict):
            current = current.get(part)
        elif isinstance(current, list) and re.fullmatch(r"-?\d+", part):
            current = current[int(part)] if -len(current) <= int(part) < len(current) else None
        else:
            return None
    return current


def _resolve(payload: Any, rule: Rule) -> Any:
    if "value" in rule.model_fields_set:
        return rule.value
    raw = next((v for v in (_lookup(payload, p) for p in rule.path) if not _empty(v)), None)
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)  # numeric ids and priorities; incident fields are text
    if rule.html and isinstance(raw, str):
        raw = strip_html(raw)
    if rule.map is not None and isinstance(raw, str):
        # A regional locale ('es-MX', 'en_GB') falls back to its language when not listed.
        key, table = raw.strip().casefold(), rule.map
        raw = next((table[k] for k in (key, re.split(r"[-_]", key)[0]) if k in table), raw)
    if rule.split and isinstance(raw, (str, list)):
        # 'a; b' or one item per line, bullets and numbering dropped -> ['a', 'b'].
        items = raw if isinstance(raw, list) else re.split(r"[;\n]+", raw)
        raw = [t for i in items if (t := re.sub(r"^\s*(?:[-*•]|\d+[.)])\s+", "", str(i)).strip())]
    return rule.default if _empty(raw) else raw


def incident_from_payload(payload: Any, mapping: Mapping, where: str) -> Incident:
    """Map a webhook payload to an `Incident`; every failure is one `InputError` line.

    A required field whose payload path came up empty is reported with that path, because the fix
    is usually in the helpdesk (an unset custom field, a renamed placeholder), not in the incident.
    """
    if not isinstance(payload, dict):
        kind = "nothing" if payload is None else type(payload).__name__
        raise InputError(f"{where}: expected a JSON object payload, got {kind}", source=where)
    flat = {t: v for t, rule in mapping.fields.items() if not _empty(v := _resolve(payload, rule))}
    required = list(REQUIRED)
    if any(key.startswith("follow_up.") for key in flat):  # optional, but whole or not at all
        required += ["follow_up.action", "follow_up.by"]
    fields = mapping.fields
    missing = [t for t in required if t not in flat and t in fields and fields[t].path]
    if missing:
        target, more = missing[0], len(missing) - 1
        paths = fields[target].paths()
        suffix = f" (and {more} more missing field{'s' if more > 1 else ''})" if more else ""
        message = f"{where}: {target}: missing (mapped from payload path {paths}){suffix}"
        raise InputError(message, source=where, field=target)
    data: dict[str, Any] = {}
    for target, value in flat.items():
        head, _, tail = target.partition(".")
        (data.setdefault(head, {}) if tail else data)[tail or head] = value
    try:
        return incident_from_data(data, where)
    except InputError as exc:
        rule = mapping.fields.get(re.sub(r"\[\d+\]", "", exc.field or ""))
        if rule is None or not rule.path:
            raise
        message = f"{exc.message} (mapped from payload path {rule.paths()})"
        raise InputError(message, source=where, field=exc.field) from None


def _unknown(name: str, extra: str = "") -> InputError:
    guess = difflib.get_close_matches(name, ADAPTERS, n=1)
    hint = f" (did you mean '{guess[0]}'?)" if guess else ""
    return InputError(f"unknown adapter '{name}'{hint}; expected one of: zendesk, freshdesk{extra}")


def load_mapping(name_or_path: str) -> Mapping:
    """Load a shipped mapping by adapter name, or a team's own mapping from a YAML file path."""
    if name_or_path in ADAPTERS:
        path = DATA_DIR / f"{name_or_path}.yaml"
    elif re.search(r"[/\\]|\.(ya?ml|json)$", name_or_path) or Path(name_or_path).is_file():
        path = Path(name_or_path)
    else:
        raise _unknown(name_or_path, ", or a mapping file path")
    name, raw = read_source(path)
    data = parse_document(name, raw)
    if not isinstance(data, dict):
        raise InputError(f"{name}: expected a mapping with a 'fields' key", source=name)
    try:
        return Mapping.model_validate(data)
    except ValidationError as exc:
        # An unknown key usually explains a missing one (a typo), so it is reported first.
        error = min(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        loc, message = tuple(error["loc"]), str(error["msg"]).removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            keys = tuple(Rule.model_fields) if len(loc) > 1 else ("fields",)
            message = f"unknown key; expected one of: {', '.join(keys)}"
        where = field_path(loc)
        raise InputError(f"{name}: {where}: {message}", source=name, field=where) from None


def converter(adapter: str, mapping_path: str | None = None) -> Callable[[Any, str], Incident]:
    """A `(data, where) -> Incident` for batch runs; the mapping is loaded (and checked) once."""
    if adapter not in ADAPTERS:
        raise _unknown(adapter)
    mapping = load_mapping(mapping_path or adapter)
    return lambda data, where: incident_from_payload(data, mapping, where)


def write_back(adapter: str, ticket_id: str, body: str) -> dict[str, Any]:
    """The request filing a draft as a private note, for a person to send; no HTTP call is made.

    The id must be digits, because it becomes part of the URL path.
    """
    if adapter not in ADAPTERS:
        raise _unknown(adapter)
    if not re.fullmatch(r"\d{1,20}", str(ticket_id)):
        raise InputError(f"ticket id must be digits, got {str(ticket_id)[:40]!r}")
    if not body.strip():
        raise InputError("the note body is empty; nothing to write back")
    if adapter == "zendesk":
        note: dict[str, Any] = {"ticket": {"comment": {"body": body, "public": False}}}
        return {"method": "PUT", "path": f"/api/v2/tickets/{ticket_id}.json", "json": note}
    note = {"body": body, "private": True}
    return {"method": "POST", "path": f"/api/v2/tickets/{ticket_id}/notes", "json": note}
