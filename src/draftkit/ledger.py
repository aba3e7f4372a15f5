"""The apology ledger: a local SQLite record of apologies a person approved and sent.

A team learns what a good apology looks like from the ones it already sent, so each entry keeps
the incident facts next to the text and its scores. The file holds customer names and internal
notes, so it is created private (0600) and internal notes never leave it through `export`.
Nothing here reads settings: an API key can never end up in the ledger.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from draftkit.errors import InputError
from draftkit.incident import Incident

ExportFormat = Literal["markdown", "json"]

#: Schema steps; version N is reached by applying MIGRATIONS[N - 1], each in its own transaction.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE apologies (
        id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, incident_id TEXT,
        language TEXT NOT NULL, channel TEXT NOT NULL, severity TEXT NOT NULL,
        incident_json TEXT NOT NULL, text TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '',
        scores_json TEXT NOT NULL, approved_by TEXT, approved_at TEXT
    );
    """,
    "CREATE INDEX apologies_by_language ON apologies (language, id);",
]
SCHEMA_VERSION = len(MIGRATIONS)

_WORD = re.compile(r"[^\W\d_]{3,}")
_FACT_FIELDS = ("what_happened", "impact", "root_cause")


def default_ledger_path() -> Path:
    """One ledger per user unless `DRAFTKIT_LEDGER` or the config file's `ledger` points a team
    at a shared file (resolved by `load_settings`, like every other option)."""
    from draftkit.settings import load_settings

    configured = load_settings().ledger
    return configured.expanduser() if configured else user_ledger_path()


def user_ledger_path() -> Path:
    """Where a ledger lives when nothing configures one: the user's data directory."""
    import platformdirs

    return platformdirs.user_data_path("draftkit") / "ledger.sqlite3"


class Entry(BaseModel):
    """One sent apology; `incident` is the full incident, internal notes included."""

    id: int
    created_at: str
    incident_id: str | None
    language: str
    channel: str
    severity: str
    incident: dict[str, Any]
    text: str
    subject: str
    scores: dict[str, float]
    approved_by: str | None
    approved_at: str | None


def words(text: str) -> set[str]:
    """Letters only (any script), three or more, so 'a', 'de', dates and counts don't match."""
    return set(_WORD.findall(text.casefold()))


def _facts_text(incident: dict[str, Any]) -> str:
    return " ".join(str(incident.get(name) or "") for name in _FACT_FIELDS)


def _utc(moment: dt.datetime) -> str:
    # A naive time is taken as UTC rather than local, so the ledger means the same on any host.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


class Ledger:
    """An open ledger file; use `Ledger.open(path)` as a context manager."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: str | Path | None = None) -> Ledger:
        """Open (creating and migrating) a ledger; any problem is one `InputError` line."""
        where = Path(path).expanduser() if path is not None else default_ledger_path()
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
            # Create it private before sqlite does, so no other user can ever read it.
            os.close(os.open(where, os.O_CREAT | os.O_WRONLY, 0o600))
            os.chmod(where, 0o600)
            connection = sqlite3.connect(where, timeout=10, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else str(exc)
            raise InputError(
                f"{where}: cannot open the ledger ({reason})", source=str(where)
            ) from None
        connection.row_factory = sqlite3.Row
        ledger = cls(connection, where)
        try:
            ledger._migrate()
        except BaseException:
            connection.close()
            raise
        return ledger

    def _version(self) -> int:
        try:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError:
            raise InputError(
                f"{self.path}: not a draftkit ledger (not a SQLite database)", source=str(self.path)
            ) from None

    def _migrate(self) -> None:
        current = self._version()
        if current > SCHEMA_VERSION:
            raise InputError(
                f"{self.path}: ledger schema v{current} is newer than this draftkit "
                f"(v{SCHEMA_VERSION})",
                source=str(self.path),
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            script = MIGRATIONS[version - 1]
            try:
                self._db.executescript(
                    f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;"
                )
            except sqlite3.Error as exc:
                if self._db.in_transaction:
                    self._db.rollback()
                # Another process may have migrated in between; that is not an error.
                if self._version() >= version:
                    continue
                raise InputError(
                    f"{self.path}: cannot upgrade the ledger to v{version} ({exc})",
                    source=str(self.path),
                ) from None

    @property
    def schema_version(self) -> int:
        return self._version()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def add(
        self,
        incident: Incident,
        text: str,
        *,
        subject: str = "",
        scores: dict[str, float] | None = None,
        approved_by: str | None = None,
        approved_at: dt.datetime | None = None,
    ) -> Entry:
        """Record a sent apology; scores are computed now so later scorer changes don't rewrite
        history."""
        if not text.strip():
            raise InputError("the apology text is empty")
        if scores is None:
            from draftkit.scoring import score

            result = score(text, incident=incident, language=incident.language)
            scores = {
                "responsibility": result.responsibility,
                "specificity": result.specificity,
                "regret": result.regret,
            }
        if approved_by and approved_at is None:
            approved_at = dt.datetime.now(dt.timezone.utc)
        cursor = self._db.execute(
            "INSERT INTO apologies (created_at, incident_id, language, channel, severity,"
            " incident_json, text, subject, scores_json, approved_by, approved_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _utc(dt.datetime.now(dt.timezone.utc)),
                incident.id,
                incident.language,
                incident.channel,
                incident.severity,
                json.dumps(incident.model_dump(mode="json"), ensure_ascii=False),
                text,
                subject,
                json.dumps(scores),
                approved_by or None,
                _utc(approved_at) if approved_at else None,
            ),
        )
        assert cursor.lastrowid is not None
        return self.get(cursor.lastrowid)

    def get(self, entry_id: int) -> Entry:
        row = self._db.execute("SELECT * FROM apologies WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise InputError(f"no ledger entry {entry_id}")
        return _entry(row)

    def _rows(self, language: str | None, limit: int | None = None) -> builtins.list[Entry]:
        where, args = ("WHERE language = ?", [language]) if language else ("", [])
        rows = self._db.execute(
            f"SELECT * FROM apologies {where} ORDER BY id DESC LIMIT ?",
            [*args, -1 if limit is None else limit],
        )
        return [_entry(row) for row in rows]

    def list(self, limit: int | None = 50, language: str | None = None) -> builtins.list[Entry]:
        """Newest first; `limit=None` returns every entry."""
        return self._rows(language, limit)

    def search(
        self, query: str, limit: int = 20, language: str | None = None
    ) -> builtins.list[Entry]:
        """Rank by how many query words the facts and the apology share; newest wins ties."""
        wanted = words(query)
        ranked: builtins.list[tuple[int, Entry]] = []
        for entry in self._rows(language):
            hits = len(wanted & words(f"{_facts_text(entry.incident)} {entry.text}"))
            if hits:
                ranked.append((hits, entry))
        ranked.sort(key=lambda pair: (-pair[0], -pair[1].id))
        return [entry for _, entry in ranked[:limit]]

    def similar(self, incident: Incident, limit: int = 2) -> builtins.list[Entry]:
        """Approved apologies for the most alike incidents: only what a person signed off on is
        worth imitating, and only in the same language."""
        mine = words(_facts_text(incident.model_dump(mode="json")))
        ranked: builtins.list[tuple[float, Entry]] = []
        for entry in self._rows(incident.language):
            if entry.approved_by is None:
                continue
            theirs = words(_facts_text(entry.incident))
            union = mine | theirs
            overlap = len(mine & theirs) / len(union) if union else 0.0
            if overlap > 0:
                ranked.append((overlap, entry))
        ranked.sort(key=lambda pair: (-pair[0], -pair[1].id))
        return [entry for _, entry in ranked[:limit]]


def _entry(row: sqlite3.Row) -> Entry:
    data: dict[str, Any] = dict(zip(row.keys(), row, strict=True))
    incident, scores = json.loads(data.pop("incident_json")), json.loads(data.pop("scores_json"))
    return Entry(incident=incident, scores=scores, **data)


def _redact(text: str, names: list[str]) -> str:
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(re.escape(name), "[customer]", text, flags=re.IGNORECASE)
    return text


def shareable(entry: Entry, *, public: bool = False) -> dict[str, Any]:
    """What may leave the ledger: never internal notes; for a public note, nobody's identity.

    The customer's own message is dropped from public output too: it is their words, not ours.
    """
    incident = {k: v for k, v in entry.incident.items() if k != "internal_notes"}
    data = entry.model_dump()
    data["incident"] = incident
    if public:
        customer = incident.pop("customer", None) or {}
        incident.pop("customer_message", None)
        names = [str(v) for v in (customer.get("name"), customer.get("contact")) if v]
        for key in ("text", "subject"):
            data[key] = _redact(data[key], names)
        for key, value in incident.items():
            if isinstance(value, str):
                incident[key] = _redact(value, names)
        data.pop("approved_by")
    return data


def _markdown(data: dict[str, Any]) -> str:
    incident: dict[str, Any] = data["incident"]
    title = data["incident_id"] or f"entry {data['id']}"
    lines = [f"## {title} — {data['created_at'][:10]}", ""]
    lines += [f"_{data['language']} · {data['channel']} · severity {data['severity']}_", ""]
    customer = incident.get("customer")  # already gone from a public export
    if customer:
        contact = f" ({customer['contact']})" if customer.get("contact") else ""
        lines.append(f"- **Customer:** {customer['name']}{contact}")
    for key in _FACT_FIELDS:
        if incident.get(key):
            lines.append(f"- **{key.replace('_', ' ').capitalize()}:** {incident[key]}")
    if incident.get("fixes"):
        lines += ["- **Fixes:**", *(f"  - {fix}" for fix in incident["fixes"])]
    follow_up = incident.get("follow_up")
    if follow_up:
        lines.append(f"- **Follow-up:** {follow_up['action']} (by {follow_up['by']})")
    lines += ["", "### Apology", ""]
    if data["subject"]:
        lines += [f"**{data['subject']}**", ""]
    lines += [data["text"].strip(), "", "### Scores", ""]
    lines += [f"- {name}: {value:.2f}" for name, value in data["scores"].items()]
    approver = data.get("approved_by")
    if approver:
        lines += ["", f"_Approved by {approver} at {data['approved_at'] or 'unknown time'}_"]
    elif data.get("approved_at"):
        lines += ["", f"_Approved at {data['approved_at']}_"]
    return "\n".join(lines) + "\n"


def export(
    entries: Iterable[Entry], fmt: ExportFormat = "markdown", *, public: bool = False
) -> str:
    """Render entries to share; internal notes are dropped here, the one exit from the ledger."""
    shared = [shareable(entry, public=public) for entry in entries]
    if fmt == "json":
        return json.dumps(shared, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        heading = "# Post-incident apologies" if public else "# Apology ledger"
        return "\n".join([heading, "", *(_markdown(data) for data in shared)])
    raise InputError(f"unknown export format {fmt!r}; use markdown or json")
