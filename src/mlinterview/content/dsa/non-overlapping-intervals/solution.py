class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Keeping as many intervals as possible = removing as few as possible. Greedy: among
        # the intervals compatible with what we kept, keep the one that ends first. It
        # leaves the most room for the rest, so an exchange argument shows it is never worse.
        removed = 0
        last_end = float("-inf")
        for start, end in sorted(intervals, key=lambda iv: iv[1]):
            if start >= last_end:  # ">=": touching at an endpoint is not an overlap
                last_end = end
            else:
                removed += 1       # it overlaps a kept interval that ends no later
        return removed
