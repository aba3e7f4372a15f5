"""Writing a suite's results: report.json (for --compare), report.md, junit.xml, report.html."""

from __future__ import annotations

import json
import os
from pathlib import Path
from xml.etree import ElementTree as ET

from draftkit.errors import InputError
from draftkit.evaluation.case import DIMENSIONS
from draftkit.evaluation.html import to_html
from draftkit.evaluation.runner import SuiteResult
from draftkit.evaluation.summary import SHORT, fmt, judge_line, spread_cell, summary_line, totals


def to_json(result: SuiteResult) -> dict[str, object]:
    data = result.model_dump(mode="json")
    data["passed"] = result.passed
    data["means"] = result.means()
    data["totals"] = totals(result)
    for case, model in zip(data["cases"], result.cases, strict=True):
        case["passed"] = model.passed
    return data


def spread_lines(result: SuiteResult) -> list[str]:
    """The console's account of --repeat: which cases varied between runs, and by how much."""
    if result.repeat <= 1:
        return []
    varied = [c for c in result.cases if any(r["min"] != r["max"] for r in c.spread.values())]
    lines = [
        f"spread over {result.repeat} runs (min–max ±stdev): {len(varied)} of "
        f"{len(result.cases)} cases varied"
    ]
    for case in varied:
        cells = " · ".join(f"{SHORT[d]} {spread_cell(case, d)}" for d in DIMENSIONS)
        lines.append(f"  {case.name}: {cells}")
    return lines


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
    lines += [f"| {d} | {fmt(means[d]) if d in means else '–'} |" for d in DIMENSIONS]
    lines += [
        "",
        "| case | lang | outcome | attempt | resp | spec | regr | struct | result |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for case in result.cases:
        s = case.scores
        cells = " | ".join(fmt(s[d]) if d in s else "–" for d in DIMENSIONS)
        verdict = "pass" if case.passed else "FAIL: " + "; ".join(case.failures)
        lines.append(
            f"| {case.name} | {case.language} | {case.outcome} | {case.attempts} | "
            f"{cells} | {verdict.replace('|', '/')} |"
        )
    if result.repeat > 1:
        lines += [
            "",
            f"## Spread over {result.repeat} runs",
            "",
            "min–max ±population stdev of each score; one number when every run agreed.",
            "",
            "| case | resp | spec | regr | struct |",
            "|---|---|---|---|---|",
        ]
        for case in result.cases:
            cells = " | ".join(spread_cell(case, d) for d in DIMENSIONS)
            lines.append(f"| {case.name} | {cells} |")
    judged = judge_line(result)
    if judged:
        lines += ["", judged[0].upper() + judged[1:] + "."]
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


def prepare_report_dir(directory: Path) -> None:
    """Make sure the reports can be written, before the suite runs: one line if not."""
    if directory.exists() and not directory.is_dir():
        raise InputError(f"{directory}: is a file; --report takes a directory to write into")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{directory}: cannot create it ({exc.strerror})") from None
    if not os.access(directory, os.W_OK):
        raise InputError(f"{directory}: not writable")


def write_reports(result: SuiteResult, directory: Path) -> list[Path]:
    prepare_report_dir(directory)
    files = {
        "report.json": json.dumps(to_json(result), indent=2, ensure_ascii=False) + "\n",
        "report.md": to_markdown(result),
        "report.html": to_html(result),
        "junit.xml": to_junit(result) + "\n",
    }
    written = []
    for name, content in files.items():
        path = directory / name
        try:
            path.write_text(content, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{path}: cannot write it ({exc.strerror})") from None
        written.append(path)
    return written
