# Correct but quadratic: for every meeting start, counts how many meetings are running at that moment.
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        best = 0
        for t, _ in intervals:
            running = 0
            for s, e in intervals:
                if s <= t < e:
                    running += 1
            best = max(best, running)
        return best
