class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        """Merge all overlapping intervals and return the non-overlapping result."""
        pass
