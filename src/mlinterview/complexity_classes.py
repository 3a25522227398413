"""The growth classes a problem may declare, shared by catalog, judge and services.

Imports nothing of ours, so every layer may use it.
"""

from __future__ import annotations

# The growth classes a problem may declare, with the exponent the complexity check compares
# against (n log n counts as n^1.1, log n as n^0.15; 2^n is beyond any polynomial fit).
COMPLEXITY_EXPONENTS: dict[str, float] = {
    "1": 0.0,
    "log n": 0.15,
    "n": 1.0,
    "n log n": 1.1,
    "n^2": 2.0,
    "n^3": 3.0,
    "2^n": 4.0,
}
