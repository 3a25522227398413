class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        """Count the connected components of the undirected graph on nodes 0..n-1."""
        pass
