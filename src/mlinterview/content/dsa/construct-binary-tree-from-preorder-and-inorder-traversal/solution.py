class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        # Preorder gives the roots in the order a left-first build creates them; inorder
        # tells, for each root, which values lie in its left subtree (those before it) and
        # which in its right subtree (those after it). A value -> inorder-position map makes
        # each split O(1), and working with index bounds instead of slices avoids copying,
        # so the whole build is O(n).
        position = {value: i for i, value in enumerate(inorder)}
        roots = iter(preorder)

        def build(lo: int, hi: int) -> Optional[TreeNode]:
            # Build the subtree made of inorder[lo:hi].
            if lo >= hi:
                return None
            node = TreeNode(next(roots))
            mid = position[node.val]
            # The left subtree must be built first: its roots come next in preorder.
            node.left = build(lo, mid)
            node.right = build(mid + 1, hi)
            return node

        return build(0, len(inorder))
