"""What a score is: a number in [0, 1] per dimension and the findings that explain it."""

from __future__ import annotations

import math

from pydantic import BaseModel, Field

from draftkit.draft_types import Check


class Finding(BaseModel):
    """One sentence that earned (effect > 0) or cost (effect < 0) points, and why."""

    dimension: str
    sentence: str
    effect: float
    reason: str


class Structure(BaseModel):
    score: float
    parts_found: list[str]
    in_order: bool


class ScoreResult(BaseModel):
    language: str
    responsibility: float = Field(ge=0, le=1)
    specificity: float = Field(ge=0, le=1)
    regret: float = Field(ge=0, le=1)
    structure: Structure
    findings: list[Finding]
    checks: list[Check] = Field(default_factory=list)
    extra: dict[str, float] = Field(default_factory=dict)  # plugin scorers, by name

    @property
    def mean(self) -> float:
        """The mean of the three headline dimensions."""
        return (self.responsibility + self.specificity + self.regret) / 3


def squash(points: float) -> float:
    """Map summed evidence points onto (0, 1); 0 points is 0.5, so no evidence sits mid-scale."""
    return round(1 / (1 + math.exp(-2.2 * points)), 4)
