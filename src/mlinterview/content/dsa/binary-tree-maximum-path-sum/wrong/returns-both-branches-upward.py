# Wrong: hands node.val + left + right up to the parent, so the parent extends a path that already forks, which is not a path.
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = root.val

        def gain(node):
            nonlocal best
            if not node:
                return 0
            left = max(gain(node.left), 0)
            right = max(gain(node.right), 0)
            through = node.val + left + right
            best = max(best, through)
            return through

        gain(root)
        return best
