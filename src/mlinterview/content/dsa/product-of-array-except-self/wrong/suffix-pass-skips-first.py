# Wrong: the right-to-left pass stops at index 1, so answer[0] never gets the product of the rest.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        answer = [1] * n
        left = 1
        for i in range(n):
            answer[i] = left
            left *= nums[i]
        right = 1
        for i in range(n - 1, 0, -1):
            answer[i] *= right
            right *= nums[i]
        return answer
