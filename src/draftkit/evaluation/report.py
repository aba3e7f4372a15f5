"""Writing a suite's results: report.json (for --compare), report.md, junit.xml, report.html."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

from draftkit.evaluation.case import DIMENSIONS
from draftkit.evaluation.runner import SuiteResult


def to_json(result: SuiteResult) -> dict[str, object]:
    data = result.model_dump(mode="json")
    data["passed"] = result.passed
    data["means"] = result.means()
    data["totals"] = totals(result)
    for case, model in zip(data["cases"], result.cases, strict=True):
        case["passed"] = model.passed
    return data


def totals(result: SuiteResult) -> dict[str, int]:
    outcomes = [c.outcome for c in result.cases]
    return {
        "cases": len(result.cases),
        "passed": sum(c.passed for c in result.cases),
        "failed": sum(not c.passed for c in result.cases),
        "accepted": outcomes.count("accepted"),
        "rejected": outcomes.count("rejected"),
        "errors": outcomes.count("error"),
    }


def summary_line(result: SuiteResult) -> str:
    t = totals(result)
    return (
        f"{t['passed']} passed, {t['failed']} failed "
        f"({t['accepted']} accepted, {t['rejected']} rejected, {t['errors']} errors) "
        f"in {result.seconds:.2f} s"
    )


def to_markdown(result: SuiteResult) -> str:
    means = result.means()
    lines = [
        f"# draftkit eval: {result.suite}",
        "",
        f"Provider `{result.provider}`, prompt `{result.prompt_version}`: {summary_line(result)}.",
        "",
        "| dimension | mean |",
        "|---|---|",
    ]
    lines += [f"| {d} | {means.get(d, 0):.2f} |" for d in DIMENSIONS]
    lines += [
        "",
        "| case | lang | outcome | attempt | resp | spec | regr | struct | result |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for case in result.cases:
        s = case.scores
        cells = " | ".join(f"{s[d]:.2f}" if d in s else "–" for d in DIMENSIONS)
        verdict = "pass" if case.passed else "FAIL: " + "; ".join(case.failures)
        lines.append(
            f"| {case.name} | {case.language} | {case.outcome} | {case.attempts} | "
            f"{cells} | {verdict.replace('|', '/')} |"
        )
    if result.agreement:
        lines += [
            "",
            "## Judge agreement",
            "",
            "| dimension | cases | mean abs diff | spearman |",
            "|---|---|---|---|",
        ]
        for dimension, row in result.agreement.items():
            lines.append(
                f"| {dimension} | {row['cases']} | {row['mean_abs_diff']} | {row['spearman']} |"
            )
    return "\n".join(lines) + "\n"


def to_junit(result: SuiteResult) -> str:
    t = totals(result)
    suite = ET.Element(
        "testsuite",
        name="draftkit-eval",
        tests=str(t["cases"]),
        failures=str(t["failed"]),
        errors="0",
        time=f"{result.seconds:.3f}",
    )
    for case in result.cases:
        element = ET.SubElement(
            suite,
            "testcase",
            classname=f"evals.{case.language}",
            name=case.name,
            time=f"{case.seconds:.4f}",
        )
        if not case.passed:
            failure = ET.SubElement(element, "failure", message=case.failures[0][:200])
            failure.text = "\n".join(case.failures)
    return str(ET.tostring(suite, encoding="unicode", xml_declaration=True))


def write_reports(result: SuiteResult, directory: Path) -> list[Path]:
    from draftkit.evaluation.html import to_html

    directory.mkdir(parents=True, exist_ok=True)
    files = {
        "report.json": json.dumps(to_json(result), indent=2, ensure_ascii=False) + "\n",
        "report.md": to_markdown(result),
        "report.html": to_html(result),
        "junit.xml": to_junit(result) + "\n",
    }
    written = []
    for name, content in files.items():
        path = directory / name
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written
