# Wrong: breadth-first version that swaps correctly but only enqueues the left child, so subtrees hanging on the right are never mirrored.
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        queue = deque([root] if root else [])
        while queue:
            node = queue.popleft()
            node.left, node.right = node.right, node.left
            if node.left:
                queue.append(node.left)
        return root
