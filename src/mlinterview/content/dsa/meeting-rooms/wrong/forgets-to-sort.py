# Compares neighbours in the given order without sorting, so it misses or invents clashes when the input is unordered.
class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        for i in range(1, len(intervals)):
            if intervals[i][0] < intervals[i - 1][1]:
                return False
        return True
