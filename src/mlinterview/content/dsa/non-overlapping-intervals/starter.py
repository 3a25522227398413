class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        """Return the fewest intervals to remove so that the rest do not overlap."""
        pass
