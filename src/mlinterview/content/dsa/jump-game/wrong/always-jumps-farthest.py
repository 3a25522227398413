# Always takes the longest jump from the current cell, which can land on a 0 that a shorter jump avoids.
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        i = 0
        last = len(nums) - 1
        while i < last:
            if nums[i] == 0:
                return False
            i += nums[i]
        return True
