from collections import Counter


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = Counter(nums)

        # Bucket sort by frequency: a frequency is an integer between 1 and len(nums), so we
        # can index a list by it instead of sorting, which keeps the whole thing O(n).
        buckets: list[list[int]] = [[] for _ in range(len(nums) + 1)]
        for value, freq in counts.items():
            buckets[freq].append(value)

        # Collect from the highest frequency down until k values are gathered. The answer
        # is unique, so the k-th value never ties with a value left out.
        top: list[int] = []
        for freq in range(len(nums), 0, -1):
            top.extend(buckets[freq])
            if len(top) >= k:
                break
        return top[:k]
