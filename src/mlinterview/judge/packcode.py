"""A pack's own Python (``gen.py``, ``checker.py``): trusted code, run in the judge's process.

It is the problem author's, reviewed like the rest of the package, so it runs here rather than
in the sandbox: generators make hidden inputs, validators decide answers with several valid
forms. Learner code never comes through here.

Pack files may import the shared helpers of ``content/_packlib/`` as ``packlib``
(``from packlib.trees import to_array``): :func:`load` puts that package in ``sys.modules``
before it runs a pack file, so the import works wherever the pack's folder lives. What a pack
file produces depends on the helpers it imports, so :func:`fingerprint` (part of the key of
everything made from a pack file, ``mlinterview.memo``) covers them too.
"""

from __future__ import annotations

import hashlib
import os
import random
import runpy
import sys
import threading
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mlinterview.errors import ContentError
from mlinterview.memo import MEMO

HELPERS = Path(__file__).resolve().parent.parent / "content" / "_packlib"
HELPERS_NAME = "packlib"

_lock = threading.RLock()  # web requests install the helpers from several threads
_installed: str | None = None  # the digest of the helpers now in sys.modules
_read: tuple[tuple[tuple[str, int, int], ...], list[tuple[str, bytes]], str] | None = None


def _helpers() -> tuple[list[tuple[str, bytes]], str]:
    """The helper modules as (name, source), ``__init__`` first, and a digest of them all.

    The files are read again only when one's size or modification time changed, or one came or
    went: a pack using helpers is loaded several times per submission.
    """
    global _read
    with os.scandir(HELPERS) as entries:
        found = sorted((e.name != "__init__.py", e.name, e.stat()) for e in entries if e.name.endswith(".py"))
    stamp = tuple((str(HELPERS / name), st.st_mtime_ns, st.st_size) for _, name, st in found)
    if _read is None or _read[0] != stamp:
        sources = [(name[:-3], (HELPERS / name).read_bytes()) for _, name, _ in found]
        digest = hashlib.sha256()
        for name, source in sources:
            digest.update(name.encode() + b"\0" + str(len(source)).encode() + b"\0" + source)
        _read = (stamp, sources, digest.hexdigest())
    return _read[1], _read[2]


def _helpers_part(source: bytes) -> str:
    # Any mention of the name counts, so that no form of import is missed.
    return _helpers()[1] if HELPERS_NAME.encode() in source else ""


def helpers_digest(path: Path) -> str:
    """The helper package's digest when the pack file at ``path`` uses it, else ``""``.

    Add it to the key of anything made from the file: a change of a helper is a change of the
    pack files that import it, and the packs that do not are left alone.
    """
    return _helpers_part(path.read_bytes()) if path.is_file() else ""


def fingerprint(path: Path) -> str:
    """A digest of what a pack file's products depend on: its text and the helpers it uses."""
    source = path.read_bytes()
    return hashlib.sha256(source + _helpers_part(source).encode()).hexdigest()


def install_helpers() -> types.ModuleType:
    """Make ``packlib`` importable (replacing an older copy after the helpers changed); it.

    Each module is compiled from the bytes just read and hashed, with no bytecode cache, so an
    edit is never hidden by a stale ``.pyc``. Helpers import the standard library only.
    """
    with _lock:
        return _install(*_helpers())


def _install(sources: list[tuple[str, bytes]], digest: str) -> types.ModuleType:
    global _installed
    if digest == _installed:
        return sys.modules[HELPERS_NAME]
    _forget_helpers()
    package = types.ModuleType(HELPERS_NAME)
    package.__path__ = []  # a package whose modules are all loaded here
    package.__file__ = str(HELPERS / "__init__.py")
    sys.modules[HELPERS_NAME] = package
    for stem, source in sources:
        file = HELPERS / f"{stem}.py"
        module = package if stem == "__init__" else types.ModuleType(f"{HELPERS_NAME}.{stem}")
        if module is not package:
            module.__file__ = str(file)
            sys.modules[module.__name__] = module
            setattr(package, stem, module)
        try:
            exec(compile(source, str(file), "exec"), module.__dict__)
        except Exception as exc:
            _forget_helpers()
            raise ContentError(file, f"failed to load: {type(exc).__name__}: {exc}") from None
    _installed = digest
    return package


def _forget_helpers() -> None:
    global _installed
    for name in [n for n in sys.modules if n == HELPERS_NAME or n.startswith(HELPERS_NAME + ".")]:
        del sys.modules[name]
    _installed = None


def load(path: Path) -> dict[str, Any]:
    """Run a pack file once per version of it (and of the helpers it imports); its globals.
    Kept in the one cache (``mlinterview.memo``), keyed by :func:`fingerprint`."""
    version = fingerprint(path)

    def run() -> dict[str, Any]:
        install_helpers()
        try:
            module = runpy.run_path(str(path), run_name=f"mli_pack_{path.parent.name}_{path.stem}")
        except Exception as exc:
            raise ContentError(path, f"failed to load: {type(exc).__name__}: {exc}") from None
        # One version per file: an edited file's older globals go.
        MEMO.forget(lambda k: isinstance(k, tuple) and k[:2] == ("pack-code", str(path)) and k[2] != version)
        return module

    return MEMO.get(("pack-code", str(path), version), run)


def generated_inputs(path: Path) -> list[tuple[str, list[Any]]]:
    module = load(path)
    generate = module.get("generate")
    if not callable(generate):
        raise ContentError(path, "defines no generate() function", "generate")
    out = []
    try:
        for item in generate():
            case_id, args = item
            out.append((str(case_id), list(args)))
    except Exception as exc:
        raise ContentError(path, f"generate() failed: {type(exc).__name__}: {exc}") from None
    return out


def scaled_input(path: Path, n: int, seed: int = 0) -> list[Any] | None:
    scale = load(path).get("scale")
    if not callable(scale):
        return None
    return list(scale(n, random.Random(seed)))


def validator(path: Path) -> Callable[[list[Any], Any, Any], bool | str]:
    check = load(path).get("check")
    if not callable(check):
        raise ContentError(path, "defines no check(args, expected, got) function", "check")

    def run(args: list[Any], expected: Any, got: Any) -> bool | str:
        try:
            verdict = check(args, expected, got)
        except Exception as exc:  # a malformed answer the validator did not expect
            return f"the answer could not be checked ({type(exc).__name__}: {exc})"
        return verdict if isinstance(verdict, str) else bool(verdict)

    return run
