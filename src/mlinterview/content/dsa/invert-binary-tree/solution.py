class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # Mirroring a tree = swapping the two children of every node; the order in which
        # nodes are visited does not matter, since each swap only touches one node's
        # pointers. An explicit stack keeps it safe on a deep, chain-shaped tree.
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            node.left, node.right = node.right, node.left
            stack.append(node.left)
            stack.append(node.right)
        return root
