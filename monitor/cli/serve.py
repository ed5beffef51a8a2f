"""`monitor serve`: the web front end (Datasette) on the database. Logic is in monitor.web."""

from __future__ import annotations

import click

from monitor.cli.common import _db_path, _open_store


@click.command()
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite database.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for the office network).")
@click.option("--port", default=8001, show_default=True, type=int, help="TCP port.")
@click.option("--allow-sql", is_flag=True, help="Let visitors run their own SQL (read-only; default: denied).")
def serve(db: str | None, host: str, port: int, allow_sql: bool) -> None:
    """Browse, search and export the stored items in a web page (read-only).

    \b
    Example:
        monitor serve --db monitor.db --port 8001
        serving monitor.db read-only at http://127.0.0.1:8001/
    """
    from monitor.web.app import serve as run

    db_path = _db_path(db, None)
    _open_store(db_path, must_exist=True).close()  # creates/upgrades the schema before read-only serving
    click.echo(f"serving {db_path} read-only at http://{host}:{port}/", err=True)
    run(db_path, host, port, allow_sql)


COMMANDS = [serve]
