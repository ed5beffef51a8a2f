"""Config validation: every error names the file, the source and the field, before any request."""

from __future__ import annotations

import pytest

from monitor.config import ConfigError, load, translator_settings

GOOD_SOURCE = 'name = "a"\nurl = "https://example.org/news/"\n'


def write(tmp_path, text):
    path = tmp_path / "cfg.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_config_loads_sources_with_overrides(tmp_path):
    cfg = load(write(tmp_path, """
[monitor]
translator = "libre"
translator_url = "http://127.0.0.1:5000/"
[scrapy]
DOWNLOAD_DELAY = 0
[[sources]]
name = "ctt-pl"
url = "http://127.0.0.1:8080/ctt/aktualnosci.html"
max_pages = 3
article_links = "table.lista td.tytul a"
date = "//td[@class='data']/text()"
include = ["/ctt/aktualnosci"]
exclude = ["/ctt/panel/"]
"""))
    src = cfg.source("ctt-pl")
    assert src.max_pages == 3 and src.has_overrides
    assert src.include == ("/ctt/aktualnosci",)
    assert cfg.scrapy == {"DOWNLOAD_DELAY": 0}
    assert cfg.translator == "libre"


def test_a_relative_database_path_is_relative_to_the_config_file(tmp_path):
    cfg = load(write(tmp_path, f'[monitor]\ndatabase = "data/m.db"\n[[sources]]\n{GOOD_SOURCE}'))
    assert cfg.database == str(tmp_path / "data" / "m.db")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[[sources]]\nname = \"a\"\n", "source 'a': missing required field 'url'"),
        ("[[sources]]\nurl = \"https://e.org/\"\n", "[[sources]] #1: missing required field 'name'"),
        (f"[[sources]]\n{GOOD_SOURCE}colour = \"red\"\n", "source 'a': unknown field 'colour'"),
        (f"[[sources]]\n{GOOD_SOURCE}[[sources]]\n{GOOD_SOURCE}", "source 'a': duplicate name"),
        (f"[[sources]]\n{GOOD_SOURCE}max_pages = \"five\"\n", "field 'max_pages' must be an integer"),
        (f"[[sources]]\n{GOOD_SOURCE}max_pages = true\n", "field 'max_pages' must be an integer"),
        ("[[sources]]\nname = \"a\"\nurl = \"lifescience.pl/aktualnosci\"\n", "field 'url' must be an http(s) URL"),
        ("[[sources]]\nname = \"a\"\nurl = \"ftp://e.org/\"\n", "field 'url' must be an http(s) URL"),
        (f"[[sources]]\n{GOOD_SOURCE}type = \"blog\"\n", "field 'type' must be one of site, feed, sitemap"),
        (f"[[sources]]\n{GOOD_SOURCE}language = \"Polish\"\n", "field 'language' must be an ISO 639-1 code"),
        (f"[[sources]]\n{GOOD_SOURCE}include = [\"(unclosed\"]\n", "field 'include' has a bad regular expression"),
        (f"[[sources]]\n{GOOD_SOURCE}title = \"h1[[\"\n", "field 'title' is not a valid selector"),
        (f"[monitor]\ntranslator = \"babelfish\"\n[[sources]]\n{GOOD_SOURCE}", "field 'translator' must be one of"),
        (f"[monitor]\nlanguage = \"en\"\n[[sources]]\n{GOOD_SOURCE}", "[monitor]: unknown field 'language'"),
        (f"[sources2]\n[[sources]]\n{GOOD_SOURCE}", "unknown table 'sources2'"),
        ("[monitor]\n", "no [[sources]] defined"),
        ("[[sources]\nname=", "not valid TOML"),
    ],
)
def test_bad_configs_are_rejected_with_a_message_naming_file_source_and_field(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load(path)
    assert str(path) in str(err.value)
    assert expected in str(err.value)


def test_a_missing_config_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match="cfg.toml: config file not found"):
        load(tmp_path / "cfg.toml")


def test_translator_settings_prefer_command_line_then_environment_then_config(tmp_path):
    cfg = load(write(tmp_path, f'[monitor]\ntranslator = "mymemory"\n[[sources]]\n{GOOD_SOURCE}'))
    assert translator_settings(cfg, environ={})["MONITOR_TRANSLATOR"] == "mymemory"
    assert translator_settings(cfg, environ={"MONITOR_TRANSLATOR": "none"})["MONITOR_TRANSLATOR"] == "none"
    assert translator_settings(cfg, "google", environ={"MONITOR_TRANSLATOR": "none"})["MONITOR_TRANSLATOR"] == "google"
    assert translator_settings(None, environ={})["MONITOR_TRANSLATOR"] == "google"
    key = translator_settings(cfg, environ={"MONITOR_TRANSLATOR_KEY": "s3cret"})["MONITOR_TRANSLATOR_KEY"]
    assert key == "s3cret"


def test_libre_without_a_server_url_is_a_usage_error():
    with pytest.raises(ConfigError, match="translator 'libre' needs a server URL"):
        translator_settings(None, "libre", environ={})
