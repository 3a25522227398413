# Wrong: the comparison returns True as soon as subRoot runs out, so a node of root that has extra descendants below the matched part is accepted.
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def matches(a, b):
            if not b:
                return True
            if not a:
                return False
            return a.val == b.val and matches(a.left, b.left) and matches(a.right, b.right)

        stack = [root]
        while stack:
            node = stack.pop()
            if node:
                if matches(node, subRoot):
                    return True
                stack.append(node.left)
                stack.append(node.right)
        return False
