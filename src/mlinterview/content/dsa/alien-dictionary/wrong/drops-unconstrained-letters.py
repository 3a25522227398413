# Wrong: only letters that take part in some ordering clue make it into the answer; the rest are forgotten.
from collections import defaultdict, deque


class Solution:
    def alienOrder(self, words: List[str]) -> str:
        graph = defaultdict(set)
        indeg = {}
        for w1, w2 in zip(words, words[1:]):
            for a, b in zip(w1, w2):
                if a != b:
                    indeg.setdefault(a, 0)
                    indeg.setdefault(b, 0)
                    if b not in graph[a]:
                        graph[a].add(b)
                        indeg[b] += 1
                    break
            else:
                if len(w1) > len(w2):
                    return ""
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
