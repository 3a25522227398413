"""The one in-memory cache of what is made from a pack's files, and its one rule.

**The rule: a value is keyed by what it is made from.** A key holds a digest of the bytes of the
pack files the value reads (and of the shared helpers those files import: ``packcode``), never a
path's modification time, so a pack edited under a long-running process (``mli serve``, the judge
service) is never served stale, and a file rewritten with the same bytes keeps its entries.

Everything cached in memory goes through :data:`MEMO`: the globals of a run ``gen.py`` or
``checker.py``, a problem's case list (Python and SQL alike), the complexity check's growing
inputs. It is bounded (the least recently used entry goes first; a value handed out stays valid
after eviction), safe under the web app's threads, and single-flight: while one thread builds a
key, the others asking for it wait for that value instead of building it again. The one on-disk
cache, the reference's answers (``services/cases.py``), follows the same rule.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class Memo:
    def __init__(self, limit: int = 256) -> None:
        self.limit = limit
        self._values: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[Hashable, threading.Lock] = {}

    def get(self, key: Hashable, build: Callable[[], T]) -> T:
        """The value of ``key``, built once by ``build()`` (an exception is not kept)."""
        with self._lock:
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key]
            building = self._building.setdefault(key, threading.Lock())
        with building:
            with self._lock:
                if key in self._values:  # built by the thread this one waited for
                    self._values.move_to_end(key)
                    return self._values[key]
            try:
                value = build()
                with self._lock:
                    self._values[key] = value
                    while len(self._values) > self.limit:
                        self._values.popitem(last=False)
            finally:
                with self._lock:
                    self._building.pop(key, None)
        return value

    def forget(self, match: Callable[[Hashable], bool]) -> None:
        """Drop the entries whose key matches (older versions of something rebuilt)."""
        with self._lock:
            for key in [k for k in self._values if match(k)]:
                del self._values[key]

    def __len__(self) -> int:
        return len(self._values)


MEMO = Memo()


def content_digest(paths: Iterable[Path], extra: Iterable[str] = ()) -> str:
    """sha256 of the files' names and bytes (a missing file counts as missing), plus ``extra``
    strings (e.g. the digest of the helpers a file imports)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"\0missing\0")
    for part in extra:
        digest.update(b"\0" + part.encode())
    return digest.hexdigest()[:24]
