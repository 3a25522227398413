# XORs the indices 0..n-1 with the elements but leaves out n itself, so it returns n ^ answer instead of the answer.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        missing = 0
        for i, x in enumerate(nums):
            missing ^= i ^ x
        return missing
