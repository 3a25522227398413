class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        """Return True if following next pointers from head ever revisits a node."""
        pass
