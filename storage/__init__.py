"""SQLite storage of the monitor (sqlite-utils): one module owns the schema, one the SQL."""

from storage.store import Store, StoreError, StoreLocked, fold, utcnow

__all__ = ["Store", "StoreError", "StoreLocked", "fold", "utcnow", "open_store"]


def open_store(path: str) -> Store:
    """Open (creating or upgrading) the monitor database at path."""
    return Store.open(path)
