# Correct but O(n^2) on deep trees: at every step down it counts the whole left subtree again to decide where rank k lies.
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        def count(node):
            total, stack = 0, [node]
            while stack:
                cur = stack.pop()
                if cur:
                    total += 1
                    stack.append(cur.left)
                    stack.append(cur.right)
            return total

        node = root
        while node:
            left = count(node.left)
            if k == left + 1:
                return node.val
            if k <= left:
                node = node.left
            else:
                k -= left + 1
                node = node.right
