# Wrong: writes only the values in level order and rebuilds them as a complete tree, so any hole in the shape is lost.
class Codec:
    def serialize(self, root):
        vals, level = [], [root] if root else []
        while level:
            nxt = []
            for node in level:
                vals.append(str(node.val))
                if node.left:
                    nxt.append(node.left)
                if node.right:
                    nxt.append(node.right)
            level = nxt
        return " ".join(vals)

    def deserialize(self, data):
        if not data:
            return None
        nodes = [TreeNode(int(v)) for v in data.split()]
        for i, node in enumerate(nodes):
            if 2 * i + 1 < len(nodes):
                node.left = nodes[2 * i + 1]
            if 2 * i + 2 < len(nodes):
                node.right = nodes[2 * i + 2]
        return nodes[0]
