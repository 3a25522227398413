class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        """Return the node values level by level, each level from left to right."""
        pass
