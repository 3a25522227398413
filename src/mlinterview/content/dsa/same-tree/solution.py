class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        # Walk both trees in lockstep with an explicit stack of node pairs (no recursion
        # limit to worry about). Each pair must be "both missing" or "both present with
        # equal values"; then their left children and right children must match pairwise.
        stack = [(p, q)]
        while stack:
            a, b = stack.pop()
            if a is None and b is None:
                continue
            if a is None or b is None or a.val != b.val:
                return False
            stack.append((a.left, b.left))
            stack.append((a.right, b.right))
        return True
