# Places the new interval only when a later interval is found, so it is lost when it belongs at the end.
class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        start, end = newInterval
        result = []
        placed = False
        for s, e in intervals:
            if e < start:
                result.append([s, e])
            elif s > end:
                if not placed:
                    result.append([start, end])
                    placed = True
                result.append([s, e])
            else:
                start, end = min(start, s), max(end, e)
        return result
