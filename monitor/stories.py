"""Stories: items about the same real-world event share a story id."""

from __future__ import annotations

from typing import Any

from storage import Store


def assign_story(store: Store, item_id: int) -> int:
    """Give the item a story id (its own, until near-duplicate grouping lands)."""
    item: dict[str, Any] = store.get_item(item_id)
    story_id = store.new_story(item)
    store.set_story(item_id, story_id)
    return story_id
