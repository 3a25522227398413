"""One exception tree for the whole program.

    MliError
    ├── ContentError        a problem pack or deck is invalid (names the file and field)
    ├── UserInputError      the learner asked for something that does not exist or is malformed
    ├── StoreError          the database is unusable (newer than this code, corrupted)
    └── JudgeUnavailable    the sandbox could not run (our fault or the machine's, never the learner's)

The learner's code failing is not an exception: it is a verdict (see judge.verdicts).
"""

from __future__ import annotations


class MliError(Exception):
    """Base of every error this program raises on purpose."""


class ContentError(MliError):
    def __init__(self, path: object, message: str, field: str | None = None) -> None:
        self.path = str(path)
        self.field = field
        where = f"{self.path}: {field}" if field else self.path
        super().__init__(f"{where}: {message}")


class UserInputError(MliError):
    pass


class StoreError(MliError):
    pass


class JudgeUnavailable(MliError):
    pass
