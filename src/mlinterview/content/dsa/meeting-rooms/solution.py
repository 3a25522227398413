class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # In start order, a clash can only show up between neighbours: if meeting i does not
        # overlap meeting i + 1, it ends before every later meeting starts as well.
        ordered = sorted(intervals)
        for (_, prev_end), (start, _) in zip(ordered, ordered[1:]):
            if start < prev_end:  # starting exactly at prev_end is fine
                return False
        return True
