# Assumes any 0 before the last cell blocks the path, forgetting that a zero can be jumped over.
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        for i in range(len(nums) - 1):
            if nums[i] == 0:
                return False
        return True
