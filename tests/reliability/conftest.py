"""The reliability suite prints its figure: `reliability: N cases tried, N passed`."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent


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
