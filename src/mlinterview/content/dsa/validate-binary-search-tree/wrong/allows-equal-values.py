# Wrong: checks the inorder sequence with <, accepting equal neighbours, but a BST here needs strictly increasing values.
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        prev = None
        stack = []
        node = root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if prev is not None and node.val < prev:
                return False
            prev = node.val
            node = node.right
        return True
