"""Every call style of the contract, judged for real in the sandbox."""

from __future__ import annotations

from mlinterview.judge.execution import Limits
from mlinterview.judge.grader import Case, Task, judge
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import Verdict


def run(
    pool: WorkerPool, code: str, entry: dict, cases: list[Case], checker: str = "exact", **options: object
):
    return judge(pool, Task(code, entry, Limits(time_s=2.0), checker=checker, checker_options=options), cases)


def test_leetcode_solution_class_with_predefined_names(pool: WorkerPool) -> None:
    code = """
class Solution:
    def topTwo(self, nums: List[int]) -> List[int]:
        counts = Counter(nums)
        heap = [(-c, v) for v, c in counts.items()]
        heapify(heap)
        return [heappop(heap)[1] for _ in range(2)]
"""
    entry = {"style": "solution", "name": "topTwo", "params": ["nums"]}
    report = run(pool, code, entry, [Case("a", [[1, 1, 2, 2, 2, 3]], [2, 1], True)])
    assert report.verdict is Verdict.ACCEPTED, report.message


def test_fresh_instance_and_fresh_arguments_per_case(pool: WorkerPool) -> None:
    code = """
class Solution:
    calls = 0
    def __init__(self):
        self.seen = []
    def f(self, xs):
        self.seen.append(1)
        xs.append(99)
        return len(self.seen) + len(xs)
"""
    entry = {"style": "solution", "name": "f", "params": ["xs"]}
    cases = [Case(str(i), [[1, 2]], 4, True) for i in range(3)]
    assert run(pool, code, entry, cases).verdict is Verdict.ACCEPTED


def test_design_class_driven_by_operation_list(pool: WorkerPool) -> None:
    code = """
class Counter2:
    def __init__(self, start):
        self.n = start
    def add(self, k):
        self.n += k
    def get(self):
        return self.n
"""
    entry = {"style": "design", "name": "Counter2", "params": ["ops", "args"]}
    case = Case(
        "a",
        [["Counter2", "add", "get", "add", "get"], [[5], [2], [], [3], []]],
        [None, None, 7, None, 10],
        True,
    )
    assert run(pool, code, entry, [case]).verdict is Verdict.ACCEPTED
    wrong = code.replace("self.n += k", "self.n = k")
    assert run(pool, wrong, entry, [case]).verdict is Verdict.WRONG_ANSWER


def test_linked_lists_in_and_out(pool: WorkerPool) -> None:
    code = """
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
"""
    entry = {
        "style": "solution",
        "name": "reverseList",
        "params": ["head"],
        "types": {"head": "listnode"},
        "returns": "listnode",
    }
    cases = [Case("a", [[1, 2, 3]], [3, 2, 1], True), Case("empty", [[]], [])]
    assert run(pool, code, entry, cases).verdict is Verdict.ACCEPTED


def test_returning_a_cyclic_list_is_a_wrong_answer_not_a_hang(pool: WorkerPool) -> None:
    code = """
class Solution:
    def reverseList(self, head):
        if head:
            head.next = head
        return head
"""
    entry = {
        "style": "solution",
        "name": "reverseList",
        "params": ["head"],
        "types": {"head": "listnode"},
        "returns": "listnode",
    }
    report = run(pool, code, entry, [Case("a", [[1, 2]], [2, 1], True)])
    assert report.verdict is Verdict.WRONG_ANSWER
    assert "cycle" in report.cases[0].message


def test_trees_and_node_references(pool: WorkerPool) -> None:
    code = """
class Solution:
    def lca(self, root, p, q):
        while root:
            if p.val < root.val and q.val < root.val:
                root = root.left
            elif p.val > root.val and q.val > root.val:
                root = root.right
            else:
                return root
"""
    entry = {
        "style": "solution",
        "name": "lca",
        "params": ["root", "p", "q"],
        "types": {"root": "treenode", "p": "treenode_ref", "q": "treenode_ref"},
        "returns": "treenode_ref",
    }
    tree = [6, 2, 8, 0, 4, 7, 9, None, None, 3, 5]
    cases = [Case("a", [tree, 2, 8], 6, True), Case("b", [tree, 2, 4], 2), Case("c", [tree, 3, 5], 4)]
    assert run(pool, code, entry, cases).verdict is Verdict.ACCEPTED


def test_codec_round_trip_requires_a_string(pool: WorkerPool) -> None:
    good = """
class Codec:
    def encode(self, strs):
        return "".join(f"{len(s)}#{s}" for s in strs)
    def decode(self, s):
        out, i = [], 0
        while i < len(s):
            j = s.index("#", i)
            n = int(s[i:j])
            out.append(s[j + 1:j + 1 + n])
            i = j + 1 + n
        return out
"""
    cheat = """
class Codec:
    def encode(self, strs):
        return strs
    def decode(self, s):
        return s
"""
    entry = {"style": "codec", "name": "Codec", "params": ["strs"], "methods": ["encode", "decode"]}
    cases = [Case("a", [["a#b", "", "12#"]], ["a#b", "", "12#"], True)]
    assert run(pool, good, entry, cases).verdict is Verdict.ACCEPTED
    report = run(pool, cheat, entry, cases)
    assert report.verdict is Verdict.WRONG_ANSWER
    assert "must return a string" in report.cases[0].message


def test_graph_clone_must_copy_nodes(pool: WorkerPool) -> None:
    clone = """
class Solution:
    def cloneGraph(self, node):
        if not node:
            return None
        copies = {}
        def copy(n):
            if n not in copies:
                copies[n] = Node(n.val)
                copies[n].neighbors = [copy(m) for m in n.neighbors]
            return copies[n]
        return copy(node)
"""
    same = "class Solution:\n    def cloneGraph(self, node):\n        return node\n"
    entry = {
        "style": "solution",
        "name": "cloneGraph",
        "params": ["node"],
        "types": {"node": "graph"},
        "returns": "graph",
    }
    cases = [Case("a", [[[2, 4], [1, 3], [2, 4], [1, 3]]], [[2, 4], [1, 3], [2, 4], [1, 3]], True)]
    assert run(pool, clone, entry, cases).verdict is Verdict.ACCEPTED
    report = run(pool, same, entry, cases)
    assert report.verdict is Verdict.WRONG_ANSWER
    assert "reuses the input's nodes" in report.cases[0].message


def test_in_place_mutation_is_read_back(pool: WorkerPool) -> None:
    code = "class Solution:\n    def rotate(self, m):\n        m[:] = [list(r) for r in zip(*m[::-1])]\n"
    entry = {"style": "solution", "name": "rotate", "params": ["m"], "mutates": "m"}
    cases = [Case("a", [[[1, 2], [3, 4]]], [[3, 1], [4, 2]], True)]
    assert run(pool, code, entry, cases).verdict is Verdict.ACCEPTED
    returns_copy = (
        "class Solution:\n    def rotate(self, m):\n        return [list(r) for r in zip(*m[::-1])]\n"
    )
    assert run(pool, returns_copy, entry, cases).verdict is Verdict.WRONG_ANSWER


def test_any_order_answers(pool: WorkerPool) -> None:
    code = "def groups(words):\n    return [[words[1], words[0]], [words[2]]]\n"
    entry = {"style": "function", "name": "groups", "params": ["words"]}
    case = Case("a", [["b", "a", "c"]], [["c"], ["b", "a"]], True)
    assert run(pool, code, entry, [case], "unordered", depth=2).verdict is Verdict.ACCEPTED
    assert run(pool, code, entry, [case], "unordered", depth=1).verdict is Verdict.WRONG_ANSWER


def test_validator_decides_multiple_valid_answers(pool: WorkerPool) -> None:
    def palindrome_of_max_length(args, expected, got):
        return (
            isinstance(got, str) and got == got[::-1] and got in args[0] and len(got) == len(expected)
        ) or "no"

    code = "def longest(s):\n    return 'aba' if 'aba' in s else s[:1]\n"
    task = Task(
        code,
        {"style": "function", "name": "longest", "params": ["s"]},
        Limits(),
        checker="validator",
        validator=palindrome_of_max_length,
    )
    report = judge(pool, task, [Case("a", ["babad"], "bab", True), Case("b", ["cbbd"], "bb")])
    assert report.passed == 1
    assert report.cases[1].verdict is Verdict.WRONG_ANSWER


def test_numpy_arrays_cross_the_wire(pool: WorkerPool) -> None:
    import numpy as np

    code = "import numpy as np\ndef scale(x, k):\n    return x * k\n"
    entry = {
        "style": "function",
        "name": "scale",
        "params": ["x", "k"],
        "types": {"x": "ndarray"},
        "returns": "ndarray",
    }
    x = np.random.default_rng(0).standard_normal((50, 3))
    report = judge(
        pool,
        Task(code, entry, Limits(), checker="float", checker_options={"rtol": 1e-9, "atol": 0}),
        [Case("a", [x, 2.0], x * 2.0, True)],
    )
    assert report.verdict is Verdict.ACCEPTED, report.cases[0].message
    bad = judge(
        pool,
        Task(code.replace("x * k", "x.T * k"), entry, Limits(), checker="float"),
        [Case("a", [x, 2.0], x * 2.0, True)],
    )
    assert bad.verdict is Verdict.WRONG_ANSWER
    assert "shape" in bad.cases[0].message


def test_forbidden_import_is_named(pool: WorkerPool) -> None:
    entry = {"style": "function", "name": "f", "params": ["x"]}
    for code in (
        "import sklearn\ndef f(x):\n    return x\n",
        "import numpy as np\ndef f(x):\n    return np.linalg.norm(x)\n",
        "def f(x):\n    m = __import__('scipy')\n    return x\n",
    ):
        report = judge(
            pool,
            Task(code, entry, Limits(), forbidden=["sklearn", "scipy", "numpy.linalg"]),
            [Case("a", [1], 1, True)],
        )
        assert report.verdict is Verdict.RUNTIME_ERROR
        assert "is not allowed in this problem" in report.message
    dynamic = "def f(x):\n    mod = 'sci' + 'py'\n    __import__(mod)\n    return x\n"
    report = judge(pool, Task(dynamic, entry, Limits(), forbidden=["scipy"]), [Case("a", [1], 1, True)])
    assert report.verdict is Verdict.RUNTIME_ERROR
    assert "not allowed" in report.cases[0].message


def test_prints_are_captured_per_case(pool: WorkerPool) -> None:
    code = "def f(x):\n    print('looking at', x)\n    return x\n"
    report = run(
        pool,
        code,
        {"style": "function", "name": "f", "params": ["x"]},
        [Case("a", [1], 1, True), Case("b", [2], 3, True)],
    )
    assert report.cases[0].stdout == "looking at 1\n"
    assert report.cases[1].stdout == "looking at 2\n"
    assert report.verdict is Verdict.WRONG_ANSWER
