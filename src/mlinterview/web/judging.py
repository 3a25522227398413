"""Running judge jobs off the event loop, with a bounded queue.

Judging blocks a thread for as long as the learner's code runs, so it never runs on the event
loop: :class:`JudgeQueue` hands each job to its own small thread pool (one thread per warm judge
worker) and lets at most ``max_waiting`` more jobs wait behind the running ones. A job beyond
that is refused at once with :class:`JudgeBusy` (the web app answers 503), rather than piling
up requests that would time out anyway. Pages keep being served by the server's other threads.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

BUSY_MESSAGE = "The judge is busy, try again in a moment."


class JudgeBusy(Exception):
    """Every judge slot is taken and the waiting line is full."""


class JudgeQueue:
    def __init__(self, running: int, max_waiting: int = 8) -> None:
        self.running = max(1, running)
        self.max_waiting = max(0, max_waiting)
        self._executor = ThreadPoolExecutor(max_workers=self.running, thread_name_prefix="judge")
        self._lock = threading.Lock()
        self._in_flight = 0

    @property
    def capacity(self) -> int:
        return self.running + self.max_waiting

    @property
    def in_flight(self) -> int:
        """Jobs running or waiting right now."""
        return self._in_flight

    def _release(self, _: Future[Any]) -> None:
        with self._lock:
            self._in_flight -= 1

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on a judge thread; raise :class:`JudgeBusy` when the line is full.

        The slot is given back when the job really ends, not when the request goes away: a
        client that disconnects does not let more jobs in than there are threads to run them.
        """
        with self._lock:
            if self._in_flight >= self.capacity:
                raise JudgeBusy(BUSY_MESSAGE)
            self._in_flight += 1
        try:
            future = self._executor.submit(fn, *args)
        except RuntimeError:  # shut down
            with self._lock:
                self._in_flight -= 1
            raise JudgeBusy("The judge is shutting down.") from None
        future.add_done_callback(self._release)
        return await asyncio.wrap_future(future)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
