class Solution:
    def lowestCommonAncestor(self, root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
        """Return the deepest node of the BST that has both p and q in its subtree."""
        pass
