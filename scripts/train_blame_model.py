"""Rebuild the blame model's weights (`src/draftkit/data/blame_model.json`) from the development
corpora, `evals/tuning*`. Never from the sealed sets (`evals/holdout`, `evals/tuning4`): their
figures must stay honest.

    python scripts/train_blame_model.py [--out PATH]

Deterministic: the same corpora give the same file (the test suite checks the shipped one).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from draftkit.evaluation.blame_training import (
    development_examples,
    development_roots,
    model_file,
    train,
)

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", default=str(ROOT / "src" / "draftkit" / "data" / "blame_model.json")
    )
    args = parser.parse_args()
    roots = development_roots(ROOT / "evals")
    examples = development_examples(roots)
    model = model_file(train(examples), examples, [p.name for p in roots])
    Path(args.out).write_text(
        json.dumps(model, ensure_ascii=False, sort_keys=True, indent=0) + "\n"
    )
    blame = sum(e.blame for e in examples)
    print(
        f"{len(examples)} owning sentences ({blame} blame) from {len(roots)} corpora: "
        f"{len(model['weights'])} weights -> {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
