"""The judge's verdicts and reports as the interfaces see them: the CLI and the web app render
these without importing the judge."""

from __future__ import annotations

from mlinterview.judge.verdicts import Report, Verdict

__all__ = ["Report", "Verdict"]
