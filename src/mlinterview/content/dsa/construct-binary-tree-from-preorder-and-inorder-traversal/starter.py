class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        """Rebuild the tree whose preorder and inorder walks are given; return its root."""
        pass
