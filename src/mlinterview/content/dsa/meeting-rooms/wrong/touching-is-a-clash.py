# Uses "<=" so a meeting that starts exactly when the previous one ends is reported as a clash.
class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        ordered = sorted(intervals)
        for i in range(1, len(ordered)):
            if ordered[i][0] <= ordered[i - 1][1]:
                return False
        return True
