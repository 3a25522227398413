class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        # An inorder walk of a BST (left subtree, node, right subtree) meets the values in
        # increasing order, so the k-th node it pops is the answer. Doing the walk with an
        # explicit stack lets us stop right there: O(h + k) time, O(h) memory.
        stack = []
        node = root
        while True:
            # Slide down to the smallest node not yet visited, remembering the path.
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            node = node.right
