class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        """Return True if every node is greater than all of its left subtree and smaller than all of its right subtree."""
        pass
