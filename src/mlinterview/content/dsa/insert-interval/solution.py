class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        start, end = newInterval
        result = []
        i, n = 0, len(intervals)

        # 1. Intervals that end before the new one starts are untouched. Strict "<":
        #    an interval ending exactly at `start` shares that point and must merge.
        while i < n and intervals[i][1] < start:
            result.append(intervals[i])
            i += 1

        # 2. Every interval starting at or before `end` now overlaps the (growing) new
        #    interval: absorb it. The input is sorted, so these form one contiguous run.
        while i < n and intervals[i][0] <= end:
            start = min(start, intervals[i][0])
            end = max(end, intervals[i][1])
            i += 1
        result.append([start, end])

        # 3. The rest starts after `end` and is copied as it is.
        result.extend(intervals[i:])
        return result
