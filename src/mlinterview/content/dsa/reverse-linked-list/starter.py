class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        """Reverse the singly linked list starting at head and return the new head."""
        pass
