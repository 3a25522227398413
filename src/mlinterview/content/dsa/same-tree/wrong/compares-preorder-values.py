# Wrong: compares the preorder lists of values without recording missing children, so trees with different shapes but the same visiting order look equal.
class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        def preorder(node, out):
            if node:
                out.append(node.val)
                preorder(node.left, out)
                preorder(node.right, out)
            return out

        return preorder(p, []) == preorder(q, [])
