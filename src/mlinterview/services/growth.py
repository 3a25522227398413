"""Inputs for the complexity check, made once per process and kept.

Making a growing input with a pack's ``scale(n, rng)`` (pure Python, up to n = 131072) costs more
than timing a fast solution on it, and the inputs are the same every time (seeded with n). A
long-lived process (the judge service, the web app) keeps the last few, encoded (bytes are
compact), in the one cache (``mlinterview.memo``) keyed by the content of the generator and of
the shared helpers it imports, and n, so an edited ``gen.py`` or helper is never served stale
inputs; it can also make them in the background once a learner runs a problem's samples, so
the Submit that follows does not wait for them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from mlinterview.judge import packcode
from mlinterview.judge.complexity import scaled_frame
from mlinterview.memo import MEMO

SIZES = tuple(256 << k for k in range(9))  # the sizes judge.complexity.measure walks through


def scaled_frames(gen_path: Path) -> Callable[[int], bytes | None]:
    """``n -> encoded input`` for :func:`mlinterview.judge.complexity.measure`, memoised."""
    version = packcode.fingerprint(gen_path)
    return lambda n: MEMO.get(("growth", str(gen_path), version, n), lambda: scaled_frame(gen_path, n))


def prepare(gen_path: Path, budget_n: int = SIZES[-1], delay_s: float = 0.3) -> None:
    """Make the inputs up to ``budget_n`` on a background thread, starting after ``delay_s``
    (the answer being rendered now goes first); errors surface later, when the measurement
    itself asks for them."""

    def work() -> None:
        time.sleep(delay_s)
        try:
            make = scaled_frames(gen_path)
            for n in SIZES:
                if n > budget_n:
                    return
                make(n)
        except Exception:
            return

    threading.Thread(target=work, name="growth-inputs", daemon=True).start()
