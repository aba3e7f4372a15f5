"""Fuzzing the input boundary: whatever bytes arrive, draftkit exits 0 or 2, never a traceback.

Every generated file goes through the real CLI in-process (`draftkit draft FILE --provider
template --format json`). The contract under test (README, "The incident" and "Exit codes"):

* exit 0 prints exactly one JSON object on stdout, the draft;
* exit 2 prints exactly one line on stderr, `draftkit: error: FILE: field path: what was expected`,
  and one JSON error object on stdout (`"error": "input"`, the same message);
* nothing else: no other exit code, no traceback, no exception escaping the command.

The batch command gets the same treatment per line: one output line per non-blank input line.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import BASE_INCIDENT, EXAMPLES
from draftkit.batch import run_batch
from draftkit.cli import app
from draftkit.incident import MAX_ITEM, MAX_ITEMS, MAX_NAME, MAX_TEXT
from draftkit.loading import MAX_INPUT_BYTES
from draftkit.providers.template import TemplateProvider

runner = CliRunner()

FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,  # files are overwritten per example, in tmp_path
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
FEW = settings(FUZZ, max_examples=15)
MANY = settings(FUZZ, max_examples=80)

#: Characters the incident contract refuses in any string field.
FORBIDDEN_CHARS = [
    *[chr(c) for c in range(0x00, 0x09)],
    "\x0b",
    "\x0c",
    *[chr(c) for c in range(0x0E, 0x20)],
    "\x7f",
    *[chr(c) for c in range(0x202A, 0x202F)],  # LRE, RLE, PDF, LRO, RLO
    *[chr(c) for c in range(0x2066, 0x206A)],  # LRI, RLI, FSI, PDI
    "\u200e",
    "\u200f",
    "\u061c",
]

#: Byte sequences that are never valid UTF-8.
INVALID_UTF8 = [
    b"\xff",
    b"\xfe",
    b"\x80",  # lone continuation byte
    b"\xc3\x28",  # bad continuation
    b"\xc0\xaf",  # overlong "/"
    b"\xe2\x82",  # truncated 3-byte sequence
    b"\xed\xa0\x80",  # UTF-16 surrogate
    b"\xf4\x90\x80\x80",  # beyond U+10FFFF
    b"\xf8\x88\x80\x80\x80",  # 5-byte form
]

#: (path, limit) of every string field, for "one character too many".
STRING_FIELDS: list[tuple[tuple[str | int, ...], int]] = [
    (("id",), MAX_NAME),
    (("customer", "name"), MAX_NAME),
    (("customer", "contact"), MAX_NAME),
    (("company", "name"), MAX_NAME),
    (("company", "sender"), MAX_NAME),
    (("company", "sender_role"), MAX_NAME),
    (("what_happened",), MAX_TEXT),
    (("impact",), MAX_TEXT),
    (("root_cause",), MAX_TEXT),
    (("customer_message",), MAX_TEXT),
    (("internal_notes",), MAX_TEXT),
    (("remedies", 0), MAX_ITEM),
    (("remedies", 1), MAX_ITEM),
    (("fixes", 0), MAX_ITEM),
    (("fixes", 2), MAX_ITEM),
    (("follow_up", "action"), MAX_ITEM),
]
#: Every field path of BASE_INCIDENT, for "wrong type here".
ALL_FIELDS: list[tuple[str | int, ...]] = [
    *(path for path, _ in STRING_FIELDS),
    ("language",),
    ("channel",),
    ("severity",),
    ("occurred_at",),
    ("customer",),
    ("company",),
    ("remedies",),
    ("fixes",),
    ("follow_up",),
    ("follow_up", "by"),
]
REQUIRED: list[tuple[str, ...]] = [
    ("customer",),
    ("company",),
    ("what_happened",),
    ("impact",),
    ("remedies",),
    ("fixes",),
    ("customer", "name"),
    ("company", "name"),
    ("follow_up", "action"),
    ("follow_up", "by"),
]
KNOWN_KEYS = {
    "": set(BASE_INCIDENT),
    "customer": {"name", "contact"},
    "company": {"name", "sender", "sender_role"},
    "follow_up": {"action", "by"},
}
FILENAMES = ["incident.yaml", "incident.json", "incident.yml", "incident"]


# --------------------------------------------------------------------------------------------
# The oracle
# --------------------------------------------------------------------------------------------


def draft_file(name: str, content: bytes) -> Any:
    """Write CONTENT to NAME (in the test's tmp cwd), draft it, and check the contract."""
    Path(name).write_bytes(content)
    result = runner.invoke(app, ["draft", name, "--provider", "template", "--format", "json"])
    check_contract(result, name)
    return result


def check_contract(result: Any, name: str) -> None:
    detail = f"exit {result.exit_code}, exception {result.exception!r}, stderr {result.stderr!r}"
    assert result.exception is None or isinstance(result.exception, SystemExit), detail
    assert result.exit_code in (0, 2), detail
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, detail
    if result.exit_code == 2:
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].strip(), detail
        assert result.stderr == lines[0] + "\n", detail  # one line, no stray \r or \x0b
        assert lines[0].startswith(f"draftkit: error: {name}: "), detail
        assert result.stdout.endswith("\n") and result.stdout.count("\n") == 1, detail
        error = json.loads(result.stdout)
        assert error["error"] == "input", detail
        assert f"draftkit: error: {error['message']}" == lines[0], detail
    else:
        assert result.stdout.endswith("\n") and result.stdout.count("\n") == 1, result.stdout
        document = json.loads(result.stdout)
        assert isinstance(document, dict) and set(document) >= {"text", "parts", "checks"}
        assert all(check["passed"] for check in document["checks"])


def expect_input_error(result: Any, *needles: str) -> str:
    assert result.exit_code == 2, (result.exit_code, result.stderr, result.stdout[:200])
    line: str = result.stderr.strip()
    for needle in needles:
        assert needle in line, (needle, line)
    return line


# --------------------------------------------------------------------------------------------
# Building documents
# --------------------------------------------------------------------------------------------


def dump(data: Any, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6)
    return text.encode("utf-8")


def name_for(fmt: str) -> str:
    return "incident.json" if fmt == "json" else "incident.yaml"


def set_path(data: Any, path: tuple[str | int, ...], value: Any) -> None:
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value


def get_path(data: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def delete_path(data: Any, path: tuple[str | int, ...]) -> None:
    target = data
    for part in path[:-1]:
        target = target[part]
    del target[path[-1]]


def base() -> dict[str, Any]:
    return copy.deepcopy(BASE_INCIDENT)


def example_documents() -> list[tuple[str, bytes]]:
    return sorted(
        (path.name, path.read_bytes())
        for path in EXAMPLES.iterdir()
        if path.suffix in {".yaml", ".yml", ".json"}
    )


EXAMPLE_DOCS = example_documents()
VALID_DOCS: list[tuple[str, bytes]] = [
    *EXAMPLE_DOCS,
    ("incident.json", dump(BASE_INCIDENT, "json")),
    ("incident.yaml", dump(BASE_INCIDENT, "yaml")),
]

formats = st.sampled_from(["json", "yaml"])
#: Text without lone surrogates (which no UTF-8 file can carry).
texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
valid_docs = st.sampled_from(VALID_DOCS)

#: Values of every wrong type: numbers (huge ones too), bools, null, containers, odd strings.
weird_scalars = st.one_of(
    st.integers(),
    st.integers(min_value=10**40, max_value=10**60),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    texts,
    st.sampled_from(["", "   ", "\n", "2026-02-30", "2026-11-18T25:61:00", "yes", "null", "~"]),
)
weird_values = st.recursive(
    weird_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(texts, children, max_size=4),
    ),
    max_leaves=8,
)


# --------------------------------------------------------------------------------------------
# Properties: whole files
# --------------------------------------------------------------------------------------------


@MANY
@given(content=st.binary(max_size=2048), name=st.sampled_from(FILENAMES))
def test_random_bytes(content: bytes, name: str) -> None:
    result = draft_file(name, content)
    assert result.exit_code == 2  # random bytes are never a complete incident


@FUZZ
@given(doc=valid_docs, data=st.data())
def test_truncated_documents(doc: tuple[str, bytes], data: st.DataObject) -> None:
    name, content = doc
    cut = data.draw(st.integers(min_value=0, max_value=len(content)), label="cut")
    result = draft_file(name, content[:cut])
    if cut == 0:  # an empty file: "got nothing" for YAML, "Expecting value" for JSON
        expect_input_error(result, "JSON" if name.endswith(".json") else "expected a mapping")


@FUZZ
@given(
    doc=valid_docs,
    bad=st.sampled_from(INVALID_UTF8),
    data=st.data(),
)
def test_invalid_utf8_inserted(doc: tuple[str, bytes], bad: bytes, data: st.DataObject) -> None:
    name, content = doc
    at = data.draw(st.integers(min_value=0, max_value=len(content)), label="at")
    result = draft_file(name, content[:at] + bad + content[at:])
    expect_input_error(result, "not valid UTF-8")


@MANY
@given(
    doc=valid_docs,
    edits=st.lists(
        st.tuples(
            st.sampled_from(["delete", "insert", "flip", "duplicate"]),
            st.floats(min_value=0, max_value=1),
            st.integers(min_value=1, max_value=40),
            st.binary(min_size=1, max_size=8),
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_byte_level_mutations(
    doc: tuple[str, bytes], edits: list[tuple[str, float, int, bytes]]
) -> None:
    name, content = doc
    buffer = bytearray(content)
    for kind, where, length, payload in edits:
        at = int(where * len(buffer))
        if kind == "delete":
            del buffer[at : at + length]
        elif kind == "insert":
            buffer[at:at] = payload
        elif kind == "flip" and at < len(buffer):
            buffer[at] ^= payload[0] or 1
        else:
            buffer[at:at] = buffer[at : at + length]
    draft_file(name, bytes(buffer))


@MANY
@given(fmt=formats, path=st.sampled_from(ALL_FIELDS), value=weird_values)
def test_wrong_types_per_field(fmt: str, path: tuple[str | int, ...], value: Any) -> None:
    data = base()
    set_path(data, path, value)
    result = draft_file(name_for(fmt), dump(data, fmt))
    if result.exit_code == 2 and not isinstance(value, (dict, list)):
        assert str(path[0]) in result.stderr, result.stderr


@FUZZ
@given(
    fmt=formats,
    path=st.sampled_from(
        [("remedies",), ("fixes",), ("customer",), ("company",), ("follow_up",), ("id",)]
    ),
    value=st.one_of(
        texts.filter(lambda s: s.strip() != ""),
        st.integers(),
        st.lists(st.integers(), min_size=1, max_size=3),
        st.just([]),
        st.just({}),
    ),
)
def test_strings_where_lists_or_mappings_expected(
    fmt: str, path: tuple[str, ...], value: Any
) -> None:
    data = base()
    data[path[0]] = value
    result = draft_file(name_for(fmt), dump(data, fmt))
    if path[0] != "id" or not isinstance(value, str):
        expect_input_error(result, path[0])


@FUZZ
@given(fmt=formats, missing=st.sets(st.sampled_from(REQUIRED), min_size=1, max_size=4))
def test_missing_required_fields(fmt: str, missing: set[tuple[str, ...]]) -> None:
    data = base()
    for path in sorted(missing, key=len):
        parent = data.get(path[0]) if len(path) > 1 else data
        if isinstance(parent, dict):
            parent.pop(path[-1], None)
    result = draft_file(name_for(fmt), dump(data, fmt))
    expect_input_error(result, "required field is missing")


unknown_keys = st.one_of(
    texts.filter(bool),
    st.sampled_from(["remedys", "x[1]", "a[b]", "fix", "Customer", "language ", "a\nb", "\u202e"]),
)


@FUZZ
@given(
    fmt=formats,
    where=st.sampled_from(sorted(KNOWN_KEYS)),
    key=unknown_keys,
    value=weird_values,
)
def test_unknown_fields_are_refused(fmt: str, where: str, key: str, value: Any) -> None:
    if key in KNOWN_KEYS[where]:
        key = key + "_unknown"
    data = base()
    (data[where] if where else data)[key] = value
    line = expect_input_error(draft_file(name_for(fmt), dump(data, fmt)), "unknown field")
    # The line names the unknown key itself (escaped when it is not printable), under WHERE.
    shown = key if key.isprintable() else repr(key)
    assert f": {where}.{shown}: " in line if where else f": {shown}: " in line


@FUZZ
@given(
    fmt=formats,
    field=st.sampled_from([path for path, _ in STRING_FIELDS]),
    char=st.sampled_from(FORBIDDEN_CHARS),
    position=st.floats(min_value=0, max_value=1),
)
def test_control_and_bidi_characters_refused(
    fmt: str, field: tuple[str | int, ...], char: str, position: float
) -> None:
    data = base()
    original = str(get_path(data, field))
    at = int(position * len(original))
    set_path(data, field, original[:at] + char + original[at:])
    line = expect_input_error(draft_file(name_for(fmt), dump(data, fmt)), field[0])
    assert f"U+{ord(char):04X}" in line
    # The error line must not itself carry the character it complains about.
    assert char not in line


@FUZZ
@given(
    doc=valid_docs,
    char=st.sampled_from(FORBIDDEN_CHARS),
    data=st.data(),
)
def test_raw_control_bytes_anywhere(doc: tuple[str, bytes], char: str, data: st.DataObject) -> None:
    name, content = doc
    at = data.draw(st.integers(min_value=0, max_value=len(content)), label="at")
    result = draft_file(name, content[:at] + char.encode("utf-8") + content[at:])
    # Inside a value it is refused; between tokens some parsers skip it: never a crash.
    if result.exit_code == 2:
        assert char not in result.stderr


@FEW
@given(
    field=st.sampled_from([path for path, _ in STRING_FIELDS]),
    surrogate=st.integers(min_value=0xD800, max_value=0xDFFF),
    as_key=st.booleans(),
)
def test_escaped_lone_surrogates(
    field: tuple[str | int, ...], surrogate: int, as_key: bool
) -> None:
    """JSON and YAML may spell a lone surrogate as \\udXXX: valid syntax, never valid text."""
    data = base()
    marker = "@SURROGATE@"
    if as_key:
        data[marker] = "x"
    else:
        set_path(data, field, marker)
    content = json.dumps(data).replace(marker, f"\\u{surrogate:04x}")
    # As .json through json; after a comment line, through the YAML parser's "\\u" escapes.
    for name, text in (("incident.json", content), ("incident.yaml", "# yaml\n" + content)):
        line = expect_input_error(draft_file(name, text.encode()))
        assert line.isprintable()


@FUZZ
@given(
    fmt=formats,
    field=st.sampled_from(STRING_FIELDS),
    extra=st.integers(min_value=1, max_value=3000),
    filler=st.sampled_from(["x", "é", "字", " y"]),
)
def test_fields_beyond_their_limit(
    fmt: str, field: tuple[tuple[str | int, ...], int], extra: int, filler: str
) -> None:
    path, limit = field
    data = base()
    value = ("A" + filler * (limit + extra))[: limit + extra]
    assert len(value) > limit
    set_path(data, path, value)
    expect_input_error(draft_file(name_for(fmt), dump(data, fmt)), f"at most {limit}", path[0])


@FEW
@given(
    fmt=formats,
    which=st.sampled_from(["remedies", "fixes"]),
    count=st.integers(min_value=MAX_ITEMS + 1, max_value=200),
)
def test_too_many_list_items(fmt: str, which: str, count: int) -> None:
    data = base()
    data[which] = [f"measure number {i}" for i in range(count)]
    expect_input_error(draft_file(name_for(fmt), dump(data, fmt)), which, f"at most {MAX_ITEMS}")


@FEW
@given(
    fmt=formats,
    over=st.integers(min_value=1, max_value=200_000),
    how=st.sampled_from(["comment", "field", "junk"]),
)
def test_files_beyond_256_kib(fmt: str, over: int, how: str) -> None:
    content = dump(base(), fmt)
    missing = MAX_INPUT_BYTES + over - len(content)
    if how == "comment" and fmt == "yaml":
        content = content + b"#" + b"c" * (missing - 2) + b"\n"
    elif how == "field":
        data = base()
        data["internal_notes"] = "n" * (MAX_INPUT_BYTES + over)
        content = dump(data, fmt)
    else:
        content = content + b" " * missing
    assert len(content) > MAX_INPUT_BYTES
    expect_input_error(draft_file(name_for(fmt), content), "256 KiB")


@FEW
@given(
    depth=st.integers(min_value=500, max_value=20_000),
    shape=st.sampled_from(
        ["json-list", "json-dict", "yaml-flow", "yaml-flow-in-field", "unclosed", "json-in-field"]
    ),
    name=st.sampled_from(FILENAMES),
)
def test_deeply_nested_structures(depth: int, shape: str, name: str) -> None:
    if shape == "json-list":
        content = "[" * depth + "]" * depth
    elif shape == "json-dict":
        content = '{"a":' * depth + "1" + "}" * depth
    elif shape == "yaml-flow":
        content = "a: " + "[" * depth + "]" * depth
    elif shape == "yaml-flow-in-field":
        content = dump(base(), "yaml").decode() + "root_cause: " + "{a: " * depth + "}" * depth
    elif shape == "json-in-field":
        content = json.dumps({**base(), "remedies": "@"}).replace('"@"', "[" * depth + "]" * depth)
    else:
        content = "[" * depth
    result = draft_file(name, content.encode())
    expect_input_error(result)


def test_ten_thousand_nested_lists_everywhere() -> None:
    """The brief's exact case, on every input path: no RecursionError anywhere."""
    nested = "[" * 10_000 + "]" * 10_000
    for name in FILENAMES:
        expect_input_error(draft_file(name, nested.encode()))
    block = "".join(" " * i + "a:\n" for i in range(700))  # indentation-nested YAML mapping
    expect_input_error(draft_file("block.yaml", block.encode()))


@FUZZ
@given(
    levels=st.integers(min_value=1, max_value=12),
    fanout=st.integers(min_value=2, max_value=10),
    placement=st.sampled_from(["top", "field", "merge"]),
)
def test_yaml_alias_bombs(levels: int, fanout: int, placement: str) -> None:
    lines = ['a0: &a0 "lol"']
    for level in range(1, levels + 1):
        refs = ", ".join(f"*a{level - 1}" for _ in range(fanout))
        lines.append(f"a{level}: &a{level} [{refs}]")
    if placement == "field":
        body = dump(base(), "yaml").decode()
        lines = [body.replace("root_cause:", "root_cause_unused:", 1), *lines]
        lines.append(f"root_cause: *a{levels}")
    elif placement == "merge":
        lines = [dump(base(), "yaml").decode(), "defaults: &d {x: 1}", "customer2:", "  <<: *d"]
    content = "\n".join(lines).encode()
    line = expect_input_error(draft_file("bomb.yaml", content), "alias")
    assert len(line) < 500


@FUZZ
@given(
    tag=st.sampled_from(
        [
            "!!python/object:os.system {}",
            "!!python/object/apply:os.system ['touch pwned']",
            "!!python/object/new:os.system ['touch pwned']",
            "!!python/name:os.system",
            "!!python/module:os",
            "!!python/tuple [1, 2]",
            "!custom x",
            "!!binary aGVsbG8=",
            "!!binary '!!!'",
            "!!set {a, b}",
            "!!omap [a]",
            "!!omap abc",
            "!!pairs [[a]]",
            "!!timestamp foo",
            "!!timestamp 2026-99-99",
            "!!bool maybe",
            "!!int twelve",
            "!!float abc",
            "!!str [a]",
            "!!seq abc",
            "!!map abc",
            "!!null [a]",
            "!!merge x",
            "!!value x",
            "!!yaml x",
            "!!str 5",
            "!!int 5",
            # Plain scalars that YAML resolves to a date or an int Python cannot build.
            "2026-13-45",
            "2026-02-30",
            "2026-11-18 25:00:00",
            "2026-11-18 10:00:00 +99:00",
            "9" * 5000,
            "0x" + "f" * 5000,
        ]
    ),
    field=st.sampled_from(["root_cause", "id", "occurred_at", "remedies", "customer"]),
)
def test_yaml_tags_and_odd_scalars(tag: str, field: str) -> None:
    text = dump({k: v for k, v in base().items() if k != field}, "yaml").decode()
    draft_file("tagged.yaml", (text + f"{field}: {tag}\n").encode())
    assert not Path("pwned").exists()


@pytest.mark.parametrize(
    "key",
    ["2026-01-01", "1.5", "true", "null", "~", "7", "0x" + "f" * 5000, "[1, 2]", "{a: 1}"],
)
@pytest.mark.parametrize("where", ["", "customer"])
def test_yaml_non_string_keys(key: str, where: str) -> None:
    """YAML keys may be dates, numbers, bools or null: refused in one line, never a crash."""
    data = base()
    text = dump(data, "yaml").decode()
    if where:
        text = text.replace("customer:\n", f"customer:\n  ? {key}\n  : x\n", 1)
    else:
        text += f"? {key}\n: x\n"
    line = expect_input_error(draft_file("keys.yaml", text.encode()))
    assert len(line) < 1000


@FUZZ
@given(
    fmt=formats,
    key=st.sampled_from(sorted(BASE_INCIDENT)),
    value=weird_values,
    first=st.booleans(),
)
def test_duplicate_keys(fmt: str, key: str, value: Any, first: bool) -> None:
    data = base()
    duplicate = json.dumps(value)  # a JSON value is a YAML flow value too
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=False)
        extra = f'"{key}": {duplicate}'
        text = "{" + extra + ", " + text[1:] if first else text[:-1] + ", " + extra + "}"
    else:
        text = dump(data, "yaml").decode()
        extra = f"{key}: {duplicate}\n"
        text = extra + text if first else text + extra
    result = draft_file(name_for(fmt), text.encode())
    # A key given twice would silently drop one of its values: always refused, naming the key.
    assert result.exit_code == 2
    assert key in result.stderr
    assert "given twice" in result.stderr or "duplicate key" in result.stderr


@FEW
@given(doc=valid_docs, boms=st.integers(min_value=1, max_value=2))
def test_bom_prefix(doc: tuple[str, bytes], boms: int) -> None:
    name, content = doc
    result = draft_file(name, "\ufeff".encode() * boms + content)
    if boms == 1:
        assert result.exit_code == 0, result.stderr  # one BOM is how Windows saves UTF-8


@FUZZ
@given(
    name=st.sampled_from(FILENAMES),
    document=st.one_of(
        st.sampled_from(["", " ", "\n\n", "# only a comment\n", "---\n", "---\n...\n", "null"]),
        st.lists(weird_scalars, max_size=5).map(json.dumps),
        weird_scalars.map(lambda v: json.dumps(v, ensure_ascii=False)),
        st.just(json.dumps([BASE_INCIDENT])),
        st.just("- " + json.dumps(BASE_INCIDENT)),
    ),
)
def test_empty_and_non_mapping_documents(name: str, document: str) -> None:
    expect_input_error(draft_file(name, document.encode()))


# --------------------------------------------------------------------------------------------
# Batch: one output line per non-blank input line
# --------------------------------------------------------------------------------------------

#: Lines that are certainly not a valid incident.
bad_lines = st.one_of(
    st.binary(min_size=1, max_size=200).map(lambda b: b.replace(b"\n", b"") or b"?"),
    st.sampled_from(
        [
            b'{"id": "truncated", "language": ',
            b"[]",
            b"[1, 2]",
            b"null",
            b"42",
            b'"text"',
            b"{}",
            b"\xff\xfe{}",
            b"[" * 10_000 + b"]" * 10_000,
            b'{"a":' * 5_000 + b"1" + b"}" * 5_000,
            b'{"id": ' + b"9" * 5_000 + b"}",
            b"id: yaml is not json",
            b'{"id": NaN}',
            b'{"remedys": []}',
            b'{"x[1]": 1}',
            b'{"a\\nb": 1}',
        ]
    ),
    st.builds(
        lambda field, char: _mutated_line(field, "bad" + char + "text"),
        st.sampled_from([path for path, _ in STRING_FIELDS]),
        st.sampled_from(FORBIDDEN_CHARS),
    ),
).filter(lambda line: line.strip() != b"")

#: Lines of a valid incident with one field replaced by anything: drafted or refused.
maybe_lines = st.builds(
    lambda path, value: _mutated_line(path, value), st.sampled_from(ALL_FIELDS), weird_values
)


def _mutated_line(path: tuple[str | int, ...], value: Any) -> bytes:
    data = base()
    set_path(data, path, value)
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _good_line(number: int) -> bytes:
    data = base()
    data["id"] = f"GOOD-{number}"
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


batch_plans = st.lists(
    st.one_of(
        st.just(("good", b"")),
        bad_lines.map(lambda line: ("bad", line)),
        maybe_lines.map(lambda line: ("maybe", line)),
        st.sampled_from([b"", b"   ", b"\t", b"\r"]).map(lambda line: ("blank", line)),
    ),
    min_size=1,
    max_size=8,
)


def _write_batch(path: Path, plan: list[tuple[str, bytes]]) -> dict[int, str]:
    """Write the JSONL file; return {line number: kind} of its non-blank lines."""
    expected: dict[int, str] = {}
    chunks = []
    for number, (kind, line) in enumerate(plan, start=1):
        if kind == "good":
            line = _good_line(number)
        chunks.append(line + b"\n")
        if kind != "blank":
            expected[number] = kind
    path.write_bytes(b"".join(chunks))
    return expected


def _check_batch_output(
    output: Path, source: str, expected: dict[int, str]
) -> list[dict[str, Any]]:
    raw_lines = output.read_bytes().split(b"\n")
    assert raw_lines[-1] == b""
    results = [json.loads(line) for line in raw_lines[:-1]]
    assert all(isinstance(r, dict) for r in results)
    assert sorted(r["line"] for r in results) == sorted(expected)
    for result in results:
        kind = expected[result["line"]]
        drafted = "error" not in result
        if kind == "good":
            assert drafted, result
            assert result["incident_id"] == f"GOOD-{result['line']}"
        elif kind == "bad":
            assert not drafted, result
        if drafted:
            assert result["text"] and all(c["passed"] for c in result["checks"]), result
        else:
            assert result["error"] == "input", result
            assert result["message"].startswith(f"{source}:{result['line']}: "), result
            assert result["message"].isprintable(), result  # one line, nothing hidden
    return results


@FUZZ
@given(plan=batch_plans)
def test_batch_every_line_gets_one_result(plan: list[tuple[str, bytes]]) -> None:
    source, output = Path("in.jsonl"), Path("out.jsonl")
    output.unlink(missing_ok=True)
    expected = _write_batch(source, plan)
    summary = run_batch(source, output, concurrency=3, provider=TemplateProvider())
    results = _check_batch_output(output, str(source), expected)
    errors = sum(1 for r in results if "error" in r)
    assert (summary.total, summary.drafted, summary.failed, summary.rejected) == (
        len(expected),
        len(expected) - errors,
        errors,
        0,
    )


@FEW
@given(plan=batch_plans)
def test_batch_cli_exit_codes(plan: list[tuple[str, bytes]]) -> None:
    source, output = Path("in.jsonl"), Path("out.jsonl")
    output.unlink(missing_ok=True)
    expected = _write_batch(source, plan)
    result = runner.invoke(
        app, ["batch", str(source), "-o", str(output), "--provider", "template", "-c", "2"]
    )
    detail = (result.exit_code, result.exception, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit), detail
    assert "Traceback" not in result.stderr, detail
    results = _check_batch_output(output, str(source), expected)
    assert result.exit_code == (1 if any("error" in r for r in results) else 0), detail
    if any(kind == "bad" for kind in expected.values()):
        assert result.exit_code == 1


def test_batch_line_beyond_256_kib() -> None:
    source, output = Path("in.jsonl"), Path("out.jsonl")
    data = base()
    data["internal_notes"] = "n" * MAX_INPUT_BYTES
    source.write_bytes(_good_line(1) + b"\n" + json.dumps(data).encode() + b"\n")
    summary = run_batch(source, output, provider=TemplateProvider())
    assert (summary.drafted, summary.failed) == (1, 1)
    results = {r["line"]: r for r in map(json.loads, output.read_text().splitlines())}
    assert "256 KiB" in results[2]["message"] and results[2]["error"] == "input"


# --------------------------------------------------------------------------------------------
# A plain, seeded sweep over the shipped examples
# --------------------------------------------------------------------------------------------


def _mutate_example(rng: random.Random, name: str, content: bytes) -> tuple[str, bytes]:
    """One seeded mutation of an example: structural (on the data) or textual (on the bytes)."""
    data = json.loads(content) if name.endswith(".json") else yaml.safe_load(content)
    choice = rng.randrange(10)
    fields = sorted(data)
    if choice == 0:
        data.pop(rng.choice(fields))
    elif choice == 1:
        data[rng.choice(fields)] = rng.choice([None, 0, 1.5, True, [], {}, "", [None], {"a": 1}])
    elif choice == 2:
        key = rng.choice([k for k in fields if isinstance(data[k], str)])
        text = data[key]
        at = rng.randrange(len(text) + 1)
        data[key] = text[:at] + rng.choice(FORBIDDEN_CHARS) + text[at:]
    elif choice == 3:
        data[rng.choice(["remedys", "notes", "Fixes", "x[0]"])] = "unknown"
    elif choice == 4:
        data["what_happened"] = "w" * rng.randrange(MAX_TEXT - 5, MAX_TEXT + 5)
    elif choice == 5:
        # Pad (never replace) the approved remedies: replacing them would make the example's
        # follow-up promise an unapproved refund, a valid incident that is rightly rejected (4).
        padding = [f"remedy {i}" for i in range(rng.randrange(15, 25) - len(data["remedies"]))]
        data["remedies"] = [*data["remedies"], *padding]
    elif choice == 6:
        cut = rng.randrange(len(content) + 1)
        return name, content[:cut]
    elif choice == 7:
        buffer = bytearray(content)
        for _ in range(rng.randrange(1, 6)):
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
        return name, bytes(buffer)
    elif choice == 8:
        return name, b"\xef\xbb\xbf" + content
    else:
        data["customer"] = {"name": data["customer"]["name"], "contact": " " * rng.randrange(3)}
    fmt = "json" if name.endswith(".json") else "yaml"
    return name, dump(data, fmt)


def test_seeded_sweep_over_examples() -> None:
    rng = random.Random(20261118)
    docs = EXAMPLE_DOCS
    assert len(docs) >= 6
    counts: dict[int, int] = {}
    for index in range(150):
        name, content = docs[index % len(docs)]
        name, content = _mutate_example(rng, name, content)
        result = draft_file(f"sweep-{index}-{name}", content)
        counts[result.exit_code] = counts.get(result.exit_code, 0) + 1
    assert set(counts) <= {0, 2}, counts
    # The sweep must exercise both outcomes, or it is not testing anything.
    assert counts.get(0, 0) >= 10 and counts.get(2, 0) >= 50, counts


@pytest.mark.parametrize(("name", "content"), VALID_DOCS, ids=[n for n, _ in VALID_DOCS])
def test_valid_documents_draft(name: str, content: bytes) -> None:
    """The oracle's positive side: the unmutated documents all draft (exit 0)."""
    assert draft_file(name, content).exit_code == 0
