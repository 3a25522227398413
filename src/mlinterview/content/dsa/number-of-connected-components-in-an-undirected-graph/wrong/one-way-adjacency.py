# Wrong: stores each edge in one direction only, so a search cannot walk a cable backwards and splits components.
class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        graph = [[] for _ in range(n)]
        for a, b in edges:
            graph[a].append(b)
        seen = [False] * n
        count = 0
        for start in range(n):
            if seen[start]:
                continue
            count += 1
            seen[start] = True
            stack = [start]
            while stack:
                node = stack.pop()
                for nxt in graph[node]:
                    if not seen[nxt]:
                        seen[nxt] = True
                        stack.append(nxt)
        return count
