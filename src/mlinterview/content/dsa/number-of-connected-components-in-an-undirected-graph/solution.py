class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # Union-find: start with n singleton groups; every edge that joins two different
        # groups merges them and removes exactly one group. Edges inside a group change
        # nothing, so cycles need no special care.
        parent = list(range(n))
        size = [1] * n

        def find(x: int) -> int:
            # Path halving keeps the trees shallow without recursion.
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        components = n
        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                continue
            # Union by size: hang the smaller tree under the larger one.
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            components -= 1
        return components
