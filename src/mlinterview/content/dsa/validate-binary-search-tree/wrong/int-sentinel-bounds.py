# Wrong: starts the bounds at -2^31 and 2^31 - 1 with strict comparisons, so a valid tree holding either extreme value is rejected.
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        def valid(node, low, high):
            if not node:
                return True
            if not (low < node.val < high):
                return False
            return valid(node.left, low, node.val) and valid(node.right, node.val, high)

        return valid(root, -2**31, 2**31 - 1)
