"""The objects a command needs, built lazily from the config so that cheap commands stay cheap."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING

from mlinterview.config import Config

if TYPE_CHECKING:
    from mlinterview.catalog import Catalog
    from mlinterview.judge.pool import WorkerPool
    from mlinterview.store import Store


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Context:
    def __init__(
        self, config: Config, *, workers: int | None = None, clock: Callable[[], datetime] = _utcnow
    ) -> None:
        self.config = config
        self.workers = workers or config.workers
        self.clock = clock
        self._pool: WorkerPool | None = None

    @cached_property
    def catalog(self) -> Catalog:
        from mlinterview.catalog import Catalog

        return Catalog(self.config.content_dirs)

    @cached_property
    def store(self) -> Store:
        from mlinterview.store import Store

        return Store(self.config.database_url)

    @property
    def pool(self) -> WorkerPool:
        if self._pool is None:
            from mlinterview.judge.pool import PoolSettings, WorkerPool

            self._pool = WorkerPool(
                PoolSettings(
                    size=self.workers,
                    isolation=self.config.isolation,
                    hide=self.config.hidden_from_sandbox(),
                    extra_env=dict(self.config.blas_env),
                )
            )
        return self._pool

    def warm(self) -> None:
        """Build the lazy parts once (catalog, cards, database, the judge's warm workers), before
        concurrent requests race to build them; idempotent."""
        self.catalog.problems()
        self.catalog.flashcards()
        self.store.version()
        self.pool.worker()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        if "store" in self.__dict__:
            self.store.close()

    def __enter__(self) -> Context:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
