"""Pairwise accuracy of each scorer on the labelled pairs, per language.

A pair is ordered correctly when the better text scores strictly higher on that dimension.

    python bench/score_pairs.py [--json out.json]
"""

from __future__ import annotations

import argparse

import yaml
from _common import ROOT, table, write_json

from draftkit.scoring import score

DIMENSIONS = ("responsibility", "specificity", "regret", "structure")


def value(text: str, language: str, dimension: str) -> float:
    result = score(text, language=language)
    return result.structure.score if dimension == "structure" else float(getattr(result, dimension))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    results: dict[str, dict[str, list[int]]] = {}
    for language in ("en", "es", "ro"):
        path = ROOT / "tests" / "data" / "pairs" / f"{language}.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for dimension in DIMENSIONS:
            right = sum(
                value(p["better"], language, dimension) > value(p["worse"], language, dimension)
                for p in data[dimension]
            )
            results.setdefault(dimension, {})[language] = [right, len(data[dimension])]
    rows = [
        [
            d,
            *(
                f"{r}/{n} ({r / n:.0%})"
                for r, n in (results[d][lang] for lang in ("en", "es", "ro"))
            ),
        ]
        for d in DIMENSIONS
    ]
    print("Pairwise accuracy on the labelled pairs (tests/data/pairs)")
    print(table(["scorer", "en", "es", "ro"], rows))
    write_json(args.json_path, {"pairs": results})


if __name__ == "__main__":
    main()
