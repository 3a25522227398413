class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        """Return the fewest rooms needed to hold all meetings (end == start can share)."""
        pass
