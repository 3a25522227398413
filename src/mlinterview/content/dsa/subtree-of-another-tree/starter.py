class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        """Return True if some node of root, with all its descendants, is identical to subRoot."""
        pass
