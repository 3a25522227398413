# Correct but O(n * distinct values): counts every distinct value with a fresh scan of the list.
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        freq = {value: nums.count(value) for value in set(nums)}
        return sorted(freq, key=freq.get, reverse=True)[:k]
