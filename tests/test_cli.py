"""The non-crawl commands through click's CliRunner: output, exit codes, --new marking."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from storage import Store


@pytest.fixture
def filled_db(tmp_path):
    path = tmp_path / "m.db"
    s = Store.open(str(path))
    for i, (title, lang, award) in enumerate([("Złota Odznaka dla klastra", "pl", 1), ("Cluster news", "en", 0)]):
        item_id = s.save_item({"url": f"http://e.org/{i}", "source": "e", "title": title, "language": lang,
                               "title_en": "Gold Label for the cluster" if lang == "pl" else title,
                               "translation_status": "done", "is_award": award,
                               "award_level": "gold" if award else ""})
        s.set_story(item_id, s.new_story({"title": title}))
    s.close()
    return path


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_sources_lists_each_source(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[[sources]]\nname = "ofk"\nurl = "http://127.0.0.1/aktualnosci.php"\nlanguage = "pl"\n')
    result = invoke("sources", "--config", str(cfg))
    assert result.exit_code == 0
    assert "ofk" in result.stdout and "http://127.0.0.1/aktualnosci.php" in result.stdout


def test_a_bad_config_exits_2_naming_the_problem(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[[sources]]\nname = "ofk"\n')
    for command in (["sources"], ["crawl", "--db", str(tmp_path / "m.db")]):
        result = invoke(*command, "--config", str(cfg))
        assert result.exit_code == 2
        assert "source 'ofk': missing required field 'url'" in result.output
    assert not (tmp_path / "m.db").exists()


def test_digest_needs_exactly_one_selection(filled_db):
    assert invoke("digest", "--db", str(filled_db)).exit_code == 2
    assert invoke("digest", "--db", str(filled_db), "--all", "--new").exit_code == 2
    assert invoke("digest", "--db", str(filled_db), "--since", "yesterday").exit_code == 2


def test_digest_of_a_missing_database_is_a_clear_error(tmp_path):
    result = invoke("digest", "--db", str(tmp_path / "nope.db"), "--all")
    assert result.exit_code == 2 and "nope.db: database not found" in result.output


def test_new_digest_marks_what_it_exported(filled_db, tmp_path):
    out = tmp_path / "n.csv"
    first = invoke("digest", "--db", str(filled_db), "--new", "-o", str(out))
    assert first.exit_code == 0
    assert len(list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))) == 2
    second = invoke("digest", "--db", str(filled_db), "--new", "-o", str(out))
    assert list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig")))) == []
    assert "0 rows written" in second.stderr
    # --all is not a --new digest: it neither marks nor is limited by marks
    assert invoke("digest", "--db", str(filled_db), "--all").stdout.count("http://e.org/") == 2


def test_digest_awards_only_to_stdout(filled_db):
    result = invoke("digest", "--db", str(filled_db), "--all", "--awards-only", "--format", "json")
    assert '"award_level": "gold"' in result.stdout and "Cluster news" not in result.stdout


def test_search_finds_either_language(filled_db):
    assert "Złota Odznaka" in invoke("search", "zlota", "--db", str(filled_db)).stdout
    assert "Gold Label for the cluster" in invoke("search", "gold", "--db", str(filled_db)).stdout


def test_stats_reports_items_and_translation_state(filled_db):
    result = invoke("stats", "--db", str(filled_db))
    assert result.exit_code == 0
    assert "items: 2" in result.stdout and "awards 1" in result.stdout


def test_html_and_md_digests_start_with_source_problems_but_csv_keeps_its_header(filled_db):
    s = Store.open(str(filled_db))
    s.record_run({"started": "2026-11-26T06:00:00Z", "finished": "2026-11-26T06:01:00Z", "source": "e",
                  "status": "failed", "message": "start page http://e.org/ could not be fetched"})
    s.close()
    md = invoke("digest", "--db", str(filled_db), "--all", "--format", "md").stdout
    assert md.index("Source problems") < md.index("Gold Label for the cluster")
    assert "e: " in md
    html = invoke("digest", "--db", str(filled_db), "--all", "--format", "html").stdout
    assert "Source problems" in html
    csv_text = invoke("digest", "--db", str(filled_db), "--all", "--format", "csv").stdout
    assert csv_text.lstrip("\ufeff").startswith("published,source,language,title,")
