"""English award details of a stored item once its translation arrives (after the crawl)."""

from __future__ import annotations

import json
from typing import Any

from monitor.awards.classifier import award_details_en


def evidence_with_english(item: dict[str, Any], fields: dict[str, Any]) -> Any:
    """The item's award_evidence with "en" details read from the new English text in `fields`
    (title_en, summary_en, body_en), or None when there is nothing to add: not an award, no
    English title, or a title that was already English. The same rule as the crawl's
    EnglishAwardDetailsPipeline, for items translated later by `monitor translate`/`monitor daily`."""
    title_en = fields.get("title_en") or item.get("title_en") or ""
    if not item.get("is_award") or not title_en or title_en == item.get("title"):
        return None
    text_en = (fields.get("body_en") or item.get("body_en") or fields.get("summary_en")
               or item.get("summary_en") or "")
    english = award_details_en(title_en, text_en)
    if not english:
        return None
    evidence = item.get("award_evidence")
    if isinstance(evidence, str):   # the store keeps it as JSON text
        try:
            evidence = json.loads(evidence)
        except ValueError:
            evidence = None
    return {**(evidence if isinstance(evidence, dict) else {}), "en": english}
