class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # Every node must lie strictly inside an open interval (low, high) fixed by its
        # ancestors: going left lowers `high` to the parent's value, going right raises
        # `low`. Checking each node against its interval checks it against *all*
        # ancestors at once. None means "unbounded", so no sentinel can collide with the
        # extreme values -2^31 and 2^31 - 1. An explicit stack handles 10^4-node chains.
        stack = [(root, None, None)]
        while stack:
            node, low, high = stack.pop()
            if node is None:
                continue
            if (low is not None and node.val <= low) or (high is not None and node.val >= high):
                return False
            stack.append((node.left, low, node.val))
            stack.append((node.right, node.val, high))
        return True
