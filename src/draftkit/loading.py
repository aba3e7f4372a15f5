"""Reading incidents from files, stdin and strings, with errors a person can act on.

Every failure becomes one `InputError` line: the source, the field path and what was expected.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from draftkit.errors import InputError

#: The largest incident file (or stdin payload, or batch line) draftkit reads, in bytes.
MAX_INPUT_BYTES = 256 * 1024


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


# Dates stay strings in YAML, as in JSON: pydantic then names the field of a bad one such as
# `2026-13-45`, where PyYAML's own timestamp constructor fails without saying which field it was.
_NoAliasLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class DuplicateKey(ValueError):
    pass


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise DuplicateKey(key)
        data[key] = value
    return data


def read_source(path: str | Path, expected: str = "an incident file") -> tuple[str, bytes]:
    """Return (display name, raw bytes) of a file or of stdin for `-`, within the size limit."""
    name = "<stdin>" if str(path) == "-" else str(path)
    if str(path) == "-" and sys.stdin is None:
        raise InputError(
            f"{name}: standard input is closed; give {expected} or pipe one in", source=name
        )
    try:
        if str(path) == "-":
            raw = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file", source=name) from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, expected {expected}", source=name) from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})", source=name) from None
    if len(raw) > MAX_INPUT_BYTES:
        raise InputError(
            f"{name}: larger than the {MAX_INPUT_BYTES // 1024} KiB input limit", source=name
        )
    return name, raw


def _json_where(exc: json.JSONDecodeError, one_line: bool) -> str:
    """Where a JSON error is: line and column in a file, the column alone in a batch line."""
    return f"column {exc.colno}" if one_line else f"line {exc.lineno} column {exc.colno}"


def parse_document(
    name: str, raw: bytes, *, json_only: bool = False, one_line: bool = False
) -> Any:
    """Parse YAML or JSON bytes into plain data; JSON files and `{`-led text go through json.

    `{`-led text that is not valid JSON is reported as the JSON it was meant to be, except in a
    .yaml or .yml file (YAML flow style), where the YAML error is reported if YAML fails too.
    """
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start}); save the file as UTF-8", source=name
        ) from None
    stripped = text.lstrip()
    json_error: str | None = None
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
            json_error = f"{name}: invalid JSON at {_json_where(exc, one_line)}: {exc.msg}"
            if not name.endswith((".yaml", ".yml")):  # `{`-led stdin or .json: meant as JSON
                raise InputError(json_error, source=name) from None
        except ValueError as exc:  # e.g. an integer beyond Python's digit limit
            if json_only or name.endswith(".json"):
                problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise InputError(f"{name}: invalid JSON: {problem}", source=name) from None
    try:
        return yaml.load(text, Loader=_NoAliasLoader)
    except yaml.YAMLError as exc:
        if json_error:
            raise InputError(json_error, source=name) from None
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
    timed = kind.startswith(("date", "datetime")) and bool(loc) and loc[-1] in {"date", "datetime"}
    if timed:
        loc = loc[:-1]  # the member of `date | datetime` pydantic tried, not a field
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
    special = _plain_message(kind, error, model, loc, timed)
    if special:
        return path, special
    message = str(error["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
        named = re.match(r"([a-z_]+(?:\.[a-z_]+)*): ", message)
        if not loc and named:  # a check across fields names the field it is about
            return named.group(1), message[named.end() :]
    value = error.get("input")
    if kind not in {"string_too_long", "too_long"} and isinstance(value, (str, int, float)):
        message += f", got {_shown(value)}"
    return path, message


_SHORT = {
    "remedies": "list at least one approved remedy (what you may offer the customer)",
    "fixes": "list at least one fix (what you changed so it does not happen again)",
}


def _shown(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return f"a {'mapping' if isinstance(value, dict) else 'list'}"
    try:
        text = repr(value)
    except ValueError:  # an int beyond Python's digit limit, e.g. a long YAML 0x... literal
        return "a number too large to show"
    return text if len(text) <= 40 else text[:37] + "...'"


def _plain_message(
    kind: str, error: Any, model: type[BaseModel], loc: tuple[int | str, ...], timed: bool
) -> str | None:
    """Say what to write instead, for the mistakes people make in incident files."""
    value = error.get("input")
    if kind.startswith(("date", "datetime")):
        reason = (error.get("ctx") or {}).get("error")
        also = " (or YYYY-MM-DDTHH:MM with a time)" if timed else ""
        detail = f" ({reason})" if reason and "invalid character" not in str(reason) else ""
        return f"expected a date as YYYY-MM-DD{also}, got {_shown(value)}{detail}"
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        shape = _shape(model, loc)
        return f"expected a mapping {shape}, got {_shown(value)}" if shape else None
    if kind == "too_short" and loc and loc[-1] in _SHORT:
        return f"{_SHORT[str(loc[-1])]}; the list is empty"
    if kind == "list_type":
        return f"expected a list ([...] in JSON, `- item` lines in YAML), got {_shown(value)}"
    return None


def _shape(model: type[BaseModel], loc: tuple[int | str, ...]) -> str:
    """`{name: ..., contact: ...}` for the nested model at LOC, the required keys first."""
    current: Any = model
    for part in loc:
        fields = getattr(current, "model_fields", {})
        if isinstance(part, int) or part not in fields:
            return ""
        annotation = fields[part].annotation
        candidates = (annotation, *getattr(annotation, "__args__", ()))
        nested = [c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)]
        if not nested:
            return ""
        current = nested[0]
    fields = current.model_fields
    required = [name for name, field in fields.items() if field.is_required()]
    optional = [name for name in fields if name not in required]
    keys = ", ".join([*(f"{n}: ..." for n in required), *(f"{n}?: ..." for n in optional)])
    return "{" + keys + "}"


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
    """Every problem, on one line: `file: a.b: what was expected; c: ...`."""
    # An unknown field usually explains a missing one (a typo), so it is reported first.
    errors = sorted(exc.errors(), key=lambda error: error["type"] != "extra_forbidden")
    problems: dict[str, str] = {}
    for error in errors:
        path, message = _describe(error, model)
        problems.setdefault(path, message)  # `date | datetime` fails twice for one field
    first = next(iter(problems))
    text = "; ".join(f"{path}: {message}" for path, message in problems.items())
    return InputError(f"{name}: {text}", source=name, field=first)
