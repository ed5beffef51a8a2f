"""Award announcements: is an item about an award won, and which level."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

AWARD_TERMS = re.compile(
    r"\b(nagrod\w*|wyróżni\w*|laureat\w*|odznak\w*|award\w*|prize\w*|winner\w*|medal\w*|label)\b",
    re.IGNORECASE,
)
LEVELS = {
    "gold": re.compile(r"\b(gold|złot[aąeyo]\w*)\b", re.IGNORECASE),
    "silver": re.compile(r"\b(silver|srebrn\w*)\b", re.IGNORECASE),
    "bronze": re.compile(r"\b(bronze|brązow\w*)\b", re.IGNORECASE),
}


@dataclass
class AwardResult:
    is_award: bool = False
    level: str = ""
    score: float = 0.0
    name: str | None = None
    body: str | None = None
    recipient: str | None = None
    evidence: dict = field(default_factory=dict)


def classify_award(title: str, body: str, language: str | None = None) -> AwardResult:
    """A plain keyword rule on the title; a later version weighs body and negatives."""
    terms = AWARD_TERMS.findall(title or "")
    if not terms:
        return AwardResult()
    level = next((name for name, rx in LEVELS.items() if rx.search(title)), "")
    return AwardResult(is_award=True, level=level, score=1.0, evidence={"terms": terms, "sentence": title})
