"""What the learned blame model adds on writers it never read: trained on the development
corpora before a cut, it judges the corpora after it, beside the phrase readings as they are.

The shipped model has read every `evals/tuning*` corpus, so its figures there flatter it; this
measures the model as the hidden hold-out meets it. For each cut it counts, among the judged
corpora's drafts, the faithful drafts the model newly rejects and the plants it newly catches
(those the phrase readings let through). Each cut judges the corpora up to the next cut.

    python bench/blame_model.py [--cuts 41 51 61] [--json out.json]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from _common import ROOT, table, write_json

from draftkit.checks import blame_model
from draftkit.evaluation.blame_training import (
    development_examples,
    development_roots,
    model_file,
    train,
)
from draftkit.evaluation.corpus import evaluate, load_corpus
from draftkit.prompt import prompt_set


def number(root: Path) -> int:
    found = re.search(r"\d+$", root.name)
    return int(found.group()) if found else 1


def rejected(roots: list[Path]) -> dict[str, tuple[bool, bool]]:
    """Each draft of ROOTS: (planted, rejected), by corpus and id."""
    system = prompt_set().system
    return {
        f"{root.name}/{r.draft.id}": (r.draft.planted is not None, r.rejected)
        for root in roots
        for r in evaluate(load_corpus(root), system).drafts
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cuts", type=int, nargs="+", default=[41, 51, 61])
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    roots = sorted(development_roots(ROOT / "evals"), key=number)
    examples = development_examples(roots)
    rows, figures = [], []
    cuts = sorted(args.cuts)
    for cut, end in zip(cuts, [*cuts[1:], number(roots[-1]) + 1], strict=True):
        learned = [r.name for r in roots if number(r) < cut]
        judged = [r for r in roots if cut <= number(r) < end]
        data = [e for e in examples if e.corpus in learned]
        with blame_model.using(None):
            before = rejected(judged)
        with blame_model.using(model_file(train(data), data, learned)):
            after = rejected(judged)
        faithful = [k for k, (planted, _) in before.items() if not planted]
        missed = [k for k, (planted, no) in before.items() if planted and not no]
        new_rejections = sum(after[k][1] for k in faithful if not before[k][1])
        caught = sum(after[k][1] for k in missed)
        figures.append(
            {
                "cut": cut,
                "judged": [r.name for r in judged],
                "faithful": len(faithful),
                "faithful_newly_rejected": new_rejections,
                "missed_before": len(missed),
                "newly_caught": caught,
            }
        )
        rows.append(
            [
                f"tuning..{cut - 1}",
                f"{judged[0].name}..{judged[-1].name}",
                f"{new_rejections}/{len(faithful)}",
                f"{caught}/{len(missed)}",
            ]
        )
    print(
        table(
            ["trained on", "judged", "faithful newly rejected", "missed plants newly caught"],
            rows,
        )
    )
    write_json(args.json_path, {"cuts": figures})


if __name__ == "__main__":
    main()
