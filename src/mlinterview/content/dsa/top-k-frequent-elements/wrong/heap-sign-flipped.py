# Wrong: keeps a size-k heap but pushes negated counts, so each pop throws away the MOST frequent value.
import heapq
from collections import Counter


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        heap: list[tuple[int, int]] = []
        for value, freq in Counter(nums).items():
            heapq.heappush(heap, (-freq, value))
            if len(heap) > k:
                heapq.heappop(heap)
        return [value for _, value in heap]
