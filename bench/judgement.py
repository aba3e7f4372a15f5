"""Guards and scorers measured on text nobody tuned them to: the README's judgement figures.

Runs every draft of a corpus (`evals/holdout` by default) through the guards, exactly as
`draftkit draft --max-attempts 1` would check a model's answer, and every labelled pair and triple
through the scorers, with and without the incident. Prints the per-language and per-kind tables.

    python bench/judgement.py [CORPUS] [--json out.json] [--verbose]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from _common import ROOT, table, write_json

from draftkit.evaluation.corpus import DIMENSIONS, evaluate, load_corpus
from draftkit.prompt import prompt_set


def share(pair: list[int]) -> str:
    count, total = pair
    return f"{count}/{total} ({100 * count / total:.0f}%)" if total else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "evals" / "holdout"))
    parser.add_argument("--json", dest="json_path")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    args = parser.parse_args()
    start = time.perf_counter()
    report = evaluate(load_corpus(Path(args.corpus)), prompt_set().system)
    seconds = time.perf_counter() - start
    figures = report.summary()
    # a corpus of pairs alone has no drafts: its languages are those of its pairs
    found = set(figures["faithful_rejected"]) | {
        k for per in figures["pairs"].values() for k in per
    }
    languages = [*sorted(found - {"all"}), "all"]
    print(f"Judgement on {args.corpus} ({seconds:.1f} s)\n")
    rows = [
        ("faithful drafts rejected", figures["faithful_rejected"]),
        ("planted problems missed", figures["planted_missed"]),
        ("triples good > generic > bad", figures["triples_ordered"]),
    ]
    print(
        table(
            ["", *languages],
            [[label, *(share(per.get(k, [0, 0])) for k in languages)] for label, per in rows],
        )
    )
    print("\nPlanted problems caught, per kind")
    print(
        table(
            ["kind", *languages],
            [
                [kind, *(share(per.get(k, [0, 0])) for k in languages)]
                for kind, per in figures["per_kind"].items()
            ],
        )
    )
    print("\nPairwise accuracy (better scores strictly higher), text alone / with the incident")
    rows = []
    for dimension in DIMENSIONS:
        per = figures["pairs"].get(dimension, {})
        rows.append(
            [
                dimension,
                *(
                    f"{share(per[k]['text'])} / {share(per[k]['incident'])}" if k in per else "-"
                    for k in languages
                    if k != "all"
                ),
            ]
        )
    print(table(["dimension", *(k for k in languages if k != "all")], rows))
    if args.verbose:
        for result in report.drafts:
            if result.draft.planted is None and result.rejected:
                print(f"REJECTED {result.draft.id}: {'; '.join(result.details)}")
            elif result.draft.planted is not None and not result.rejected:
                print(f"MISSED   {result.draft.id}: {result.draft.planted}")
        for miss in report.pair_misses:
            print(f"PAIR     {miss}")
    write_json(args.json_path, {"seconds": seconds, **figures})


if __name__ == "__main__":
    main()
