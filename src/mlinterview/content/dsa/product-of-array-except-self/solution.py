class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        # answer[i] = (product of everything left of i) * (product of everything right of i).
        # Neither factor contains nums[i], so no division is needed and zeros are harmless.
        n = len(nums)
        answer = [1] * n

        # Left-to-right pass: answer[i] holds the product of nums[0..i-1].
        left = 1
        for i in range(n):
            answer[i] = left
            left *= nums[i]

        # Right-to-left pass: fold in the product of nums[i+1..n-1] with a running value,
        # so the only extra memory is one integer (the output list does not count).
        right = 1
        for i in range(n - 1, -1, -1):
            answer[i] *= right
            right *= nums[i]
        return answer
