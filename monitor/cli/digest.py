"""Reading the stored items: `monitor digest`, `monitor search`, `monitor stats`."""

from __future__ import annotations

from typing import Any, Iterator

import click

from monitor.cli.common import UsageProblem, _db_path, _open_store


@click.command()
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite database.")
@click.option("--all", "select_all", is_flag=True, help="Every stored item.")
@click.option("--since", metavar="DATE|Nd", help="Items first seen since a date (YYYY-MM-DD) or N days ago (7d).")
@click.option("--new", "select_new", is_flag=True, help="Items not in any earlier --new digest (then marked sent).")
@click.option("--awards-only", is_flag=True, help="Only award announcements.")
@click.option("--topic", metavar="NAME", help="Only items of this topic (awards, or one from [[topics]]).")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "html", "md", "atom"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to a file (default: stdout).")
def digest(db: str | None, select_all: bool, since: str | None, select_new: bool, awards_only: bool,
           topic: str | None, fmt: str, output: str | None) -> None:
    """Export a digest of stored items: one row per story.

    html, md and atom digests start with the source health problems of the latest crawls.

    \b
    Example:
        monitor digest --db monitor.db --new --format csv -o new.csv
        12 rows written to new.csv
    """
    from monitor.digest import no_cyclic_gc, parse_since, render_chunks, stream_rows
    from monitor.files import write_atomic
    from monitor.health import problem_lines, source_health

    if sum([select_all, since is not None, select_new]) != 1:
        raise UsageProblem("choose exactly one of --all, --since DATE|Nd, --new")
    since_date = None
    if since is not None:
        try:
            since_date = parse_since(since)
        except ValueError as exc:
            raise UsageProblem(str(exc)) from None
    store = _open_store(_db_path(db, None), must_exist=True)
    try:
        problems = problem_lines(source_health(store, store.recently_crawled_sources()))
        selection = {"since": since_date, "new": select_new, "awards_only": awards_only, "topic": topic}
        written = 0

        def counted(rows: Iterator[dict[str, Any] | str]) -> Iterator[dict[str, Any] | str]:
            nonlocal written
            for row in rows:
                written += 1
                yield row

        # One read transaction: the ids marked as sent are those of the rows written, whatever a crawl
        # stores meanwhile.
        with store.snapshot(), no_cyclic_gc():
            covered = store.digest_ids(**selection) if select_new else []
            # CSV is written as its rows come from the store, a chunk at a time: never all rows at once.
            rows = counted(stream_rows(store, **selection, csv_lines=fmt == "csv"))
            chunks = render_chunks(rows if fmt == "csv" else list(rows), fmt, health=problems)
            if output:
                try:  # temp file + rename: a full disk leaves no half-written digest
                    write_atomic(output, chunks)
                except OSError as exc:
                    raise click.ClickException(str(exc)) from None
            else:
                for chunk in chunks:
                    click.echo(chunk, nl=False)
        if select_new:
            store.mark_sent(covered, "new", fmt)
    finally:
        store.close()
    if output:
        click.echo(f"{written} rows written to {output}", err=True)


@click.command()
@click.argument("query")
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite database.")
@click.option("--limit", default=20, show_default=True, help="At most this many results.")
def search(query: str, db: str | None, limit: int) -> None:
    """Full-text search in both languages (diacritics optional).

    \b
    Example:
        monitor search "zlota odznaka" --db monitor.db
        2022-09-14  ofk-pl  Złota Odznaka ESCA dla ... [Gold ESCA Label for ...]  http://...
    """
    store = _open_store(_db_path(db, None), must_exist=True)
    try:
        results = store.search(query, limit=limit)
    finally:
        store.close()
    for r in results:
        title = r["title"]
        if r.get("title_en") and r["title_en"] != title:
            title += f" [{r['title_en']}]"
        click.echo(f"{r['published'] or '----------'}  {r['source']}  {title}  {r['url']}")
    click.echo(f"{len(results)} results", err=True)


@click.command()
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite database.")
def stats(db: str | None) -> None:
    """Figures about the stored items, translations and crawls.

    \b
    Example:
        monitor stats --db monitor.db
        items: 120 (awards 37, stories 104)
    """
    store = _open_store(_db_path(db, None), must_exist=True)
    try:
        s = store.stats()
    finally:
        store.close()
    click.echo(f"items: {s['items']} (awards {s['awards']}, stories {s['stories']})")
    click.echo("by source: " + ", ".join(f"{k} {v}" for k, v in s["by_source"]))
    click.echo("by language: " + ", ".join(f"{k or '?'} {v}" for k, v in s["by_language"]))
    click.echo("translation: " + ", ".join(f"{k} {v}" for k, v in s["translation_status"]))
    click.echo("items translated by provider: "
               + (", ".join(f"{k} {v}" for k, v in s["translated_by_provider"]) or "-"))
    click.echo("texts translated (sent once, then cached) by provider: "
               + (", ".join(f"{k} {n} ({chars} chars)" for k, n, chars in s["texts_translated_by_provider"]) or "-"))
    click.echo(f"texts pending: {s['pending_texts']} (run `monitor translate`)" if s["pending_texts"]
               else "texts pending: 0")
    click.echo(f"crawl runs: {s['crawl_runs']} (last finished {s['last_crawl'] or 'never'})")


COMMANDS = [digest, search, stats]
