"""A one-file HTML report: means, a chart per dimension, the cases, and every case's draft.

Inline SVG and CSS only, no script and nothing fetched, so it opens offline and from CI artifacts.
It reads at 800 px as at 1400 px: the result column comes right after the case name, a failing
row says why beneath it, and the table scrolls inside its own box rather than the page.
Numbers are rounded exactly as the console rounds them (`summary.fmt` of `SuiteResult.means`).
"""

from __future__ import annotations

from html import escape

from draftkit.evaluation.case import DIMENSIONS
from draftkit.evaluation.runner import CaseResult, SuiteResult
from draftkit.evaluation.summary import SHORT, fmt, judge_line, spread_cell, summary_line

BINS = 10
_CSS = """
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;padding:1.5rem clamp(1rem,4vw,2.5rem);
max-width:1100px;color:#1d1d1f}
h1{font-size:1.6rem;margin:.2rem 0 .6rem}h2{font-size:1.2rem;margin:1.6rem 0 .5rem}
.summary{color:#333}.note{color:#555;font-size:14px}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.6rem 0;font-size:14px}
th,td{padding:.3rem .45rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
th{background:#f4f4f6;white-space:nowrap}td.num,th.num{text-align:right;white-space:nowrap}
table.cases{width:100%}td.name{min-width:15rem}td.name a{color:#1a4fb5}
td.result{white-space:nowrap}tr.why td{border-bottom:1px solid #ddd;padding-top:0;color:#b3261e;
font-size:13px}tr.failed td{border-bottom:none}
.pass{color:#176d2c;font-weight:600}.fail{color:#b3261e;font-weight:700}
.charts{display:flex;flex-wrap:wrap;gap:1rem}
figure{margin:0;border:1px solid #ddd;border-radius:6px;padding:.5rem .7rem}
figcaption{font-size:14px;margin-bottom:.3rem}svg{display:block}
.bar{fill:#3b6fd6}.count{font-size:11px;fill:#222}.axis{font-size:11px;fill:#555}
.baseline{stroke:#999;stroke-width:1}
details{border:1px solid #ddd;border-radius:6px;margin:.5rem 0;padding:.4rem .8rem}
summary{cursor:pointer}details ul{margin:.2rem 0 .5rem;padding-left:1.3rem}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#fafafa;padding:.6rem;
border-radius:4px}
"""


def _name(case: str) -> str:
    """Break a long case name only at its hyphens, never inside a word."""
    return "-<wbr>".join(escape(part) for part in case.split("-"))


def _histogram(dimension: str, values: list[float], mean: str) -> str:
    counts = [0] * BINS
    for value in values:
        counts[min(BINS - 1, int(value * BINS))] += 1
    top = max(counts) or 1
    bar, plot, above, below = 25, 100, 16, 30  # px: bar width, bar area, count row, axis rows
    width, height = bar * BINS, above + plot + below
    base = above + plot
    shapes = [f'<line class="baseline" x1="0" y1="{base}" x2="{width}" y2="{base}"/>']
    for index, count in enumerate(counts):
        h = round(count / top * plot)
        x = index * bar
        shapes.append(
            f'<rect class="bar" x="{x + 2}" y="{base - h}" width="{bar - 4}" height="{h}">'
            f"<title>{index / BINS:.1f}–{(index + 1) / BINS:.1f}: {count}</title></rect>"
        )
        if count:
            shapes.append(
                f'<text class="count" x="{x + bar / 2}" y="{base - h - 4}" '
                f'text-anchor="middle">{count}</text>'
            )
    for tick, anchor in ((0.0, "start"), (0.5, "middle"), (1.0, "end")):
        shapes.append(
            f'<text class="axis" x="{tick * width}" y="{base + 13}" '
            f'text-anchor="{anchor}">{tick:g}</text>'
        )
    shapes.append(
        f'<text class="axis" x="{width / 2}" y="{base + 27}" text-anchor="middle">'
        "score (bars: cases per 0.1)</text>"
    )
    return (
        f"<figure><figcaption><strong>{escape(dimension)}</strong> · mean {mean}</figcaption>"
        f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(dimension)} distribution">{"".join(shapes)}</svg></figure>'
    )


def _means_table(result: SuiteResult) -> str:
    means = result.means()
    rows = []
    for dimension in means:
        values = [c.scores[dimension] for c in result.cases if dimension in c.scores]
        rows.append(
            f"<tr><td>{escape(dimension)}</td><td class=num>{fmt(means[dimension])}</td>"
            f"<td class=num>{fmt(min(values))}</td><td class=num>{fmt(max(values))}</td>"
            f"<td class=num>{len(values)}</td></tr>"
        )
    return (
        '<div class="scroll"><table><tr><th>dimension</th><th class=num>mean</th>'
        "<th class=num>lowest</th><th class=num>highest</th><th class=num>cases scored</th></tr>"
        f"{''.join(rows)}</table></div>"
    )


def _case_rows(case: CaseResult, columns: int) -> str:
    status = '<span class="pass">pass</span>' if case.passed else '<span class="fail">FAIL</span>'
    cells = "".join(
        f"<td class=num>{fmt(case.scores[d])}</td>" if d in case.scores else "<td class=num>–</td>"
        for d in DIMENSIONS
    )
    row = (
        f'<tr class="{"passed" if case.passed else "failed"}">'
        f'<td class="name"><a href="#{escape(case.name)}">{_name(case.name)}</a></td>'
        f'<td class="result">{status}</td><td>{case.language}</td><td>{case.outcome}</td>'
        f"<td class=num>{case.attempts}</td>{cells}</tr>"
    )
    if case.passed:
        return row
    why = "; ".join(case.failures)
    return row + f'<tr class="why"><td colspan="{columns}">why: {escape(why)}</td></tr>'


def _spread_table(result: SuiteResult) -> str:
    if result.repeat <= 1:
        return ""
    head = "".join(f'<th class=num title="{d}">{SHORT[d]}</th>' for d in DIMENSIONS)
    rows = "".join(
        f'<tr><td class="name">{_name(c.name)}</td>'
        + "".join(f"<td class=num>{escape(spread_cell(c, d))}</td>" for d in DIMENSIONS)
        + "</tr>"
        for c in result.cases
    )
    return (
        f"<h2>Spread over {result.repeat} runs</h2><p class=note>min–max ±population stdev "
        "of each score; one number when every run agreed.</p>"
        f'<div class="scroll"><table class="cases"><tr><th>case</th>{head}</tr>{rows}'
        "</table></div>"
    )


def _findings(count: int) -> str:
    return f"{count} score finding{'' if count == 1 else 's'}"


def _details(case: CaseResult) -> str:
    def listed(title: str, items: list[str]) -> str:
        if not items:
            return ""
        return f"<p>{title}</p><ul>{''.join(f'<li>{escape(i)}</li>' for i in items)}</ul>"

    judge = ""
    if case.judge_recorded is False:
        judge = "<p>Judge: not recorded.</p>"
    elif case.judge:
        judge = "<p>Judge: " + escape(", ".join(f"{d} {v:.2f}" for d, v in case.judge.items()))
        judge += "</p>"
    return (
        f'<details id="{escape(case.name)}"{"" if case.passed else " open"}>'
        f"<summary><strong>{escape(case.name)}</strong> — {escape(case.description)}"
        + (f" · <em>{_findings(len(case.score_findings))}</em>" if case.score_findings else "")
        + "</summary>"
        f"<p>{case.language} · {case.channel} · {case.severity} · {escape(case.industry)} · "
        f"outcome <strong>{case.outcome}</strong> on attempt {case.attempts}; checks fired: "
        f"{escape(', '.join(case.fired) or 'none')}</p>"
        + listed("Why it failed:", case.failures)
        + listed("Expectations not checked with this provider:", case.skipped)
        + listed("Findings of the last attempt:", case.findings)
        + listed("What cost points in the scores:", case.score_findings)
        + judge
        + f"<pre>{escape(case.text)}</pre></details>"
    )


def to_html(result: SuiteResult) -> str:
    means = result.means()
    scored = [c for c in result.cases if c.scores]
    charts = "".join(
        _histogram(d, [c.scores[d] for c in scored], fmt(means[d]) if d in means else "–")
        for d in DIMENSIONS
    )
    head = "".join(f'<th class=num title="{d}">{SHORT[d]}</th>' for d in DIMENSIONS)
    columns = 5 + len(DIMENSIONS)
    rows = "".join(_case_rows(case, columns) for case in result.cases)
    judged = judge_line(result)
    return (
        '<!doctype html><html lang=en><meta charset=utf-8><meta name="viewport" '
        'content="width=device-width,initial-scale=1">'
        f"<title>draftkit eval</title><style>{_CSS}</style>"
        f"<h1>draftkit eval</h1><p class=summary>{escape(result.suite)} · provider "
        f"{escape(result.provider)} · prompt {escape(result.prompt_version)} · "
        f"{escape(summary_line(result))}</p>"
        + (f"<p class=note>{escape(judged)}</p>" if judged else "")
        + f"<h2>Means</h2>{_means_table(result)}"
        f'<h2>Score distributions</h2><div class="charts">{charts}</div>'
        f'<h2>Cases</h2><div class="scroll"><table class="cases"><tr><th>case</th>'
        f"<th>result</th><th>lang</th><th>outcome</th><th class=num title=attempt>att.</th>"
        f"{head}</tr>{rows}</table></div>"
        + _spread_table(result)
        + f"<h2>Details</h2>{''.join(_details(case) for case in result.cases)}</html>\n"
    )
