"""`monitor demo`: crawl bundled sample sites on loopback and open `monitor serve` on the result."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from monitor.cli.common import UsageProblem, _open_store


@click.command()
@click.option("--db", type=click.Path(dir_okay=False), help="New database file to fill (default: in a temporary folder).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address `monitor serve` listens on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port of the web page.")
@click.option("--no-serve", is_flag=True, help="Crawl the sample sites and exit (the database stays).")
def demo(db: str | None, host: str, port: int, no_serve: bool) -> None:
    """Try monitor with no sites of your own and no internet.

    Serves four small sample sites (a Polish and English cluster, a Polish agency, an English
    cluster) and a stand-in translator on loopback, crawls them with `monitor crawl`, then starts
    `monitor serve` on the database. Nothing leaves the machine.

    \b
    Example:
        monitor demo
        4 sources crawled, 16 new items
        serving /tmp/monitor-demo-x1y2/monitor-demo.db read-only at http://127.0.0.1:8001/
    """
    from monitor.demo.run import crawl, start

    if db:
        db_path = Path(db)
        if db_path.exists():  # the demo never writes into a database that holds someone's data
            raise UsageProblem(f"--db {db}: file exists; the demo fills a new database, pass another name")
        workdir = db_path.parent if str(db_path.parent) else Path(".")
    else:
        workdir = Path(tempfile.mkdtemp(prefix="monitor-demo-"))
        db_path = workdir / "monitor-demo.db"
    demo_run = start(workdir, db_path)
    try:
        click.echo(f"sample sites: {', '.join(f'{n} {r.url}' for n, r in demo_run.sites.items())}", err=True)
        click.echo(f"translator stand-in: {demo_run.translator.url}; config: {demo_run.config}", err=True)
        status = crawl(demo_run, db_path)
        if status not in (0, 3):
            raise click.ClickException(f"the demo crawl failed (exit {status}); see the messages above")
        if no_serve:
            click.echo(f"database: {db_path}")
            return
        from monitor.web.app import serve as run_serve

        _open_store(str(db_path), must_exist=True).close()
        click.echo(f"serving {db_path} read-only at http://{host}:{port}/ (Ctrl+C stops; the sample sites "
                   "stay up so the links work)", err=True)
        run_serve(str(db_path), host, port)
    finally:
        demo_run.stop()


COMMANDS = [demo]
