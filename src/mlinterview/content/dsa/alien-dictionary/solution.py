from collections import deque


class Solution:
    def alienOrder(self, words: List[str]) -> str:
        # Every letter that occurs must be placed, even if no clue mentions it.
        after: dict[str, set[str]] = {ch: set() for word in words for ch in word}
        indegree = {ch: 0 for ch in after}

        # A sorted list is sorted exactly when each adjacent pair is in order, so adjacent
        # pairs carry all the information. Only the first differing letter of a pair tells
        # anything; later letters are unconstrained.
        for first, second in zip(words, words[1:]):
            for a, b in zip(first, second):
                if a != b:
                    if b not in after[a]:
                        after[a].add(b)
                        indegree[b] += 1
                    break
            else:
                # No differing letter: the longer word must not come first.
                if len(first) > len(second):
                    return ""

        # Kahn's topological sort: repeatedly emit a letter nothing still has to precede.
        ready = deque(ch for ch, d in indegree.items() if d == 0)
        order = []
        while ready:
            ch = ready.popleft()
            order.append(ch)
            for nxt in sorted(after[ch]):  # sorted only to make the output reproducible
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    ready.append(nxt)

        # Letters left out sit on a cycle of contradictory clues.
        return "".join(order) if len(order) == len(after) else ""
