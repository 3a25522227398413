# Slow: runs a full BFS from every node and counts a node only if it is the smallest in its component: O(n * (n + edges)).
class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        graph = [[] for _ in range(n)]
        for a, b in edges:
            graph[a].append(b)
            graph[b].append(a)
        count = 0
        for start in range(n):
            seen = {start}
            queue = deque([start])
            smallest = start
            while queue:
                node = queue.popleft()
                smallest = min(smallest, node)
                for nxt in graph[node]:
                    if nxt not in seen:
                        seen.add(nxt)
                        queue.append(nxt)
            if smallest == start:
                count += 1
        return count
