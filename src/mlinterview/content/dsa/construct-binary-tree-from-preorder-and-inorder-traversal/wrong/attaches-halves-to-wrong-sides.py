# Wrong: splits the slices correctly but hangs the left part on node.right and the right part on node.left, building the mirror image.
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        if not preorder:
            return None
        root = TreeNode(preorder[0])
        mid = inorder.index(preorder[0])
        root.right = self.buildTree(preorder[1:mid + 1], inorder[:mid])
        root.left = self.buildTree(preorder[mid + 1:], inorder[mid + 1:])
        return root
