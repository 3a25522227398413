# Wrong: dp[i] always robs house i and comes from house i - 2 only, never from i - 3.
class Solution:
    def rob(self, nums: List[int]) -> int:
        n = len(nums)
        if n == 1:
            return nums[0]
        dp = [0] * n
        dp[0], dp[1] = nums[0], nums[1]
        for i in range(2, n):
            dp[i] = nums[i] + dp[i - 2]
        return max(dp[-1], dp[-2])
