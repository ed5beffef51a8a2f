"""The reliability suite prints its figure: `reliability: N cases tried, N passed`."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

# This module shadows tests/conftest.py under the name `conftest`: re-export its helpers.
_spec = importlib.util.spec_from_file_location("monitor_tests_conftest", HERE.parent / "conftest.py")
_base = importlib.util.module_from_spec(_spec)
sys.modules["monitor_tests_conftest"] = _base
_spec.loader.exec_module(_base)
run_monitor, start_server, stored, write_config, child_env = (
    _base.run_monitor, _base.start_server, _base.stored, _base.write_config, _base.child_env)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    tried = passed = 0
    for outcome in ("passed", "failed", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            if getattr(report, "when", "call") != "call" and outcome == "passed":
                continue
            if Path(str(report.fspath)).resolve().is_relative_to(HERE):
                tried += 1
                passed += outcome == "passed"
    if tried:
        terminalreporter.write_line(f"reliability: {tried} cases tried, {passed} passed")
