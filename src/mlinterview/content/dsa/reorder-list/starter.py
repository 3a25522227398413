class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        """Rewire the list in place to L0, Ln, L1, Ln-1, ... Return nothing."""
        pass
