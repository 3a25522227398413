"""Linked lists for brute-force oracles.

A case stores a linked list as its array of values; a brute force may be handed that array or
a ``ListNode`` chain (anything with ``val`` and ``next``).
"""


def as_values(head):
    """The values of a list given as an array (or None) or as a ListNode chain, as a new list."""
    if head is None or isinstance(head, list):
        return list(head or [])
    out = []
    while head is not None:
        out.append(head.val)
        head = head.next
    return out
