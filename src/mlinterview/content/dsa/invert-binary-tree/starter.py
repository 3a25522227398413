class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        """Mirror the tree (swap left and right at every node) and return its root."""
        pass
