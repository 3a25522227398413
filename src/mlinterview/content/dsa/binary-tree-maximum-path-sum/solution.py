class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Every path has one highest node, where it may bend. For each node compute
        # gain(node): the best sum of a path that starts at node and goes straight down.
        # The best path bending at node is node.val + max(gain(left), 0) + max(gain(right), 0):
        # a branch with negative gain is simply not taken. One post-order pass.
        best = root.val  # a real path sum, never 0: all values may be negative

        def gain(node: Optional[TreeNode]) -> int:
            nonlocal best
            if node is None:
                return 0
            left = max(gain(node.left), 0)
            right = max(gain(node.right), 0)
            best = max(best, node.val + left + right)
            # A path that continues upward through the parent can use only one branch.
            return node.val + max(left, right)

        gain(root)
        return best
