# Correct but quadratic: tests every pair of meetings for an overlap.
class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        n = len(intervals)
        for i in range(n):
            s1, e1 = intervals[i]
            for j in range(i + 1, n):
                s2, e2 = intervals[j]
                if s1 < e2 and s2 < e1:
                    return False
        return True
