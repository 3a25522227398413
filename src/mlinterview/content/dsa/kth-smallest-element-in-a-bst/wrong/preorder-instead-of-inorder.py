# Wrong: collects the values in preorder (node before its left subtree), which is not sorted, and returns the k-th of those.
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        values = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node:
                values.append(node.val)
                stack.append(node.right)
                stack.append(node.left)
        return values[k - 1]
