# Correct but O(n^2): repeatedly walks to the current tail and splices it in after the current node.
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        node = head
        while node and node.next and node.next.next:
            before_tail = node
            while before_tail.next.next:
                before_tail = before_tail.next
            tail = before_tail.next
            before_tail.next = None
            tail.next = node.next
            node.next = tail
            node = tail.next
