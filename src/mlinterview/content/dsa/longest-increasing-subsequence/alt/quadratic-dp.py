# Plain and correct, O(n^2): the textbook DP over end positions. Accepted at n <= 2500; the follow-up asks for O(n log n).
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        longest = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i] and longest[j] + 1 > longest[i]:
                    longest[i] = longest[j] + 1
        return max(longest)
