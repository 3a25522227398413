# Wrong: tests k == 0 before counting the current node, so it returns the (k+1)-th smallest value (and nothing at all when k == n).
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        stack = []
        node = root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if k == 0:
                return node.val
            k -= 1
            node = node.right
