class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        # XOR every index 0..n-1, the extra value n, and every element. Each value that is
        # present appears twice (once as an index or n, once as an element) and cancels,
        # because x ^ x == 0. Only the missing value is left. No overflow, O(1) memory.
        missing = len(nums)
        for i, x in enumerate(nums):
            missing ^= i ^ x
        return missing
