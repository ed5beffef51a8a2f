"""The README documents every command and every MONITOR_* setting (datasette's test_docs idea)."""

from __future__ import annotations

from pathlib import Path

import pytest

import monitor.settings
from monitor.cli import cli

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_documented_and_has_help(command):
    assert f"monitor {command}" in README
    assert cli.commands[command].help


@pytest.mark.parametrize("setting", sorted(k for k in dir(monitor.settings) if k.startswith("MONITOR_")))
def test_every_monitor_setting_is_in_the_settings_reference(setting):
    assert f"`{setting}`" in README


def test_ci_runs_exactly_the_readme_test_command():
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    command = 'python -m pip install -r requirements.lock -e ".[test]" && python -m pytest'
    assert command in README
    assert command in ci


@pytest.mark.parametrize("setting", sorted(k for k in dir(monitor.settings)
                                           if k.startswith("MONITOR_") and k != "MONITOR_CONTACT_URL"))
def test_the_settings_reference_shows_each_default(setting):
    import re

    value = getattr(monitor.settings, setting)
    shown = re.search(rf"\| `{setting}` \| ([^|]+) \|", README).group(1).strip()
    assert shown == ("none" if value is None else f"`{value}`")
