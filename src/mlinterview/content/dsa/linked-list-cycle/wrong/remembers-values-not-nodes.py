# Wrong: remembers the values it has seen, so a repeated value in a loop-free list looks like a cycle.
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        seen = set()
        node = head
        while node is not None:
            if node.val in seen:
                return True
            seen.add(node.val)
            node = node.next
        return False
