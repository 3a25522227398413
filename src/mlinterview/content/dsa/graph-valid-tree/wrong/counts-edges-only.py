# Wrong: only checks that there are n - 1 edges; a cycle plus a cut-off node also has n - 1 edges.
class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        return len(edges) == n - 1
