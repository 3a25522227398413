class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        """Return True if p and q have the same shape and the same value at every node."""
        pass
