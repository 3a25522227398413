from collections import deque


class Codec:
    # Level order with an explicit marker for every missing child. Recording the holes is what
    # makes the encoding unambiguous: without them a lone child could be a left or a right one.
    # Both directions are iterative, so a chain of 10^4 nodes costs no recursion depth.

    def serialize(self, root: Optional[TreeNode]) -> str:
        tokens = []
        queue = deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                tokens.append("#")
                continue
            tokens.append(str(node.val))
            queue.append(node.left)
            queue.append(node.right)
        # Trailing markers carry no information: every slot after the last value is empty.
        while tokens and tokens[-1] == "#":
            tokens.pop()
        return ",".join(tokens)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        if not data:
            return None
        tokens = data.split(",")
        root = TreeNode(int(tokens[0]))
        parents = deque([root])
        i = 1
        # The tokens after the root are the children of the real nodes, two per node, in the
        # same order the nodes were dequeued during serialization.
        while i < len(tokens):
            node = parents.popleft()
            for side in ("left", "right"):
                if i < len(tokens) and tokens[i] != "#":
                    child = TreeNode(int(tokens[i]))
                    setattr(node, side, child)
                    parents.append(child)
                i += 1
        return root
