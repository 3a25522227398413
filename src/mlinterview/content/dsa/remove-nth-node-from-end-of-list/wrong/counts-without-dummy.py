# Wrong: counts the length and walks to the predecessor from head; when n == length there is no predecessor, and it deletes the second node instead of the head.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        length = 0
        node = head
        while node:
            length += 1
            node = node.next
        if length == 1:
            return None
        prev = head
        for _ in range(length - n - 1):
            prev = prev.next
        prev.next = prev.next.next
        return head
