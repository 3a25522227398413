class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        # A tree on n nodes has exactly n - 1 edges. With that many edges, "no cycle" and
        # "connected" are equivalent, so once the count is right we only test for a cycle.
        if len(edges) != n - 1:
            return False

        parent = list(range(n))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]  # path halving
                x = parent[x]
            return x

        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                # a and b are already connected: this edge closes a cycle.
                return False
            parent[ra] = rb
        # n - 1 merges without a cycle leave exactly one component.
        return True
