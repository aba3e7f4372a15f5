"""Check the eval HTML report's layout in headless Chromium at 800 and 1400 px, and screenshot it.

python bench/report_layout.py [--out DIR (default bench/results/report)] [--chromium PATH]

Needs Debian's Chromium (`apt-get install chromium`). The shipped suite is copied, one case is
made to fail on a score (so the report has a FAIL row, its reason and the score findings behind
it, open) and run twice (so it has a spread table); `report.html` is written to DIR. For each
width, Chromium then

- takes a screenshot of the whole page, DIR/report-<width>.png, for a person to look at; and
- loads a copy of the report with a measuring script added (the report itself has none) and
  prints what it measured via --dump-dom: the page's horizontal overflow, the right edge of the
  pass/FAIL column, the most lines a case name wraps over, the side margins, whether a bar's
  count sticks out of its chart, and whether a chart's axis labels overlap its caption.

Exit 0 when every width passes every check, 1 otherwise. Not a test (it needs a browser): run it
after changing evaluation/html.py.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, table

from draftkit.evaluation import run_suite
from draftkit.evaluation.report import write_reports

WIDTHS = (800, 1400)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
]

PROBE = """<script>
addEventListener('load', () => {
  const px = (r) => Math.round(r * 10) / 10;
  const cells = [...document.querySelectorAll('td.result')];
  const names = [...document.querySelectorAll('table.cases td.name a')];
  const lines = names.map((a) => {
    const h = parseFloat(getComputedStyle(a).lineHeight);
    return Math.round(a.getBoundingClientRect().height / h);
  });
  let clipped = 0, overlaps = 0;
  for (const fig of document.querySelectorAll('figure')) {
    const svg = fig.querySelector('svg').getBoundingClientRect();
    const caption = fig.querySelector('figcaption').getBoundingClientRect();
    for (const t of fig.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      if (r.top < svg.top - 0.5 || r.bottom > svg.bottom + 0.5) clipped++;
      if (r.top < caption.bottom && r.bottom > caption.top) overlaps++;
    }
  }
  const table = document.querySelector('table.cases').getBoundingClientRect();
  const out = {
    viewport: innerWidth,
    page_width: document.documentElement.scrollWidth,
    page_height: document.documentElement.scrollHeight,
    result_right: px(Math.max(...cells.map((c) => c.getBoundingClientRect().right))),
    max_name_lines: Math.max(...lines),
    left_margin: px(table.left),
    right_margin: px(innerWidth - table.right),
    fail_reasons: document.querySelectorAll('tr.why').length,
    clipped_labels: clipped,
    labels_over_caption: overlaps,
  };
  const pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(out);
  document.body.append(pre);
});
</script>"""


def make_report(out: Path) -> Path:
    work = Path(tempfile.mkdtemp(prefix="draftkit-report-"))
    suite = work / "evals"
    shutil.copytree(ROOT / "evals" / "cases", suite)
    strict = suite / "card-block-ro-good.yaml"  # fails on a score that findings explain
    text = strict.read_text(encoding="utf-8")
    strict.write_text(text.replace("specificity: 0.5", "specificity: 0.9"), "utf-8")
    result = run_suite(suite, repeat=2)
    write_reports(result, out)
    shutil.rmtree(work)
    return out / "report.html"


def chromium(binary: str, width: int, *args: str, height: int = 1000) -> str:
    done = subprocess.run(
        [binary, *FLAGS, f"--window-size={width},{height}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def measure(binary: str, report: Path, width: int) -> dict[str, float]:
    probe = report.with_name(f"probe-{width}.html")
    probe.write_text(report.read_text(encoding="utf-8").replace("</html>", PROBE + "</html>"))
    dom = chromium(binary, width, "--virtual-time-budget=5000", "--dump-dom", probe.as_uri())
    probe.unlink()
    start = dom.index('<pre id="probe">') + len('<pre id="probe">')
    data: dict[str, float] = json.loads(dom[start : dom.index("</pre>", start)])
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "report")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    report = make_report(args.out.resolve())
    rows, failed = [], False
    for width in WIDTHS:
        m = measure(args.chromium, report, width)
        shot = report.with_name(f"report-{width}.png")
        tall = min(int(m["page_height"]), 16000)  # the whole page, in one picture
        chromium(args.chromium, width, f"--screenshot={shot}", report.as_uri(), height=tall)
        checks = {
            "no page scroll": m["page_width"] <= m["viewport"],
            "result column visible": m["result_right"] <= m["viewport"],
            "names ≤ 3 lines": m["max_name_lines"] <= 3,
            "side margins ≥ 12 px": min(m["left_margin"], m["right_margin"]) >= 12,
            "FAIL rows say why": m["fail_reasons"] >= 1,
            "no clipped label": m["clipped_labels"] == 0,
            "labels apart from caption": m["labels_over_caption"] == 0,
        }
        failed |= not all(checks.values())
        rows.append(
            [
                width,
                f"{m['page_width']}/{m['viewport']}",
                m["result_right"],
                m["max_name_lines"],
                f"{m['left_margin']}/{m['right_margin']}",
                m["clipped_labels"],
                m["labels_over_caption"],
                ", ".join(k for k, ok in checks.items() if not ok) or "all met",
            ]
        )
    print(f"report: {report}; screenshots beside it")
    print(
        table(
            [
                "width",
                "page/viewport",
                "result right",
                "name lines",
                "margins",
                "clipped",
                "overlaps",
                "checks",
            ],
            rows,
        )
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
