# Wrong: reverses the pointers correctly but returns the loop cursor (always None) instead of prev.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev, node = None, head
        while node:
            nxt = node.next
            node.next = prev
            prev = node
            node = nxt
        return node
