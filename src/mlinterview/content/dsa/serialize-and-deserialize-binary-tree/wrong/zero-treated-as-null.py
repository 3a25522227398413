# Wrong: tests parsed values for truthiness, so every node whose value is 0 disappears.
from collections import deque


class Codec:
    def serialize(self, root):
        out, queue = [], deque([root])
        while queue:
            node = queue.popleft()
            if node:
                out.append(str(node.val))
                queue.append(node.left)
                queue.append(node.right)
            else:
                out.append("null")
        return ",".join(out)

    def deserialize(self, data):
        vals = [None if t == "null" else int(t) for t in data.split(",")]
        if not vals[0]:
            return None
        root = TreeNode(vals[0])
        queue = deque([root])
        i = 1
        while queue and i < len(vals):
            node = queue.popleft()
            if vals[i]:
                node.left = TreeNode(vals[i])
                queue.append(node.left)
            i += 1
            if i < len(vals) and vals[i]:
                node.right = TreeNode(vals[i])
                queue.append(node.right)
            i += 1
        return root
