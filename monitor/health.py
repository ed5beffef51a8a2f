"""Source health: declarative checks over the recorded crawl runs of each source.

Each check is a small class whose docstring is its user documentation; `check(view)` returns a
problem sentence or None. `source_health(store, names)` runs every check for every source and
returns one SourceHealth per source, which `monitor status`, the digest header and the
notifications show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storage import Store

RUN_HISTORY = 20


@dataclass
class Thresholds:
    """When a source counts as unhealthy ([daily] alert_after_failures, parse_failure_ratio)."""

    failures: int = 1               # consecutive failed runs before an alert
    parse_failure_ratio: float = 0.5  # share of a run's new items without a date (or title)
    rejected_ratio: float = 0.8     # share of a run's article candidates rejected as not articles
    rejected_min: int = 5           # ... counted from this many candidates on


@dataclass
class SourceHealth:
    """What `monitor status` shows for one source."""

    source: str
    last_run: str | None = None           # finished (or started) time of the latest run
    last_status: str = "never"            # ok | failed | empty | never
    consecutive_failures: int = 0         # latest runs in a row that were not ok
    last_articles: int = 0                # article links found by the latest run
    last_new: int = 0                     # items stored by the latest run
    last_rejected: int = 0                # article candidates the latest run rejected as not articles
    last_no_date: int = 0                 # articles the latest run extracted without a date
    items: int = 0                        # items stored in total
    last_message: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class RunView:
    """What the checks look at: the runs of one source (latest first) and their items."""

    source: str
    runs: list[dict[str, Any]]
    quality: dict[str, int]               # items / no_title / no_date of the latest run
    thresholds: Thresholds

    @property
    def latest(self) -> dict[str, Any] | None:
        return self.runs[0] if self.runs else None


class Check:
    """Base: a named check over a RunView."""

    name = "check"

    def check(self, view: RunView) -> str | None:  # pragma: no cover - interface
        raise NotImplementedError


class ConsecutiveFailures(Check):
    """The source failed (start page unreachable, crawl stopped) in the latest N runs in a row."""

    name = "failing"

    def check(self, view: RunView) -> str | None:
        n = consecutive(view.runs, "failed")
        if n >= view.thresholds.failures:
            msg = (view.latest or {}).get("message") or "crawl failed"
            return f"failed {n} run{'s' if n > 1 else ''} in a row: {msg}"
        return None


class LayoutChanged(Check):
    """The latest run found no article links where earlier runs found some (layout change?)."""

    name = "layout"

    def check(self, view: RunView) -> str | None:
        latest = view.latest
        if latest is None or latest["status"] == "failed" or (latest.get("articles_seen") or 0) > 0:
            return None
        earlier = [r for r in view.runs[1:] if (r.get("articles_seen") or 0) > 0]
        if latest["status"] == "empty" or earlier:
            before = earlier[0]["articles_seen"] if earlier else "some"
            return f"no article links found (earlier runs found {before}): has the page layout changed?"
        return None


class ParseFailures(Check):
    """Many of the latest run's new items have no title or no publication date (extraction broke).

    Without new items, the run's own count of articles extracted without a date is used.
    """

    name = "parsing"

    def check(self, view: RunView) -> str | None:
        q = view.quality
        if not q["items"]:
            latest = view.latest or {}
            extracted = (latest.get("items_new") or 0) + (latest.get("items_duplicate") or 0)
            no_date = latest.get("no_date") or 0
            if extracted and no_date / extracted >= view.thresholds.parse_failure_ratio:
                return f"{no_date} of {extracted} articles had no date: has the article layout changed?"
            return None
        bad = max(q["no_title"], q["no_date"])
        if bad / q["items"] >= view.thresholds.parse_failure_ratio:
            what = "title" if q["no_title"] >= q["no_date"] else "date"
            return f"{bad} of {q['items']} new articles have no {what}: has the article layout changed?"
        return None


class MostCandidatesRejected(Check):
    """Most article candidates of the latest run were dropped as not articles (no title, too little
    text) while an earlier run stored articles: the article pages' layout has likely changed."""

    name = "rejected"

    def check(self, view: RunView) -> str | None:
        latest = view.latest
        if latest is None or latest["status"] == "failed":
            return None
        rejected = latest.get("rejected") or 0
        candidates = rejected + (latest.get("items_new") or 0) + (latest.get("items_duplicate") or 0)
        if candidates < view.thresholds.rejected_min or rejected / candidates < view.thresholds.rejected_ratio:
            return None
        if not any((r.get("items_new") or 0) > 0 for r in view.runs[1:]):
            return None
        return (f"{rejected} of {candidates} article candidates were rejected as not articles "
                "(no title or too little text): has the article page layout changed?")


CHECKS: tuple[Check, ...] = (ConsecutiveFailures(), LayoutChanged(), ParseFailures(), MostCandidatesRejected())


def consecutive(runs: list[dict[str, Any]], status: str) -> int:
    """How many of the latest runs in a row have this status."""
    n = 0
    for r in runs:
        if r["status"] != status:
            break
        n += 1
    return n


def source_health(store: Store, names: list[str], thresholds: Thresholds | None = None) -> list[SourceHealth]:
    """Health of each named source (config order), from its crawl runs and items."""
    thresholds = thresholds or Thresholds()
    counts = store.items_per_source()
    out = []
    for name in names:
        runs = store.runs(name, limit=RUN_HISTORY)
        h = SourceHealth(source=name, items=counts.get(name, 0))
        quality = {"items": 0, "no_title": 0, "no_date": 0}
        if runs:
            latest = runs[0]
            h.last_run = latest.get("finished") or latest["started"]
            h.last_status = latest["status"]
            h.consecutive_failures = next((i for i, r in enumerate(runs) if r["status"] == "ok"), len(runs))
            h.last_articles = latest.get("articles_seen") or 0
            h.last_new = latest.get("items_new") or 0
            h.last_rejected = latest.get("rejected") or 0
            h.last_no_date = latest.get("no_date") or 0
            h.last_message = latest.get("message") or ""
            quality = store.item_quality(name, latest["started"], latest.get("finished"))
        view = RunView(source=name, runs=runs, quality=quality, thresholds=thresholds)
        h.problems = [p for p in (c.check(view) for c in CHECKS) if p]
        out.append(h)
    return out


def problem_lines(health: list[SourceHealth]) -> list[str]:
    """One line per problem, `source: problem`, for digests and notifications."""
    return [f"{h.source}: {p}" for h in health for p in h.problems]
