class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # Give every distinct subtree an integer id. Two subtrees are identical exactly when
        # their (value, left id, right id) triples are equal, so interning those triples in
        # one dict shared by both trees turns "is this subtree equal to subRoot?" into an
        # O(1) integer comparison. Each node is encoded once: O(n + m) expected time,
        # against O(n * m) for comparing subRoot with the subtree under every node.
        ids: dict[tuple[int, int, int], int] = {}
        ids_in_root: set[int] = set()

        def encode(node: Optional[TreeNode], in_root: bool) -> int:
            if node is None:
                return 0  # id of the empty tree
            key = (node.val, encode(node.left, in_root), encode(node.right, in_root))
            code = ids.setdefault(key, len(ids) + 1)
            if in_root:
                ids_in_root.add(code)
            return code

        target = encode(subRoot, False)
        encode(root, True)
        return target in ids_in_root
