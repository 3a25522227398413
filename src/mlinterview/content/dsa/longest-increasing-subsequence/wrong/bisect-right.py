# Wrong: bisect_right lets equal values extend the sequence, so it measures non-decreasing runs.
from bisect import bisect_right


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails: List[int] = []
        for x in nums:
            k = bisect_right(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)
