# Correct but quadratic: for each candidate 0..n, scans the whole array looking for it.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        for candidate in range(len(nums) + 1):
            found = False
            for x in nums:
                if x == candidate:
                    found = True
                    break
            if not found:
                return candidate
        return -1  # unreachable for valid input
