# Wrong: treats p as the smaller of the two nodes; when p.val > q.val it walks the wrong way and never finds a split.
class Solution:
    def lowestCommonAncestor(self, root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
        node = root
        while node:
            if node.val > q.val:
                node = node.left
            elif node.val < p.val:
                node = node.right
            else:
                return node
        return None
