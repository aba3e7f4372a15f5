"""Judgement measured on text written by someone who never saw the word lists or the code.

A corpus folder holds one folder per language with `incidents/*.yaml`, `drafts/*.yaml` (faithful
drafts, and planted ones with exactly one problem and the guard that must reject it),
`pairs.yaml` (better/worse letters per scoring dimension) and `triples.yaml` (good, generic and
bad letters). `evaluate` runs the guards on every draft and the scorers on every pair and
triple, and reports what the README quotes: faithful drafts rejected, planted problems missed
(per kind and language), pairwise accuracy per dimension and language, and triple order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from draftkit.checks import failed, run_checks
from draftkit.draft_types import DraftContent
from draftkit.errors import InputError
from draftkit.incident import Incident

DIMENSIONS = ("responsibility", "specificity", "regret")


@dataclass(frozen=True)
class CorpusDraft:
    id: str
    language: str
    incident: str
    planted: str | None  # the problem planted, or None for a faithful draft
    expected_check: str | None
    content: DraftContent


@dataclass(frozen=True)
class Pair:
    id: str
    language: str
    dimension: str
    incident: str | None
    better: str
    worse: str


@dataclass(frozen=True)
class Triple:
    id: str
    language: str
    incident: str | None
    good: str
    generic: str
    bad: str


@dataclass
class Corpus:
    incidents: dict[str, Incident] = field(default_factory=dict)
    drafts: list[CorpusDraft] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    triples: list[Triple] = field(default_factory=list)

    def texts(self) -> list[str]:
        """Every text of the corpus, for the test that no list entry was copied into it."""
        found = [t for p in self.pairs for t in (p.better, p.worse)]
        found += [text for t in self.triples for text in (t.good, t.generic, t.bad)]
        found += [d.content.text() for d in self.drafts]
        return found


def _yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: {exc}") from None


def load_corpus(root: str | Path) -> Corpus:
    corpus = Corpus()
    for folder in sorted(p for p in Path(root).iterdir() if (p / "incidents").is_dir()):
        language = folder.name
        for path in sorted((folder / "incidents").glob("*.yaml")):
            incident = Incident.from_file(path)
            corpus.incidents[incident.id or path.stem] = incident
        for path in sorted((folder / "drafts").glob("*.yaml")):
            data = _yaml(path)
            planted = data.get("problem") if data.get("kind") == "planted" else None
            corpus.drafts.append(
                CorpusDraft(
                    id=str(data["id"]),
                    language=language,
                    incident=str(data["incident"]),
                    planted=planted,
                    expected_check=data.get("expected_check") if planted else None,
                    content=DraftContent.model_validate(data["content"]),
                )
            )
        for item in _yaml(folder / "pairs.yaml") or [] if (folder / "pairs.yaml").is_file() else []:
            corpus.pairs.append(
                Pair(
                    id=str(item["id"]),
                    language=language,
                    dimension=str(item["dimension"]),
                    incident=item.get("incident"),
                    better=str(item["better"]),
                    worse=str(item["worse"]),
                )
            )
        triples = folder / "triples.yaml"
        for item in (_yaml(triples) or []) if triples.is_file() else []:
            corpus.triples.append(
                Triple(
                    id=str(item["id"]),
                    language=language,
                    incident=item.get("incident"),
                    good=str(item["good"]),
                    generic=str(item["generic"]),
                    bad=str(item["bad"]),
                )
            )
    return corpus


@dataclass
class DraftResult:
    draft: CorpusDraft
    failed: list[str]  # names of the failed checks
    details: list[str]

    @property
    def rejected(self) -> bool:
        return bool(self.failed)


@dataclass
class Report:
    drafts: list[DraftResult]
    pairs: dict[tuple[str, str, bool], list[bool]]  # (language, dimension, with incident) -> wins
    pair_misses: list[str]
    triples: list[tuple[str, bool, tuple[float, float, float]]]

    def faithful(self) -> list[DraftResult]:
        return [r for r in self.drafts if r.draft.planted is None]

    def planted(self) -> list[DraftResult]:
        return [r for r in self.drafts if r.draft.planted is not None]

    def summary(self) -> dict[str, Any]:
        """The figures, per language and in all: [count, out of] pairs of integers."""

        def tally(results: list[DraftResult], hit: Any) -> dict[str, list[int]]:
            counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for r in results:
                for key in (r.draft.language, "all"):
                    counts[key][0] += bool(hit(r))
                    counts[key][1] += 1
            return dict(sorted(counts.items()))

        planted = self.planted()
        per_kind: dict[str, dict[str, list[int]]] = {}
        for kind in sorted({str(r.draft.planted) for r in planted}):
            per_kind[kind] = tally([r for r in planted if r.draft.planted == kind], _rejected)
        pairs: dict[str, dict[str, dict[str, list[int]]]] = defaultdict(dict)
        for (language, dimension, with_incident), wins in sorted(self.pairs.items()):
            how = "incident" if with_incident else "text"
            pairs[dimension].setdefault(language, {})[how] = [sum(wins), len(wins)]
        triples: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for triple_id, ordered, _ in self.triples:
            for key in (triple_id.split("-")[0], "all"):
                triples[key][0] += ordered
                triples[key][1] += 1
        return {
            "faithful_rejected": tally(self.faithful(), _rejected),
            "faithful_rejected_by": dict(Counter(c for r in self.faithful() for c in r.failed)),
            "planted_missed": tally(planted, lambda r: not r.rejected),
            "planted_caught_by_expected": tally(
                planted, lambda r: r.draft.expected_check in r.failed
            ),
            "per_kind": per_kind,
            "pairs": dict(pairs),
            "triples_ordered": dict(sorted(triples.items())),
        }


def _rejected(result: DraftResult) -> bool:
    return result.rejected


def _mean(result: Any) -> float:
    return float(result.responsibility + result.specificity + result.regret) / 3


def evaluate(corpus: Corpus, system_prompt: str | None = None) -> Report:
    from draftkit.scoring import score

    drafts = []
    for draft in corpus.drafts:
        incident = corpus.incidents[draft.incident]
        checks = failed(run_checks(draft.content, incident, system_prompt=system_prompt))
        drafts.append(DraftResult(draft, [c.name for c in checks], [c.detail for c in checks]))
    pairs: dict[tuple[str, str, bool], list[bool]] = defaultdict(list)
    misses = []
    for pair in corpus.pairs:
        paired = corpus.incidents.get(pair.incident or "")
        for with_incident in (False, True):
            case = paired if with_incident else None
            better = getattr(score(pair.better, case, pair.language), pair.dimension)
            worse = getattr(score(pair.worse, case, pair.language), pair.dimension)
            pairs[(pair.language, pair.dimension, with_incident)].append(better > worse)
            if better <= worse:
                how = "incident" if with_incident else "text"
                misses.append(f"{pair.id} ({how}): better {better:.3f} <= worse {worse:.3f}")
    triples = []
    for triple in corpus.triples:
        known = corpus.incidents.get(triple.incident or "")
        means = tuple(
            _mean(score(text, known, triple.language))
            for text in (triple.good, triple.generic, triple.bad)
        )
        triples.append((triple.id, means[0] > means[1] > means[2], means))
    return Report(drafts, dict(pairs), misses, triples)  # type: ignore[arg-type]
