"""``mli doctor``: what the sandbox can isolate on this machine and where the learner's data is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mlinterview.services.context import Context


@dataclass
class Health:
    isolation: dict[str, Any]  # the judge worker's report: namespaces, uid_drop, landlock_abi, hidden
    problems: int  # problems loaded
    load_errors: int  # pack files that failed to load
    database: str  # where the database is
    schema: int  # its newest migration
    libraries: dict[str, str | None]  # the libraries track's packages: installed version, or None
    install_libraries: str  # the command that installs the missing ones


def health(ctx: Context) -> Health:
    from mlinterview.services.tasks import INSTALL_LIBS, library_versions

    return Health(
        ctx.pool.worker().isolation,
        len(ctx.catalog.problems()),
        len(ctx.catalog.errors),
        ctx.store.where,
        ctx.store.version(),
        library_versions(),
        INSTALL_LIBS,
    )
