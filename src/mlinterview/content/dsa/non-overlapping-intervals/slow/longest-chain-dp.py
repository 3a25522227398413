# Correct but quadratic: dynamic programme for the longest chain of compatible intervals, trying every predecessor.
class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        ordered = sorted(intervals, key=lambda iv: iv[1])
        n = len(ordered)
        chain = [1] * n  # chain[i]: most intervals we can keep with ordered[i] kept last
        for i in range(n):
            start = ordered[i][0]
            for j in range(i):
                if ordered[j][1] <= start and chain[j] + 1 > chain[i]:
                    chain[i] = chain[j] + 1
        return n - max(chain)
