# Wrong: uses <= and >= to decide to go down, so when the current node is p (or q) it steps past it instead of returning it.
class Solution:
    def lowestCommonAncestor(self, root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
        node = root
        while node:
            if p.val <= node.val and q.val <= node.val:
                node = node.left
            elif p.val >= node.val and q.val >= node.val:
                node = node.right
            else:
                return node
        return None
