"""The child side of one submission: load the learner's code, then answer cases one by one.

Runs inside a sandboxed process forked from a warm worker. It receives the code and then one
case at a time on ``cmd_fd`` and answers each on ``res_fd``. It never sees expected answers:
the judge compares in its own process. Learner code runs on a thread with a large stack so
deep recursion works as it does on LeetCode.
"""

from __future__ import annotations

import builtins
import gc
import linecache
import os
import sys
import threading
import time
import traceback
from typing import Any

import libvalues
import prelude
import protocol
import structures

FILENAME = "solution.py"  # what tracebacks call the learner's code when the judge names no file
RECURSION_LIMIT = 500_000
# The clock that times calls, captured when the worker starts, before any learner code: a
# submission that replaces time.thread_time does not change it. The judge still cross-checks
# every timing against its own clock (judge/complexity.py), as this module can be reached too.
_call_clock = time.thread_time


class ForbiddenImport(ImportError):
    """The problem forbids this module (it is what the learner should write)."""


ForbiddenImport.__module__ = "builtins"  # tracebacks say "ForbiddenImport: ...", not "runner.ForbiddenImport"


def _guarded_import(forbidden: list[str]) -> Any:
    real_import = builtins.__import__

    def guarded(
        name: str, globals: Any = None, locals: Any = None, fromlist: Any = (), level: int = 0
    ) -> Any:
        if level == 0:
            full = [name] + [f"{name}.{item}" for item in (fromlist or ()) if isinstance(item, str)]
            for candidate in full:
                for banned in forbidden:
                    if candidate == banned or candidate.startswith(banned + "."):
                        raise ForbiddenImport(
                            f"importing '{banned}' is not allowed in this problem: write it yourself"
                        )
        return real_import(name, globals, locals, fromlist, level)

    return guarded


def learner_traceback(exc: BaseException, filename: str = FILENAME) -> str:
    """The traceback with the harness's own frames removed (the learner's file is ``filename``)."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
    lines = ["Traceback (most recent call last):\n"] if frames else []
    if len(frames) > 40:
        lines += traceback.format_list(frames[:20])
        lines.append(f"  ... {len(frames) - 40} more frames ...\n")
        lines += traceback.format_list(frames[-20:])
    else:
        lines += traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines)


def _error(exc: BaseException, filename: str) -> dict[str, Any]:
    message = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    if isinstance(exc, SystemExit):
        message = f"your code called sys.exit({exc.code!r}) instead of returning an answer"
    return {
        "type": type(exc).__name__,
        "message": message[:2000],
        "traceback": learner_traceback(exc, filename)[:8000],
    }


class Job:
    def __init__(self, cmd_fd: int, res_fd: int) -> None:
        self.cmd_fd = cmd_fd
        self.res_fd = res_fd
        self.stdout = sys.stdout
        self.stderr = sys.stderr
        self.filename = FILENAME
        self.drive: Any = None  # the pack's driver.drive, for entry style "driver"
        self.code_ran = False  # set before the learner's module runs: a failure after it may be theirs

    def send(self, message: dict[str, Any]) -> None:
        try:
            body = protocol.encode(message)
        except (TypeError, ValueError, RecursionError, OverflowError) as exc:
            body = protocol.encode(
                {
                    "case": message.get("case"),
                    "ok": False,
                    "error": {"type": "UnsupportedValue", "message": str(exc)[:2000], "traceback": ""},
                }
            )
        protocol.write_frame(self.res_fd, body)

    def flush(self) -> None:
        for stream in (sys.stdout, sys.stderr, self.stdout, self.stderr):
            try:
                stream.flush()
            except Exception:
                pass

    def end_of_case(self) -> None:
        """Flush the learner's output and mark where this case's output ends."""
        self.flush()
        try:
            os.write(1, self.marker)
        except OSError:
            pass

    def run(self) -> None:
        header = protocol.decode(protocol.read_frame(self.cmd_fd))
        self.entry = header["entry"]
        self.marker = f"\x1e{header.get('marker', '')}\x1e".encode()
        self.timing = bool(header.get("timing"))
        code = header["code"]
        named = header.get("filename")
        if isinstance(named, str) and named and len(named) <= 500:
            self.filename = named
        linecache.cache[self.filename] = (len(code), None, code.splitlines(True), self.filename)
        self.namespace = prelude.namespace()
        forbidden = header.get("forbidden") or []
        if forbidden:
            safe_builtins = dict(vars(builtins))
            safe_builtins["__import__"] = _guarded_import(forbidden)
            self.namespace["__builtins__"] = safe_builtins
        if forbidden:
            _forbid_attributes(forbidden)
        self.code_ran = True
        try:
            exec(compile(code, self.filename, "exec"), self.namespace)
            self.drive = _driver(header.get("driver"), self.namespace)
        except BaseException as exc:  # the learner's module failed to load
            self.flush()
            self.send({"ready": False, "error": _error(exc, self.filename)})
            return
        # The marker ends what loading printed: the judge may have sent the first case already.
        self.end_of_case()
        self.send({"ready": True})
        while True:
            try:
                message = protocol.decode(protocol.read_frame(self.cmd_fd))
            except EOFError:
                return
            if message.get("end"):
                return
            self.answer(message["case"], message["args"])

    def answer(self, case_id: str, args: list[Any]) -> None:
        try:
            call_args, keep = self.convert_in(args)
        except Exception as exc:  # a broken case is the pack's fault; report it as such
            self.send(
                {
                    "case": case_id,
                    "ok": False,
                    "error": {
                        "type": "CaseError",
                        "message": f"could not build the input: {exc}",
                        "traceback": "",
                    },
                }
            )
            return
        # call_s is the CPU time of the thread running the call (steady on a busy machine; the
        # process clock reads 0 for short calls inside the sandbox); when timing for the complexity check
        # the collector is paused during the call, as timeit does.
        try:
            if self.timing:
                gc.disable()
            started = _call_clock()
            try:
                result = self.call(call_args)
            finally:
                elapsed = _call_clock() - started
                gc.enable()
            value = self.convert_out(result, call_args, keep)
        except structures.ConversionError as exc:
            self.end_of_case()
            self.send(
                {
                    "case": case_id,
                    "ok": False,
                    "error": {"type": "BadReturn", "message": str(exc), "traceback": ""},
                }
            )
            return
        except BaseException as exc:
            self.end_of_case()
            self.send({"case": case_id, "ok": False, "error": _error(exc, self.filename)})
            return
        self.end_of_case()
        self.send({"case": case_id, "ok": True, "value": value, "call_s": elapsed})

    # -- conversions -------------------------------------------------------------------------
    def convert_in(self, args: list[Any]) -> tuple[list[Any], dict[str, Any]]:
        style = self.entry["style"]
        if style == "design":
            return list(args), {}
        params = self.entry["params"]
        types = self.entry.get("types") or {}
        out: list[Any] = []
        keep: dict[str, Any] = {}
        first_tree = None
        for name, value in zip(params, args, strict=True):
            kind = types.get(name, "json")
            if kind == "listnode":
                value = structures.build_list(value)
            elif kind == "listnode[]":
                value = [structures.build_list(v) for v in value]
            elif kind == "listnode_cycle":
                value = structures.build_list_cycle(value)
            elif kind == "treenode":
                value = structures.build_tree(value)
                if first_tree is None:
                    first_tree = value
            elif kind == "treenode_ref":
                value = structures.find_tree_node(first_tree, value)
            elif kind == "graph":
                value = structures.build_graph(value)
                keep.setdefault("graph_ids", set()).update(structures.collect_graph_ids(value))
            elif kind == "ndarray" and value is not None:  # None stays None (optional arrays)
                import numpy

                value = numpy.array(value)
            elif kind in _LIB_IN and value is not None:
                value = _LIB_IN[kind](value)
            out.append(value)
        return out, keep

    def call(self, args: list[Any]) -> Any:
        style = self.entry["style"]
        name = self.entry["name"]
        ns = self.namespace
        if style == "function":
            return _lookup(ns, name)(*args)
        if style == "driver":
            if self.drive is None:
                raise ValueError("this problem's driver is missing")
            return self.drive(_Learner(ns), *args)
        if style == "solution":
            return getattr(_lookup(ns, "Solution")(), name)(*args)
        if style == "codec":
            first, second = self.entry["methods"]
            cls = _lookup(ns, name)
            encoded = getattr(cls(), first)(*args)
            if not isinstance(encoded, str):
                raise structures.ConversionError(
                    f"{name}.{first} must return a string, it returned {type(encoded).__name__}"
                )
            return getattr(cls(), second)(encoded)
        if style == "design":
            ops, op_args = args
            instance = _lookup(ns, ops[0])(*op_args[0])
            results: list[Any] = [None]
            for op, op_arg in zip(ops[1:], op_args[1:], strict=True):
                results.append(getattr(instance, op)(*op_arg))
            return results
        raise ValueError(f"unknown call style {style!r}")

    def convert_out(self, result: Any, args: list[Any], keep: dict[str, Any]) -> Any:
        entry = self.entry
        kind = entry.get("returns") or "json"
        mutated = entry.get("mutates")
        if mutated:
            index = entry["params"].index(mutated)
            result = args[index]
            kind = (entry.get("types") or {}).get(mutated, "json")
        if kind == "listnode":
            return structures.list_to_json(result)
        if kind == "treenode":
            return structures.tree_to_json(result)
        if kind == "treenode_ref":
            if result is None:
                return None
            if not isinstance(result, structures.TreeNode):
                raise structures.ConversionError(f"expected a TreeNode, found {type(result).__name__}")
            return result.val
        if kind == "graph":
            return structures.graph_to_json(result, keep.get("graph_ids"))
        if kind == "ndarray":
            import numpy

            try:
                array = numpy.asarray(result)
            except Exception as exc:
                raise structures.ConversionError(f"the answer is not an array: {exc}") from None
            if array.dtype.kind not in "biuf":
                raise structures.ConversionError(
                    f"the answer must be a numeric array, got dtype {array.dtype}"
                )
            return array
        if kind == "tensor":
            return libvalues.tensor_out(result)
        if kind == "dataframe":
            return libvalues.frame_out(result)
        if kind == "series":
            return libvalues.series_out(result)
        if kind == "value":
            return libvalues.plain(result)
        return result


_LIB_IN = {"tensor": libvalues.tensor_in, "dataframe": libvalues.frame_in, "series": libvalues.series_in}


class _Learner:
    """What a pack's driver sees of the learner's code: ``learner.Name`` is what it defined."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> Any:
        return _lookup(self._namespace, name)


def _driver(source: Any, learner_namespace: dict[str, Any]) -> Any:
    """The pack's ``drive(learner, *args)`` (trusted pack code, loaded after the learner's)."""
    if not isinstance(source, str):
        return None
    namespace: dict[str, Any] = {"__name__": "driver"}
    exec(compile(source, "driver.py", "exec"), namespace)
    drive = namespace.get("drive")
    if not callable(drive):
        raise ValueError("the problem's driver.py defines no drive(learner, *args)")
    return drive


class _Forbidden:
    """Stands in for a forbidden attribute of an already imported library (``torch.nn.X``)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def _refuse(self, *_: Any, **__: Any) -> Any:
        raise ForbiddenImport(f"using '{self._name}' is not allowed in this problem: write it yourself")

    __call__ = _refuse

    def __getattr__(self, _: str) -> Any:
        self._refuse()

    def __mro_entries__(self, _: Any) -> Any:
        self._refuse()


def _forbid_attributes(forbidden: list[str]) -> None:
    """The runtime half of a dotted ban: a module already imported before the learner's code
    (a preloaded library) keeps the banned name as an attribute that refuses to be used. The
    static check catches the name in the text; this catches ``getattr`` tricks."""
    for name in forbidden:
        parent_name, _, attribute = name.rpartition(".")
        parent = sys.modules.get(parent_name) if parent_name else None
        if parent is not None and hasattr(parent, attribute):
            try:
                setattr(parent, attribute, _Forbidden(name))
            except (AttributeError, TypeError):
                pass


def _lookup(ns: dict[str, Any], name: str) -> Any:
    try:
        return ns[name]
    except KeyError:
        raise NameError(f"your code does not define {name!r}") from None


def main(cmd_fd: int, res_fd: int) -> None:
    """Run one job on this (main) thread; returns when the judge ends the job.

    The worker was started with a 512 MB stack limit, so deep recursion needs no extra thread.
    Threads the learner starts get an ordinary 8 MB stack.
    """
    sys.setrecursionlimit(RECURSION_LIMIT)
    threading.stack_size(8 * 1024 * 1024)
    job = Job(cmd_fd, res_fd)
    try:
        job.run()
    except BaseException as exc:  # a harness failure: report what broke it, never hang
        try:
            job.send(
                {
                    "fatal": "".join(traceback.format_exception(exc))[-4000:],
                    "type": type(exc).__name__,
                    "code_ran": job.code_ran,
                }
            )
        except Exception:
            pass
