# Wrong: links a neighbor only when it is copied for the first time, so edges to already-visited nodes are lost.
from collections import deque


class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if not node:
            return None
        clones = {node: Node(node.val)}
        queue = deque([node])
        while queue:
            cur = queue.popleft()
            for nb in cur.neighbors:
                if nb not in clones:
                    clones[nb] = Node(nb.val)
                    clones[cur].neighbors.append(clones[nb])
                    queue.append(nb)
        return clones[node]
