# Wrong: returns the graph it was given; the adjacency matches, but nothing was copied.
class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        return node
