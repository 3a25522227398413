# Slow: after the edge count check, runs a full BFS from every node to confirm it reaches all others: O(n * (n + edges)).
class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        if len(edges) != n - 1:
            return False
        graph = [[] for _ in range(n)]
        for a, b in edges:
            graph[a].append(b)
            graph[b].append(a)
        for start in range(n):
            seen = {start}
            queue = deque([start])
            while queue:
                node = queue.popleft()
                for nxt in graph[node]:
                    if nxt not in seen:
                        seen.add(nxt)
                        queue.append(nxt)
            if len(seen) != n:
                return False
        return True
