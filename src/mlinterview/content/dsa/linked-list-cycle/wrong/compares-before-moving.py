# Wrong: checks slow == fast before advancing, so both pointers still sit on head and any list of two or more nodes "has a cycle".
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        slow = fast = head
        while fast is not None and fast.next is not None:
            if slow is fast:
                return True
            slow = slow.next
            fast = fast.next.next
        return False
