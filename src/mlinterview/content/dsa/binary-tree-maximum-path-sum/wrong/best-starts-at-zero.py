# Wrong: initialises the best sum to 0, as if the empty path were allowed, so a tree with only negative values answers 0.
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = 0

        def gain(node):
            nonlocal best
            if not node:
                return 0
            left = max(gain(node.left), 0)
            right = max(gain(node.right), 0)
            best = max(best, node.val + left + right)
            return node.val + max(left, right)

        gain(root)
        return best
