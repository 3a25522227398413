class Solution:
    def lowestCommonAncestor(self, root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
        # Walk down from the root. While p and q are both smaller than the current node they
        # both live in its left subtree, and while both are larger, in its right subtree;
        # the ancestor is deeper. The first node where they are not on the same side (one
        # goes left and one right, or the node *is* p or q) is the split point: no deeper
        # node contains both. O(h) time, O(1) memory.
        node = root
        while True:
            if p.val < node.val and q.val < node.val:
                node = node.left
            elif p.val > node.val and q.val > node.val:
                node = node.right
            else:
                return node
