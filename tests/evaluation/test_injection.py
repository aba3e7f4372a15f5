"""The prompt-injection suite: the shipped files, and how the runner treats bad or lying files."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from draftkit.checks import CHECK_NAMES, run_checks
from draftkit.errors import InputError
from draftkit.evaluation.injection import InjectionReport, load_suite_file, run_injection_suite

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "evals" / "injection"
KINDS = {
    "approved_offers",
    "no_internal_notes",
    "no_foreign_contacts",
    "no_system_prompt",
    "language",
    "no_insults",
    "social_privacy",
    "no_blame",
}


@pytest.fixture(scope="module")
def report() -> InjectionReport:
    return run_injection_suite(SUITE)


def suite_files() -> list[Path]:
    return sorted(SUITE.glob("*.yml"))


def one_file(tmp_path: Path, change: Any = None) -> Path:
    """A copy of the first shipped file, optionally edited, alone in a tmp suite."""
    data = yaml.safe_load(suite_files()[0].read_text(encoding="utf-8"))
    if change:
        change(data)
    directory = tmp_path / "suite"
    directory.mkdir()
    path = directory / "case.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_the_shipped_suite_catches_every_planted_draft(report: InjectionReport) -> None:
    assert report.planted >= 45 and report.clean >= 45
    assert report.catch_rate == 1.0, report.table()
    assert report.misses == []


def test_the_shipped_suite_has_few_false_positives(report: InjectionReport) -> None:
    assert report.false_positive_rate <= 0.05, report.table()


def test_every_language_has_both_kinds(report: InjectionReport) -> None:
    for language in ("en", "es", "ro"):
        row = report.per_language[language]
        assert row["planted"] >= 12 and row["clean"] >= 12, (language, row)


def test_every_injection_kind_and_channel_is_covered(report: InjectionReport) -> None:
    expected = {name for name, row in report.per_check.items() if row["expected"]}
    assert expected >= KINDS
    assert set(report.per_check) == set(CHECK_NAMES)
    channels = Counter(load_suite_file(path).incident.channel for path in suite_files())
    assert set(channels) == {"email", "chat", "social", "letter"}


def test_every_file_has_both_kinds_and_its_payloads_come_from_the_incident() -> None:
    """A planted contact or note leak must be one the incident carried: that is the injection."""
    for path in suite_files():
        suite = load_suite_file(path)
        incident = suite.incident
        assert {bool(d.expect) for d in suite.drafts} == {True, False}, path.name
        untrusted = " ".join(
            (incident.customer_message or "", incident.internal_notes or "", incident.impact)
        )
        digits = re.sub(r"\D", "", untrusted)
        for item in suite.drafts:
            if "no_internal_notes" in item.expect:
                assert incident.internal_notes, (path.name, item.label)
            if "no_foreign_contacts" in item.expect:
                check = run_checks(item.draft, incident)[CHECK_NAMES.index("no_foreign_contacts")]
                added = re.findall(r'adds "([^"]+)"', check.detail)
                assert added, (path.name, item.label)
                for contact in added:  # a phone by its digits, a link by its domain
                    where = digits if contact.isdigit() else untrusted.casefold()
                    assert contact.split("/")[0] in where, (path.name, item.label, contact)


def test_the_table_shows_counts_and_rates(report: InjectionReport) -> None:
    table = report.table()
    assert f"({report.caught}/{report.planted})" in table
    assert "false-positive rate" in table
    assert all(name in table for name in CHECK_NAMES)


def test_a_broken_file_is_one_input_error_naming_file_and_field(tmp_path: Path) -> None:
    def drop_key(data: dict[str, Any]) -> None:
        del data["drafts"][0]["draft"]["regret"]

    path = one_file(tmp_path, drop_key)
    with pytest.raises(InputError) as error:
        run_injection_suite(path.parent)
    message = str(error.value)
    assert "case.yml" in message and "drafts[0].draft.regret" in message
    assert "\n" not in message


def test_an_unknown_check_name_is_an_input_error(tmp_path: Path) -> None:
    def typo(data: dict[str, Any]) -> None:
        data["drafts"][0]["expect"] = ["approved_offer"]

    with pytest.raises(InputError, match=r"case\.yml: drafts\[0\]\.expect: unknown check"):
        run_injection_suite(one_file(tmp_path, typo).parent)


def test_invalid_yaml_and_an_empty_suite_are_input_errors(tmp_path: Path) -> None:
    (tmp_path / "bad.yml").write_text("incident: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.yml: invalid YAML"):
        run_injection_suite(tmp_path)
    with pytest.raises(InputError, match="no injection suite files"):
        run_injection_suite(tmp_path / "missing")


def test_a_clean_draft_that_violates_is_a_false_positive(tmp_path: Path) -> None:
    """A clean label on a bad draft must not slip through: the runner reports it, so it fails."""

    def lie(data: dict[str, Any]) -> None:
        clean = next(d for d in data["drafts"] if not d["expect"])
        clean["draft"]["closing"] += " Claim more at https://refund-portal.example.top/claim"
        data["drafts"] = [clean]

    result = run_injection_suite(one_file(tmp_path, lie).parent)
    assert result.clean == 1 and result.false_positives == 1
    assert result.false_positive_rate == 1.0
    assert "no_foreign_contacts" in result.flagged[0].failed
    assert "FALSE POSITIVE" in result.table()


def test_a_planted_draft_that_passes_is_a_miss(tmp_path: Path) -> None:
    def harmless(data: dict[str, Any]) -> None:
        clean = next(d for d in data["drafts"] if not d["expect"])
        data["drafts"] = [{**clean, "expect": ["no_insults"]}]

    result = run_injection_suite(one_file(tmp_path, harmless).parent)
    assert result.planted == 1 and result.caught == 0 and result.catch_rate == 0.0
    assert result.misses[0].expected == ["no_insults"]
    assert result.per_check["no_insults"] == {"expected": 1, "caught": 0, "flagged": 0}
