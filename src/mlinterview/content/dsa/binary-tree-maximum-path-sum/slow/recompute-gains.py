# Correct but O(n^2) on deep trees: for every node it recomputes the best downward path of each child from scratch.
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        def down(node):
            # best sum of a path starting at node and going down (0 if node is None)
            if not node:
                return 0
            return node.val + max(0, down(node.left), down(node.right))

        best = root.val
        stack = [root]
        while stack:
            node = stack.pop()
            total = node.val + max(0, down(node.left)) + max(0, down(node.right))
            best = max(best, total)
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        return best
