"""A one-file HTML report: the summary table, a chart per dimension, and every case's draft.

Inline SVG and CSS only, no script and nothing fetched, so it opens offline and from CI artifacts.
"""

from __future__ import annotations

from html import escape

from draftkit.evaluation.case import DIMENSIONS
from draftkit.evaluation.runner import SuiteResult

BINS = 10
_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#1d1d1f}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{padding:.3rem .5rem;
border-bottom:1px solid #ddd;text-align:left;font-size:14px}th{background:#f4f4f6}
.pass{color:#176d2c;font-weight:600}.fail{color:#b3261e;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:1rem}.chart{border:1px solid #ddd;border-radius:6px;
padding:.5rem}details{border:1px solid #ddd;border-radius:6px;margin:.5rem 0;padding:.4rem .8rem}
pre{white-space:pre-wrap;background:#fafafa;padding:.6rem;border-radius:4px}
.bar{fill:#3b6fd6}.axis{font-size:10px;fill:#555}
"""


def _histogram(dimension: str, values: list[float]) -> str:
    counts = [0] * BINS
    for value in values:
        counts[min(BINS - 1, int(value * BINS))] += 1
    top = max(counts) or 1
    width, height, bar = 250, 120, 25
    bars = []
    for index, count in enumerate(counts):
        h = round(count / top * (height - 20))
        x = index * bar
        bars.append(
            f'<rect class="bar" x="{x + 2}" y="{height - 15 - h}" width="{bar - 4}" '
            f'height="{h}"><title>{index / BINS:.1f}–{(index + 1) / BINS:.1f}: '
            f"{count}</title></rect>"
        )
        if count:
            bars.append(
                f'<text class="axis" x="{x + bar / 2}" y="{height - 18 - h}" '
                f'text-anchor="middle">{count}</text>'
            )
    mean = sum(values) / len(values) if values else 0
    return (
        f'<div class="chart"><strong>{escape(dimension)}</strong> mean {mean:.2f}'
        f'<svg width="{width}" height="{height}" role="img" aria-label="{dimension} '
        f'distribution">{"".join(bars)}<text class="axis" x="0" y="{height - 2}">0</text>'
        f'<text class="axis" x="{width - 12}" y="{height - 2}">1</text></svg></div>'
    )


def to_html(result: SuiteResult) -> str:
    from draftkit.evaluation.report import summary_line

    scored = [c for c in result.cases if c.scores]
    charts = "".join(_histogram(d, [c.scores[d] for c in scored]) for d in DIMENSIONS)
    rows = []
    for case in result.cases:
        status = (
            '<span class="pass">pass</span>' if case.passed else '<span class="fail">FAIL</span>'
        )
        cells = "".join(
            f"<td>{case.scores[d]:.2f}</td>" if d in case.scores else "<td>–</td>"
            for d in DIMENSIONS
        )
        rows.append(
            f'<tr><td><a href="#{escape(case.name)}">{escape(case.name)}</a></td>'
            f"<td>{case.language}</td><td>{escape(case.industry)}</td>"
            f"<td>{case.outcome}</td><td>{case.attempts}</td>{cells}<td>{status}</td></tr>"
        )
    details = []
    for case in result.cases:
        problems = "".join(f"<li>{escape(f)}</li>" for f in case.failures)
        findings = "".join(f"<li>{escape(f)}</li>" for f in case.findings)
        details.append(
            f'<details id="{escape(case.name)}"{"" if case.passed else " open"}>'
            f"<summary><strong>{escape(case.name)}</strong> — {escape(case.description)}"
            f"</summary><p>{case.language} · {case.channel} · {case.severity} · outcome "
            f"<strong>{case.outcome}</strong> on attempt {case.attempts}; checks fired: "
            f"{escape(', '.join(case.fired) or 'none')}</p>"
            + (f"<p>Failures:</p><ul>{problems}</ul>" if problems else "")
            + (f"<p>Findings:</p><ul>{findings}</ul>" if findings else "")
            + f"<pre>{escape(case.text)}</pre></details>"
        )
    head = "".join(f"<th>{d}</th>" for d in DIMENSIONS)
    return (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        f"<title>draftkit eval</title><style>{_CSS}</style>"
        f"<h1>draftkit eval</h1><p>{escape(result.suite)} · provider {escape(result.provider)} · "
        f"prompt {escape(result.prompt_version)} · {escape(summary_line(result))}</p>"
        f'<h2>Score distributions</h2><div class="charts">{charts}</div>'
        f"<h2>Cases</h2><table><tr><th>case</th><th>lang</th><th>industry</th><th>outcome</th>"
        f"<th>attempt</th>{head}<th>result</th></tr>{''.join(rows)}</table>"
        f"<h2>Details</h2>{''.join(details)}</html>\n"
    )
