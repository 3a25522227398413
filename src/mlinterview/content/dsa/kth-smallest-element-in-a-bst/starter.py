class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        """Return the k-th smallest value (1-based) in the binary search tree."""
        pass
