"""Import JSON-lines items (Scrapy feed exports of ArticleItem, e.g. from Scrapyd nodes) into the store.

Each line is one ArticleItem as the nodes' pipelines left it (language, translation, award flags
already set). Items whose URL (or an alias) is stored already are skipped, so importing the same
file twice, or files of nodes that overlap, adds nothing twice. New items get a story, as in a crawl.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.items import ArticleItem
from monitor.stories import assign_story
from storage import Store, utcnow

logger = logging.getLogger(__name__)


@dataclass
class ImportResult:
    new: int = 0
    duplicate: int = 0
    invalid: list[str] = field(default_factory=list)   # "FILE:LINE: reason"


def item_fields(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The stored columns and the aliases of one exported item; ValueError if unusable."""
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    for key in ("url", "source", "title"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise ValueError(f"missing {key!r}")
    fields = {k: data[k] for k in ArticleItem.STORED_FIELDS if k in data and data[k] is not None}
    fields.setdefault("translation_status", "pending")
    for key in ("first_seen", "last_seen"):
        if isinstance(data.get(key), str):
            fields[key] = data[key]
    aliases = [a for a in data.get("aliases") or [] if isinstance(a, str)]
    return fields, aliases


def import_jsonl(store: Store, path: str | Path) -> ImportResult:
    """Import one JSON-lines file; bad lines are counted and reported, not fatal."""
    result = ImportResult()
    with open(path, encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                fields, aliases = item_fields(json.loads(line))
            except (ValueError, json.JSONDecodeError) as exc:
                result.invalid.append(f"{path}:{n}: {exc}")
                continue
            fields.setdefault("first_seen", utcnow())
            item_id = store.save_item(fields, aliases)
            if item_id is None:
                result.duplicate += 1
                continue
            try:
                assign_story(store, item_id)
            except Exception:
                logger.warning("story grouping failed for %s", fields["url"], exc_info=True)
            result.new += 1
    return result
