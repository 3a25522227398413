"""LeetCode's node classes and their array encodings.

``ListNode``, ``TreeNode`` and ``Node`` have the attribute names and constructors LeetCode
uses, so pasted solutions run unchanged. The ``build_*`` functions turn a case's JSON into
nodes; the ``*_to_json`` functions turn what a solution returns back into JSON, refusing
cycles and oversized structures with a message a learner can act on.
"""

from __future__ import annotations

from collections import deque
from itertools import pairwise
from typing import Any

MAX_NODES = 2_000_000


class ConversionError(Exception):
    """A returned value cannot be read as the type the problem expects."""


class ListNode:
    def __init__(self, val: Any = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        try:
            values = list_to_json(self)
        except ConversionError:
            values = ["..."]
        return f"ListNode({values})"


class TreeNode:
    def __init__(self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val})"


class Node:
    """A graph node, as in LeetCode's clone-graph."""

    def __init__(self, val: Any = 0, neighbors: list[Node] | None = None) -> None:
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []

    def __repr__(self) -> str:
        return f"Node({self.val})"


def build_list(values: list[Any] | None) -> ListNode | None:
    head: ListNode | None = None
    for value in reversed(values or []):
        head = ListNode(value, head)
    return head


def build_list_cycle(spec: list[Any]) -> ListNode | None:
    """``[values, pos]``: the last node links back to index ``pos`` (-1 for no cycle)."""
    values, pos = spec
    nodes = [ListNode(v) for v in values]
    for a, b in pairwise(nodes):
        a.next = b
    if nodes and pos is not None and 0 <= pos < len(nodes):
        nodes[-1].next = nodes[pos]
    return nodes[0] if nodes else None


def list_to_json(head: Any) -> list[Any]:
    values: list[Any] = []
    seen: set[int] = set()
    node = head
    while node is not None:
        if not isinstance(node, ListNode):
            raise ConversionError(f"expected a ListNode, found {type(node).__name__}")
        if id(node) in seen:
            raise ConversionError("the returned list has a cycle")
        seen.add(id(node))
        if len(values) >= MAX_NODES:
            raise ConversionError("the returned list is too long")
        values.append(node.val)
        node = node.next
    return values


def build_tree(values: list[Any] | None) -> TreeNode | None:
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = deque([root])
    i = 1
    while queue and i < len(values):
        node = queue.popleft()
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


def tree_to_json(root: Any) -> list[Any]:
    if root is None:
        return []
    out: list[Any] = []
    seen: set[int] = set()
    queue: deque[Any] = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        if not isinstance(node, TreeNode):
            raise ConversionError(f"expected a TreeNode, found {type(node).__name__}")
        if id(node) in seen:
            raise ConversionError("the returned tree shares a node (it is not a tree)")
        seen.add(id(node))
        if len(seen) > MAX_NODES:
            raise ConversionError("the returned tree is too large")
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def find_tree_node(root: TreeNode | None, value: Any) -> TreeNode | None:
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.val == value:
            return node
        stack.append(node.right)
        stack.append(node.left)
    return None


def build_graph(adjacency: list[list[int]] | None) -> Node | None:
    """1-indexed adjacency list; returns node 1 (or None for an empty graph)."""
    if not adjacency:
        return None
    nodes = [Node(i + 1) for i in range(len(adjacency))]
    for node, neighbours in zip(nodes, adjacency, strict=True):
        node.neighbors = [nodes[j - 1] for j in neighbours]
    return nodes[0]


def graph_to_json(start: Any, forbidden_ids: set[int] | None = None) -> list[list[Any]]:
    """Adjacency list of the graph reachable from ``start``, nodes placed by value.

    ``forbidden_ids`` holds the ids of the input's nodes: returning any of them means the
    graph was not copied.
    """
    if start is None:
        return []
    if not isinstance(start, Node):
        raise ConversionError(f"expected a Node, found {type(start).__name__}")
    by_value: dict[Any, Node] = {}
    queue = deque([start])
    seen = {id(start)}
    while queue:
        node = queue.popleft()
        if forbidden_ids and id(node) in forbidden_ids:
            raise ConversionError("the returned graph reuses the input's nodes instead of copying them")
        if node.val in by_value:
            raise ConversionError(f"two nodes hold the value {node.val!r}")
        by_value[node.val] = node
        if len(by_value) > MAX_NODES:
            raise ConversionError("the returned graph is too large")
        for neighbour in node.neighbors:
            if not isinstance(neighbour, Node):
                raise ConversionError(f"a neighbour is a {type(neighbour).__name__}, not a Node")
            if id(neighbour) not in seen:
                seen.add(id(neighbour))
                queue.append(neighbour)
    values = sorted(by_value)
    if values != list(range(1, len(values) + 1)):
        raise ConversionError("node values are not 1..n")
    return [[n.val for n in by_value[v].neighbors] for v in values]


def collect_graph_ids(start: Node | None) -> set[int]:
    ids: set[int] = set()
    stack = [start] if start is not None else []
    while stack:
        node = stack.pop()
        if id(node) in ids:
            continue
        ids.add(id(node))
        stack.extend(node.neighbors)
    return ids
