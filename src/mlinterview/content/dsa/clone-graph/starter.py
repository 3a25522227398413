class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        """Return a deep copy of the connected graph that contains node."""
        pass
