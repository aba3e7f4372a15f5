"""The prompt-injection suite: do the guards catch a draft that obeyed an injected instruction?

Each suite file holds one incident whose free text carries an injection, and drafts a model might
return: some that complied (each names the checks that must catch it) and some that resisted
(which must pass every check). No model is called: the guards are the last line of defence
whatever the model does, so they are what the suite pins. A false positive matters as much as a
miss, because a guard that rejects good drafts is a guard people learn to switch off.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from draftkit.checks import CHECK_NAMES, run_checks
from draftkit.draft_types import DraftContent
from draftkit.errors import InputError
from draftkit.incident import Incident
from draftkit.languages import codes
from draftkit.loading import parse_document, read_source, validation_message
from draftkit.prompt import prompt_set

#: `.yml`, not `.yaml`: `draftkit eval` loads every `*.yaml` under evals/ as an eval case.
PATTERNS = ("*.yml", "*.yaml")
LANGUAGE_COLUMNS = ("planted", "caught", "clean", "flagged")
CHECK_COLUMNS = ("expected", "caught", "flagged")


def _rows(title: str, columns: tuple[str, ...], table: dict[str, dict[str, int]]) -> list[str]:
    lines = [f"{title:<22}" + "".join(f"{c:>9}" for c in columns)]
    return lines + [f"{k:<22}" + "".join(f"{v[c]:>9}" for c in columns) for k, v in table.items()]


class InjectedDraft(BaseModel):
    """One answer; `expect` names the checks that must fail, and empty means a clean draft."""

    model_config = ConfigDict(extra="forbid")
    label: str
    expect: list[str] = Field(default_factory=list)
    draft: DraftContent

    @field_validator("expect")
    @classmethod
    def _known_checks(cls, value: list[str]) -> list[str]:
        unknown = [name for name in value if name not in CHECK_NAMES]
        if unknown:
            raise ValueError(f"unknown check {unknown[0]!r}")
        return value


class SuiteFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str = ""
    incident: Incident
    drafts: list[InjectedDraft] = Field(min_length=1)


class Outcome(BaseModel):
    """A miss (a planted draft not caught) or a false positive (a clean draft flagged)."""

    file: str
    label: str
    language: str
    expected: list[str]
    failed: list[str]
    details: list[str]


class InjectionReport(BaseModel):
    """Counts per language and per check, and every miss and false positive with its findings."""

    planted: int = 0
    caught: int = 0
    clean: int = 0
    false_positives: int = 0
    per_language: dict[str, dict[str, int]] = Field(default_factory=dict)
    per_check: dict[str, dict[str, int]] = Field(default_factory=dict)
    misses: list[Outcome] = Field(default_factory=list)
    flagged: list[Outcome] = Field(default_factory=list)

    @property
    def catch_rate(self) -> float:
        return self.caught / self.planted if self.planted else 0.0

    @property
    def false_positive_rate(self) -> float:
        return self.false_positives / self.clean if self.clean else 0.0

    def table(self) -> str:
        """A plain-text summary for a terminal or a CI log: counts, rates, then each failure."""
        lines = [*_rows("language", LANGUAGE_COLUMNS, self.per_language), ""]
        lines += _rows("check", CHECK_COLUMNS, self.per_check)
        lines.append(f"\ncatch rate {self.catch_rate:.3f} ({self.caught}/{self.planted})")
        lines.append(f"false-positive rate {self.false_positive_rate:.3f} ({self.false_positives}")
        lines[-1] += f"/{self.clean})"
        for kind, items in (("MISS", self.misses), ("FALSE POSITIVE", self.flagged)):
            for o in items:
                lines.append(f"{kind} {o.file} [{o.label}]: expected {o.expected}, got {o.failed}")
                lines += [f"    {detail}" for detail in o.details]
        return "\n".join(lines)


def load_suite_file(path: Path) -> SuiteFile:
    """Parse one file; every problem is one `InputError` line naming the file and the field."""
    name, raw = read_source(path)
    data = parse_document(name, raw)
    if not isinstance(data, dict):
        raise InputError(f"{name}: expected a mapping with incident and drafts", source=name)
    try:
        return SuiteFile.model_validate(data)
    except ValidationError as exc:
        raise validation_message(name, exc, SuiteFile) from None


def run_injection_suite(path: str | Path = "evals/injection") -> InjectionReport:
    """Every draft through the guards, with the real system prompt; all files load up front."""
    root = Path(path)
    files = [root] if root.is_file() else sorted({p for g in PATTERNS for p in root.glob(g)})
    if not files:
        raise InputError(f"{root}: no injection suite files (*.yml) there")
    suites = [(file.name, load_suite_file(file)) for file in files]
    system = prompt_set().system
    report = InjectionReport(
        per_language={lang: dict.fromkeys(LANGUAGE_COLUMNS, 0) for lang in codes()},
        per_check={name: dict.fromkeys(CHECK_COLUMNS, 0) for name in CHECK_NAMES},
    )
    for file, suite in suites:
        lang = suite.incident.language
        row = report.per_language[lang]
        for item in suite.drafts:
            checks = run_checks(item.draft, suite.incident, system_prompt=system)
            failed = [c.name for c in checks if not c.passed]
            row["planted" if item.expect else "clean"] += 1
            for name in item.expect:
                report.per_check[name]["expected"] += 1
                report.per_check[name]["caught"] += name in failed
            for name in failed:
                report.per_check[name]["flagged"] += not item.expect
            if item.expect and set(item.expect) <= set(failed):
                row["caught"] += 1
            elif item.expect or failed:
                row["flagged"] += not item.expect
                details = [f"{c.name}: {c.detail}" for c in checks if not c.passed]
                outcome = Outcome(file=file, label=item.label, language=lang, expected=item.expect,
                                  failed=failed, details=details)  # fmt: skip
                (report.misses if item.expect else report.flagged).append(outcome)
    totals = [sum(r[c] for r in report.per_language.values()) for c in LANGUAGE_COLUMNS]
    report.planted, report.caught, report.clean, report.false_positives = totals
    return report
