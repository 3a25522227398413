# Correct but O(n^2): for each index scans every earlier index for a smaller value.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        longest = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i] and longest[j] + 1 > longest[i]:
                    longest[i] = longest[j] + 1
        return max(longest)
