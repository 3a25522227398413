# Wrong: ignores inorder and inserts the preorder values into a binary search tree, which only rebuilds trees that happen to be BSTs.
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        root = TreeNode(preorder[0])
        for value in preorder[1:]:
            node = root
            while True:
                if value < node.val:
                    if node.left is None:
                        node.left = TreeNode(value)
                        break
                    node = node.left
                else:
                    if node.right is None:
                        node.right = TreeNode(value)
                        break
                    node = node.right
        return root
