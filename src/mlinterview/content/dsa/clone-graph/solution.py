from collections import deque


class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if node is None:
            return None
        # original node -> its copy. The map doubles as the "visited" set: in a graph with
        # cycles, a node reached a second time must be linked to its existing copy, not
        # copied again.
        copies = {node: Node(node.val)}
        queue = deque([node])
        while queue:
            current = queue.popleft()
            for neighbor in current.neighbors:
                if neighbor not in copies:
                    copies[neighbor] = Node(neighbor.val)
                    queue.append(neighbor)
                # Link every edge, including those to nodes that were already copied;
                # iterating in order keeps each neighbors list in the original order.
                copies[current].neighbors.append(copies[neighbor])
        return copies[node]
