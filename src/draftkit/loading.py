"""Reading incidents from files, stdin and strings, with errors a person can act on.

Every failure becomes one `InputError` line: the source, the field path and what was expected.
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from draftkit.errors import InputError
from draftkit.incident import MAX_INPUT_BYTES, Incident


class _NoAliasLoader(yaml.SafeLoader):
    """A safe loader that refuses anchors and aliases, which incidents never need.

    Aliases are how a few hundred bytes of YAML expand into gigabytes ("billion laughs").
    """

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.constructor.ConstructorError(
                None, None, "YAML aliases (*name) are not allowed", event.start_mark
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        """Refuse a key given twice: the first value would otherwise be silently dropped."""
        if isinstance(node, yaml.MappingNode):
            seen: set[Any] = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue  # `<<` merges: its keys are meant to be overridden
                key = self.construct_object(key_node, deep=True)
                if isinstance(key, (str, int, float, bool)) or key is None:
                    if key in seen:
                        raise yaml.constructor.ConstructorError(
                            None, None, f"duplicate key {key!r}", key_node.start_mark
                        )
                    seen.add(key)
        return super().construct_mapping(node, deep=deep)


class DuplicateKey(ValueError):
    pass


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise DuplicateKey(key)
        data[key] = value
    return data


def read_source(path: str | Path) -> tuple[str, bytes]:
    """Return (display name, raw bytes) of a file or of stdin for `-`, within the size limit."""
    name = "<stdin>" if str(path) == "-" else str(path)
    try:
        if str(path) == "-":
            raw = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file", source=name) from None
    except IsADirectoryError:
        raise InputError(
            f"{name}: is a directory, expected an incident file", source=name
        ) from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})", source=name) from None
    if len(raw) > MAX_INPUT_BYTES:
        raise InputError(
            f"{name}: larger than the {MAX_INPUT_BYTES // 1024} KiB input limit", source=name
        )
    return name, raw


def parse_document(name: str, raw: bytes, *, json_only: bool = False) -> Any:
    """Parse YAML or JSON bytes into plain data; JSON files and `{`-led text go through json."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start}); save the file as UTF-8", source=name
        ) from None
    stripped = text.lstrip()
    if json_only or name.endswith(".json") or stripped.startswith(("{", "[")):
        try:
            return json.loads(text, object_pairs_hook=_unique_pairs)
        except RecursionError:
            raise InputError(f"{name}: nested too deeply", source=name) from None
        except DuplicateKey as exc:
            key = str(exc) if str(exc).isprintable() else repr(str(exc))
            raise InputError(
                f"{name}: {key}: given twice; each field may appear once", source=name
            ) from None
        except json.JSONDecodeError as exc:
            if json_only or name.endswith(".json"):
                raise InputError(
                    f"{name}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
                    source=name,
                ) from None
        except ValueError as exc:  # e.g. an integer beyond Python's digit limit
            if json_only or name.endswith(".json"):
                problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise InputError(f"{name}: invalid JSON: {problem}", source=name) from None
    try:
        return yaml.load(text, Loader=_NoAliasLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1} column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{name}: invalid YAML{where}: {problem}", source=name) from None
    except RecursionError:
        raise InputError(f"{name}: nested too deeply", source=name) from None
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
        # SafeLoader's constructors raise these on values such as `2026-13-45`, `!!bool maybe`,
        # `!!timestamp foo` or an integer beyond Python's digit limit.
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{name}: invalid YAML value: {problem}", source=name) from None


def field_path(loc: tuple[int | str, ...]) -> str:
    """('remedies', 0) -> 'remedies[0]'; ('customer', 'name') -> 'customer.name'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            text = str(part)
            text = text if text.isprintable() else repr(text)  # a key may carry \n or U+202E
            out += f".{text}" if out else text
    return out or "(top level)"


def _describe(error: Any, model: type[BaseModel]) -> tuple[str, str]:
    kind = error["type"]
    # Drop pydantic's union-member steps ("function-after[...]"), but never the unknown key
    # itself, which is the last step of an extra_forbidden error and may well be "x[1]".
    loc_all = tuple(error["loc"])
    keep = loc_all[-1:] if kind == "extra_forbidden" else ()
    body = loc_all[: len(loc_all) - len(keep)]
    loc = tuple(p for p in body if not (isinstance(p, str) and "[" in p and "]" in p)) + keep
    path = field_path(loc)
    if kind == "extra_forbidden":
        known = _known_fields(model, loc[:-1])
        guess = difflib.get_close_matches(str(loc[-1]), known, n=1)
        hint = (
            f" (did you mean '{guess[0]}'?)" if guess else f"; expected one of: {', '.join(known)}"
        )
        return path, f"unknown field{hint}"
    if kind == "missing":
        return path, "required field is missing"
    message = str(error["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    value = error.get("input")
    if kind not in {"string_too_long", "too_long"} and isinstance(value, (str, int, float)):
        try:
            text = repr(value)
        except ValueError:  # an int beyond Python's digit limit, e.g. a long YAML 0x... literal
            text = "a number too large to show"
        shown = text if len(text) <= 40 else text[:37] + "...'"
        message += f", got {shown}"
    return path, message


def _known_fields(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part) if hasattr(current, "model_fields") else None
        if field is None:
            return []
        annotation = field.annotation
        for candidate in (annotation, *getattr(annotation, "__args__", ())):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                current = candidate
                break
    return list(getattr(current, "model_fields", {}))


def validation_message(name: str, exc: ValidationError, model: type[BaseModel]) -> InputError:
    # An unknown field usually explains a missing one (a typo), so it is reported first.
    errors = sorted(exc.errors(), key=lambda error: error["type"] != "extra_forbidden")
    path, message = _describe(errors[0], model)
    more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    suffix = more if len(errors) > 1 else ""
    return InputError(f"{name}: {path}: {message}{suffix}", source=name, field=path)


def incident_from_data(data: Any, name: str) -> Incident:
    if not isinstance(data, dict):
        kind = "nothing" if data is None else type(data).__name__
        raise InputError(f"{name}: expected a mapping of incident fields, got {kind}", source=name)
    try:
        return Incident.model_validate(data)
    except ValidationError as exc:
        raise validation_message(name, exc, Incident) from None
    except RecursionError:
        raise InputError(f"{name}: nested too deeply", source=name) from None


def load_incident(path: str | Path) -> Incident:
    name, raw = read_source(path)
    return incident_from_data(parse_document(name, raw), name)
