class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # After sorting by start, any interval that overlaps the current merged block must
        # come right after it: nothing later can start earlier.
        merged: List[List[int]] = []
        for start, end in sorted(intervals):
            if merged and start <= merged[-1][1]:  # "<=": touching intervals share a point
                # Extend with max, not end: the new interval may lie inside the block.
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
