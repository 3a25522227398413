class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        """Return True if no two meetings overlap (touching end/start is allowed)."""
        pass
