class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        """Unlink the n-th node counted from the tail (the tail is 1) and return the head."""
        pass
