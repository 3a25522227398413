# Wrong: skips pairs with no differing letter, so a word followed by its own prefix (["abc", "ab"]) still gets an order.
from collections import defaultdict, deque


class Solution:
    def alienOrder(self, words: List[str]) -> str:
        graph = defaultdict(set)
        indeg = {c: 0 for w in words for c in w}
        for w1, w2 in zip(words, words[1:]):
            for a, b in zip(w1, w2):
                if a != b:
                    if b not in graph[a]:
                        graph[a].add(b)
                        indeg[b] += 1
                    break
        queue = deque(c for c in indeg if indeg[c] == 0)
        out = []
        while queue:
            c = queue.popleft()
            out.append(c)
            for d in graph[c]:
                indeg[d] -= 1
                if indeg[d] == 0:
                    queue.append(d)
        return "".join(out) if len(out) == len(indeg) else ""
