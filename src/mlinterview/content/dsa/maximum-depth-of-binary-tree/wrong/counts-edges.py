# Wrong: measures the longest path in edges, so every non-empty tree comes out one short.
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        def height(node):
            if node is None:
                return -1
            return 1 + max(height(node.left), height(node.right))

        return max(height(root), 0)
