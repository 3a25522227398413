"""Spaced repetition: pure scheduling over the ``fsrs`` package. No I/O, no clock.

``review(kind, state, rating, now)`` returns the new state, when it is due, and a log entry.
Cards use FSRS's short learning steps (1 and 10 minutes) so a missed card comes back in the
same session; problems skip them and are scheduled in days, since a re-solve an hour later
tests short-term memory, not the pattern.
"""

from mlinterview.srs.scheduler import RATINGS, Reviewed, new_state, retrievability, review

__all__ = ["RATINGS", "Reviewed", "new_state", "retrievability", "review"]
