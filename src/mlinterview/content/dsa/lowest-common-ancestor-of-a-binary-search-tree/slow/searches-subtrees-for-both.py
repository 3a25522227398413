# Correct but O(n^2) on deep trees: ignores the ordering and, at every step down, searches a whole subtree for p and then for q.
class Solution:
    def lowestCommonAncestor(self, root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
        def contains(node, target):
            stack = [node]
            while stack:
                cur = stack.pop()
                if cur is target:
                    return True
                if cur:
                    stack.append(cur.left)
                    stack.append(cur.right)
            return False

        node = root
        while True:
            if contains(node.left, p) and contains(node.left, q):
                node = node.left
            elif contains(node.right, p) and contains(node.right, q):
                node = node.right
            else:
                return node
