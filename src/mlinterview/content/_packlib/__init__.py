"""Helpers shared by the packs' own Python (``gen.py``, ``checker.py``), imported as ``packlib``.

Trusted pack code like the packs themselves: the judge's process makes this folder importable
as ``packlib`` before it runs a pack file (``mlinterview.judge.packcode``), wherever the pack
lives, so a copied problem folder keeps working. Modules:

- ``trees``: binary-tree shapes as child index lists, LeetCode's level-order arrays.
- ``lists``: linked lists given as value arrays or ``ListNode`` chains.
- ``intervals``: random intervals and the union of closed integer intervals.
- ``grids``: random self-avoiding walks, words spelled along paths of a letter grid.
- ``graphs``: connected components by label propagation.
- ``subsets``: bit masks of positions with no two neighbours.

Each module uses the standard library only and imports no other helper. Changing a helper
changes every generated case of the packs that import it: their caches are keyed on it.
"""
