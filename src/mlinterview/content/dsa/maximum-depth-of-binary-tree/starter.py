class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        """Return the number of nodes on the longest path from root down to a leaf."""
        pass
