# Correct but O(n^2) on deep trees: for every node it walks its whole left subtree for the maximum and its whole right subtree for the minimum.
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        def values(node):
            stack, out = [node], []
            while stack:
                cur = stack.pop()
                if cur:
                    out.append(cur.val)
                    stack.append(cur.left)
                    stack.append(cur.right)
            return out

        stack = [root]
        while stack:
            node = stack.pop()
            if not node:
                continue
            if node.left and max(values(node.left)) >= node.val:
                return False
            if node.right and min(values(node.right)) <= node.val:
                return False
            stack.append(node.left)
            stack.append(node.right)
        return True
