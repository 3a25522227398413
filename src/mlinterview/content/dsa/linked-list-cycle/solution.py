class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Floyd's tortoise and hare: `fast` moves two steps for every step of `slow`.
        # Without a loop, `fast` falls off the end first. With a loop, both end up going
        # around it and the gap between them shrinks by one node per step, so `fast`
        # must land exactly on `slow` after at most one lap. O(n) time, O(1) memory.
        slow = fast = head
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
            # Compare identities after moving: at the start both sit on head.
            if slow is fast:
                return True
        return False
