# Wrong: overwrites node.next before saving it, so the walk stops after the first node.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        node = head
        while node:
            node.next = prev
            prev = node
            node = node.next
        return prev
