# Wrong: bucket sort whose loop starts at len(nums) - 1, so a value filling the whole list is never collected.
from collections import Counter


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        buckets: list[list[int]] = [[] for _ in range(len(nums) + 1)]
        for value, freq in Counter(nums).items():
            buckets[freq].append(value)
        top: list[int] = []
        for freq in range(len(nums) - 1, 0, -1):
            top.extend(buckets[freq])
            if len(top) >= k:
                return top[:k]
        return top
