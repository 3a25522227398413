"""The catalog: problem packs and card decks loaded from disk and validated.

It reads files and checks them; it never runs learner code. (A pack's own ``gen.py`` and
``checker.py`` are run by the judge's side, see ``catalog.packcode``.)
"""

from mlinterview.catalog.loader import Catalog
from mlinterview.catalog.problem import Hints, Problem

__all__ = ["Catalog", "Hints", "Problem"]
