class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        """Return the largest sum over all non-empty paths in the tree."""
        pass
