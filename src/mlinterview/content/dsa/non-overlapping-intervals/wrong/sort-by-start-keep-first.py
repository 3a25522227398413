# Sorts by start and always keeps the earlier interval of an overlapping pair, even when it is a long one that blocks many others.
class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        ordered = sorted(intervals)
        removed = 0
        last_end = ordered[0][1]
        for start, end in ordered[1:]:
            if start < last_end:
                removed += 1
            else:
                last_end = end
        return removed
