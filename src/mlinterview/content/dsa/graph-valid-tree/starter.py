class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        """Return True if the undirected graph on nodes 0..n-1 is a single tree."""
        pass
