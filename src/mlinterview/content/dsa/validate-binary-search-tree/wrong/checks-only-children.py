# Wrong: only compares each node with its own two children, missing a deep node that breaks the bound set by a higher ancestor.
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        stack = [root]
        while stack:
            node = stack.pop()
            if not node:
                continue
            if node.left and node.left.val >= node.val:
                return False
            if node.right and node.right.val <= node.val:
                return False
            stack.append(node.left)
            stack.append(node.right)
        return True
