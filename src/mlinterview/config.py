"""Settings, read once from the environment and passed down; nothing else reads ``os.environ``.

| variable | meaning | default |
|---|---|---|
| ``MLINTERVIEW_HOME`` | data directory (database, workspace, caches) | the platform's user data folder |
| ``MLINTERVIEW_DATABASE_URL`` | any SQLAlchemy URL | ``sqlite:///$MLINTERVIEW_HOME/mlinterview.db`` |
| ``MLINTERVIEW_WORKSPACE`` | where ``mli start`` writes starters | ``$MLINTERVIEW_HOME/workspace`` |
| ``MLINTERVIEW_WORKERS`` | warm judge workers | 2 (1 for one-shot commands) |
| ``MLINTERVIEW_ISOLATION`` | ``auto`` (strongest available) or ``off`` | ``auto`` |
| ``MLINTERVIEW_CONTENT`` | an extra content folder laid over the built-in packs | none |
| ``MLINTERVIEW_LLM_URL`` | an OpenAI-compatible server for ``mli design grade --llm`` | none (off) |
| ``MLINTERVIEW_LLM_MODEL`` | the model name sent to that server | ``default`` |
| ``MLINTERVIEW_DAEMON`` | ``off`` runs ``mli run``/``submit`` in-process, not in the judge service | ``on`` |
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
BUILTIN_CONTENT = PACKAGE_DIR / "content"

ENVIRONMENT_VARIABLES = (
    "MLINTERVIEW_HOME",
    "MLINTERVIEW_DATABASE_URL",
    "MLINTERVIEW_WORKSPACE",
    "MLINTERVIEW_WORKERS",
    "MLINTERVIEW_ISOLATION",
    "MLINTERVIEW_CONTENT",
    "MLINTERVIEW_LLM_URL",
    "MLINTERVIEW_LLM_MODEL",
    "MLINTERVIEW_DAEMON",
)

# What a command's output depends on besides the settings above: the terminal's size, colours
# and the BLAS tuning passed to the workers. The CLI client sends these to the judge service.
_CLIENT_VARIABLES = (
    "COLUMNS",
    "LINES",
    "TERM",
    "COLORTERM",
    "NO_COLOR",
    "FORCE_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "OPENBLAS_CORETYPE",
    "OPENBLAS_L2_SIZE",
)


def client_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The variables a command run by the judge service must see as the client saw them."""
    env = os.environ if environ is None else environ
    return {k: v for k, v in env.items() if k in ENVIRONMENT_VARIABLES or k in _CLIENT_VARIABLES}


def _must_be_folder(variable: str, path: Path) -> None:
    """A data folder that exists as something else is the learner's to fix, said plainly."""
    from mlinterview.errors import UserInputError

    if path.exists() and not path.is_dir():
        raise UserInputError(
            f"{variable} points at {path}, which is a file, not a folder; set {variable} to a "
            "folder (it is created when missing)"
        )


@dataclass(frozen=True)
class Config:
    home: Path
    database_url: str
    workspace: Path
    content_dirs: tuple[Path, ...]
    workers: int = 2
    isolation: str = "auto"
    # Passed on to the judge's workers: older OpenBLAS builds need these on some processors.
    blas_env: tuple[tuple[str, str], ...] = ()
    llm_url: str | None = None  # the optional model grader of design answers (off when None)
    llm_model: str = "default"
    use_daemon: bool = True  # mli run/submit go through the warm local judge service

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Config:
        env = os.environ if environ is None else environ
        if env.get("MLINTERVIEW_HOME"):
            home = Path(env["MLINTERVIEW_HOME"]).expanduser()
        else:
            from platformdirs import user_data_dir

            home = Path(user_data_dir("mlinterview", appauthor=False))
        url = env.get("MLINTERVIEW_DATABASE_URL") or f"sqlite:///{home / 'mlinterview.db'}"
        workspace = Path(env.get("MLINTERVIEW_WORKSPACE") or home / "workspace").expanduser()
        _must_be_folder("MLINTERVIEW_HOME", home)
        _must_be_folder("MLINTERVIEW_WORKSPACE", workspace)
        extra = env.get("MLINTERVIEW_CONTENT")
        content = (BUILTIN_CONTENT, Path(extra).expanduser()) if extra else (BUILTIN_CONTENT,)
        try:
            workers = max(1, int(env.get("MLINTERVIEW_WORKERS", "2")))
        except ValueError:
            workers = 2
        isolation = env.get("MLINTERVIEW_ISOLATION", "auto")
        if isolation not in ("auto", "off"):
            isolation = "auto"
        blas = tuple((k, env[k]) for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if k in env)
        llm_url = env.get("MLINTERVIEW_LLM_URL") or None
        llm_model = env.get("MLINTERVIEW_LLM_MODEL") or "default"
        use_daemon = env.get("MLINTERVIEW_DAEMON", "on").strip().lower() not in ("off", "0", "no", "false")
        return cls(home, url, workspace, content, workers, isolation, blas, llm_url, llm_model, use_daemon)

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    def hidden_from_sandbox(self) -> list[str]:
        """Folders a submission must never read: answers, references, the learner's data."""
        return [str(self.home)] + [str(p) for p in self.content_dirs]
