"""The apology ledger: a private SQLite file, versioned schema, lookups, and exports that never
leak internal notes."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

import draftkit.cli.ledger  # noqa: F401  registers `draftkit ledger`
from conftest import BASE_INCIDENT, GOOD_DRAFT
from draftkit.cli import app
from draftkit.draft_types import DraftContent
from draftkit.errors import InputError
from draftkit.incident import Incident
from draftkit.ledger import MIGRATIONS, Ledger, default_ledger_path, export

runner = CliRunner()
NOTES = BASE_INCIDENT["internal_notes"]
GOOD_TEXT = DraftContent(**GOOD_DRAFT).text()
SCORES = {"responsibility": 0.9, "specificity": 0.8, "regret": 0.7}


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("PRAGMA user_version").fetchone()[0])


# --- the file ---------------------------------------------------------------------------------


def test_file_is_created_private_with_parents(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "ledger.db"
    with Ledger.open(path):
        pass
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_existing_file_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    with Ledger.open(path):
        pass
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_new_ledger_is_at_the_latest_schema(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    with Ledger.open(path) as ledger:
        assert ledger.schema_version == len(MIGRATIONS) >= 2
    assert user_version(path) == len(MIGRATIONS)


def test_v1_ledger_is_migrated_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    with sqlite3.connect(path) as db:
        db.executescript(MIGRATIONS[0])
        db.execute("PRAGMA user_version = 1")
        db.execute(
            "INSERT INTO apologies (created_at, incident_id, language, channel, severity,"
            " incident_json, text, subject, scores_json) VALUES"
            " ('2026-01-01T00:00:00+00:00', 'OLD-1', 'en', 'email', 'low', ?, 'Sorry.', '', '{}')",
            (json.dumps(BASE_INCIDENT),),
        )
    db.close()
    with Ledger.open(path) as ledger:
        assert [e.incident_id for e in ledger.list()] == ["OLD-1"]
    assert user_version(path) == len(MIGRATIONS)
    with sqlite3.connect(path) as db:
        indexes = {row[1] for row in db.execute("PRAGMA index_list(apologies)")}
    db.close()
    assert "apologies_by_language" in indexes


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    newer = len(MIGRATIONS) + 1
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {newer}")
    db.close()
    with pytest.raises(InputError) as info:
        Ledger.open(path)
    assert str(info.value) == (
        f"{path}: ledger schema v{newer} is newer than this draftkit (v{len(MIGRATIONS)})"
    )
    assert user_version(path) == newer  # untouched


def test_not_a_database_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("this is not sqlite, just a long enough line of text " * 20)
    with pytest.raises(InputError) as info:
        Ledger.open(path)
    assert "not a SQLite database" in str(info.value)
    assert "\n" not in str(info.value)


def test_default_path_honours_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DRAFTKIT_LEDGER", str(tmp_path / "team.sqlite3"))
    assert default_ledger_path() == tmp_path / "team.sqlite3"
    monkeypatch.delenv("DRAFTKIT_LEDGER")
    assert default_ledger_path().name == "ledger.sqlite3"
    assert "draftkit" in str(default_ledger_path())


# --- add / get / list / search / similar -------------------------------------------------------


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    with Ledger.open(tmp_path / "ledger.db") as opened:
        yield opened


def test_add_and_get_round_trip(ledger: Ledger, make_incident: Callable[..., Incident]) -> None:
    entry = ledger.add(make_incident(), GOOD_TEXT, subject="Sorry", approved_by="Dana")
    again = ledger.get(entry.id)
    assert again == entry
    assert entry.incident_id == "INC-4821" and entry.severity == "high"
    assert entry.incident["internal_notes"] == NOTES  # kept inside the ledger
    assert entry.approved_by == "Dana" and entry.approved_at is not None
    assert entry.created_at.endswith("+00:00")
    assert set(entry.scores) == {"responsibility", "specificity", "regret"}
    assert all(0 <= v <= 1 for v in entry.scores.values())
    assert entry.scores["responsibility"] > 0.5  # a good apology scores as one


def test_given_scores_are_kept_and_naive_time_is_utc(
    ledger: Ledger, make_incident: Callable[..., Incident]
) -> None:
    import datetime as dt

    entry = ledger.add(
        make_incident(),
        "Sorry.",
        scores=SCORES,
        approved_by="Dana",
        approved_at=dt.datetime(2026, 11, 20, 9, 30),
    )
    assert entry.scores == SCORES
    assert entry.approved_at == "2026-11-20T09:30:00+00:00"


def test_missing_entry_and_empty_text(
    ledger: Ledger, make_incident: Callable[..., Incident]
) -> None:
    with pytest.raises(InputError, match=r"^no ledger entry 42$"):
        ledger.get(42)
    with pytest.raises(InputError, match="empty"):
        ledger.add(make_incident(), "   ")


def test_list_is_newest_first_and_filters(
    ledger: Ledger, make_incident: Callable[..., Incident]
) -> None:
    for n, language in enumerate(["en", "es", "en", "ro"]):
        ledger.add(make_incident(id=f"I-{n}", language=language), "Sorry.", scores=SCORES)
    assert [e.incident_id for e in ledger.list()] == ["I-3", "I-2", "I-1", "I-0"]
    assert [e.incident_id for e in ledger.list(limit=2)] == ["I-3", "I-2"]
    assert [e.incident_id for e in ledger.list(language="en")] == ["I-2", "I-0"]
    assert len(ledger.list(limit=None)) == 4


def test_search_ranks_by_word_overlap(
    ledger: Ledger, make_incident: Callable[..., Incident]
) -> None:
    late = ledger.add(
        make_incident(id="LATE", what_happened="The courier delivered the parcel late."),
        "We are sorry the parcel was late.",
        scores=SCORES,
    )
    both = ledger.add(
        make_incident(id="BOTH", what_happened="The courier lost the parcel and the invoice."),
        "We are sorry about the parcel and the invoice.",
        scores=SCORES,
    )
    ledger.add(
        make_incident(id="ES", language="es", what_happened="El mensajero perdió la factura."),
        "Lo sentimos.",
        scores=SCORES,
    )
    found = ledger.search("parcel invoice")
    assert [e.id for e in found[:2]] == [both.id, late.id]
    assert [e.incident_id for e in ledger.search("factura")] == ["ES"]
    assert ledger.search("factura", language="en") == []
    assert ledger.search("zebra xylophone") == []
    assert len(ledger.search("parcel", limit=1)) == 1


def test_similar_is_approved_same_language_ranked_and_limited(
    ledger: Ledger, make_incident: Callable[..., Incident]
) -> None:
    def add(key: str, what: str, *, language: str = "en", approved: bool = True) -> int:
        incident = make_incident(
            id=key,
            language=language,
            what_happened=what,
            impact="Customers waited.",
            root_cause=None,
        )
        entry = ledger.add(
            incident, "Sorry.", scores=SCORES, approved_by="Dana" if approved else None
        )
        return entry.id

    close = add("CLOSE", "The warehouse shipped the wrong textbook edition to the school.")
    add("DRAFT", "The warehouse shipped the wrong textbook edition to the school.", approved=False)
    add("SPANISH", "The warehouse shipped the wrong textbook edition.", language="es")
    far = add("FAR", "The warehouse flooded.")
    add("NONE", "Payments failed.")  # no word in common: left out, not ranked last
    fresh = make_incident(
        what_happened="Our warehouse shipped the wrong textbook edition to a school.",
        impact="Students studied without books.",
        root_cause=None,
    )
    found = ledger.similar(fresh, limit=5)
    assert [e.id for e in found] == [close, far]
    assert all(e.approved_by and e.language == "en" for e in found)
    assert [e.id for e in ledger.similar(fresh, limit=1)] == [close]
    unrelated = make_incident(what_happened="Zebra xylophone.", impact="Quokka.", root_cause=None)
    assert ledger.similar(unrelated) == []


def test_similar_handles_non_latin_words(
    ledger: Ledger, make_incident: Callable[..., Incident]
) -> None:
    entry = ledger.add(
        make_incident(language="ro", what_happened="Comanda a întârziat trei săptămâni."),
        "Ne pare rău.",
        scores=SCORES,
        approved_by="Ana",
    )
    fresh = make_incident(language="ro", what_happened="Livrarea a întârziat mult.")
    assert [e.id for e in ledger.similar(fresh)] == [entry.id]


# --- export ----------------------------------------------------------------------------------


def test_exports_never_contain_internal_notes(
    ledger: Ledger, make_incident: Callable[..., Incident]
) -> None:
    entry = ledger.add(make_incident(), GOOD_TEXT, subject="Sorry", approved_by="Dana Okafor")
    for fmt in ("markdown", "json"):
        for public in (False, True):
            document = export([entry], fmt, public=public)  # type: ignore[arg-type]
            assert "Kevin Marsh" not in document and "internal_notes" not in document
            assert NOTES not in document


def test_markdown_export_has_the_facts_text_scores_and_approval(
    ledger: Ledger, make_incident: Callable[..., Incident]
) -> None:
    entry = ledger.add(
        make_incident(), GOOD_TEXT, subject="Sorry", scores=SCORES, approved_by="Dana"
    )
    document = export([entry], "markdown")
    assert f"## INC-4821 — {entry.created_at[:10]}" in document
    for fact in ("what_happened", "impact", "root_cause"):
        assert BASE_INCIDENT[fact] in document
    assert BASE_INCIDENT["fixes"][0] in document
    assert BASE_INCIDENT["follow_up"]["action"] in document
    assert "we take full responsibility" in document
    assert "responsibility: 0.90" in document
    assert "Approved by Dana" in document
    assert "Northside Academy" in document


def test_public_export_drops_customer_and_approver(
    ledger: Ledger, make_incident: Callable[..., Incident]
) -> None:
    entry = ledger.add(make_incident(), GOOD_TEXT, scores=SCORES, approved_by="Priya Approver")
    for fmt in ("markdown", "json"):
        document = export([entry], fmt, public=True)  # type: ignore[arg-type]
        for secret in ("Northside Academy", "Ms. Rivera", "Priya Approver", "unacceptable"):
            assert secret not in document, (fmt, secret)
        assert "take full responsibility" in document
    data = json.loads(export([entry], "json", public=True))
    assert "customer" not in data[0]["incident"] and "approved_by" not in data[0]
    private = json.loads(export([entry], "json"))
    assert private[0]["incident"]["customer"]["name"] == "Northside Academy"
    assert private[0]["approved_by"] == "Priya Approver"


def test_unknown_export_format_is_input_error(
    ledger: Ledger, make_incident: Callable[..., Incident]
) -> None:
    with pytest.raises(InputError, match="unknown export format"):
        export([], "html")  # type: ignore[arg-type]


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    incident = tmp_path / "incident.yaml"
    incident.write_text(yaml.safe_dump(BASE_INCIDENT, allow_unicode=True))
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps({"subject": GOOD_DRAFT["subject"], "text": GOOD_TEXT}))
    plain = tmp_path / "sent.txt"
    plain.write_text(GOOD_TEXT + "\n")
    return {"incident": incident, "draft": draft, "plain": plain}


def invoke(*args: str) -> Any:
    return runner.invoke(app, ["ledger", *args])


def test_cli_add_list_show_export(files: dict[str, Path], tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    added = invoke(
        "add",
        str(files["incident"]),
        "--text",
        str(files["draft"]),
        "--approved-by",
        "Dana",
        "--approved-at",
        "2026-11-20T10:00:00Z",
        "--ledger",
        db,
    )
    assert added.exit_code == 0, added.stderr
    assert added.stdout == "added #1\n"
    plain = invoke("add", str(files["incident"]), "--text", str(files["plain"]), "--ledger", db)
    assert plain.stdout == "added #2\n"

    listed = invoke("list", "--ledger", db)
    assert listed.exit_code == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["#2", "#1"]
    assert GOOD_DRAFT["subject"][:40] in lines[1]

    as_json = json.loads(invoke("list", "-f", "json", "--limit", "1", "--ledger", db).stdout)
    assert [e["id"] for e in as_json] == [2] and as_json[0]["subject"] == ""

    shown = invoke("show", "1", "--ledger", db)
    assert shown.exit_code == 0, shown.stderr
    assert "take full responsibility" in shown.stdout and "Kevin Marsh" not in shown.stdout
    shown_json = json.loads(invoke("show", "1", "-f", "json", "--ledger", db).stdout)
    assert shown_json["approved_at"] == "2026-11-20T10:00:00+00:00"
    assert "internal_notes" not in shown_json["incident"]

    searched = invoke("search", "textbook", "--ledger", db)
    assert searched.exit_code == 0 and len(searched.stdout.splitlines()) == 2

    out = tmp_path / "note.md"
    exported = invoke("export", "1", "--public", "-o", str(out), "--ledger", db)
    assert exported.exit_code == 0, exported.stderr
    note = out.read_text()
    assert note.count("## INC-4821") == 1 and "Northside Academy" not in note
    everything = invoke("export", "-f", "json", "--ledger", db)
    assert [e["id"] for e in json.loads(everything.stdout)] == [2, 1]
    assert "Kevin Marsh" not in everything.stdout


def test_cli_missing_incident_exits_2_in_one_line(files: dict[str, Path]) -> None:
    result = invoke("add", "missing.yaml", "--text", str(files["plain"]))
    assert result.exit_code == 2
    assert result.stderr == "draftkit: error: missing.yaml: no such file\n"
    assert result.stdout == ""


def test_cli_bad_input_exits_2(files: dict[str, Path], tmp_path: Path) -> None:
    bad_time = invoke(
        "add", str(files["incident"]), "--text", str(files["plain"]), "--approved-at", "soon"
    )
    assert bad_time.exit_code == 2 and "--approved-at" in bad_time.stderr
    missing = invoke("show", "9")
    assert missing.exit_code == 2
    assert missing.stderr == "draftkit: error: no ledger entry 9\n"
    junk = tmp_path / "junk.db"
    junk.write_text("not a database at all, " * 50)
    broken = invoke("list", "--ledger", str(junk))
    assert broken.exit_code == 2 and "Traceback" not in broken.stderr
    assert len(broken.stderr.splitlines()) == 1


def test_cli_honours_draftkit_ledger(
    files: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "team" / "shared.sqlite3"
    monkeypatch.setenv("DRAFTKIT_LEDGER", str(target))
    result = invoke("add", str(files["incident"]), "--text", str(files["plain"]))
    assert result.exit_code == 0, result.stderr
    assert target.exists()
    with Ledger.open(target) as ledger:
        assert [e.incident_id for e in ledger.list()] == ["INC-4821"]
