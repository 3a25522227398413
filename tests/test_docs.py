"""Every command and setting is documented (the README is the reference)."""

from __future__ import annotations

from pathlib import Path

import typer.main

from mlinterview.cli.app import app
from mlinterview.config import ENVIRONMENT_VARIABLES

ROOT = Path(__file__).resolve().parents[1]


def test_readme_opens_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text().splitlines()[:6]
    assert any("make run" in line for line in head) and any("make test" in line for line in head)


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    group = typer.main.get_command(app)
    for name in group.commands:  # type: ignore[attr-defined]
        assert f"`mli {name}" in readme, f"mli {name} is not documented in README.md"


def test_every_setting_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    for variable in ENVIRONMENT_VARIABLES:
        assert f"`{variable}`" in readme, variable
