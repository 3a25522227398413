class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        """Insert newInterval into the sorted, disjoint intervals, merging where needed."""
        pass
