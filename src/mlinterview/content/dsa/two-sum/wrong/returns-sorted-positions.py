# Wrong: sorts the values and runs two pointers, but returns positions in the sorted copy, not in nums.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        values = sorted(nums)
        lo, hi = 0, len(values) - 1
        while lo < hi:
            s = values[lo] + values[hi]
            if s == target:
                return [lo, hi]
            if s < target:
                lo += 1
            else:
                hi -= 1
        return []
