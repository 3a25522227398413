# Plain and correct, O(n^2): tries every pair of positions. Accepted at n <= 10^4, as on LeetCode; the follow-up asks for better.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] + nums[j] == target:
                    return [i, j]
        return []
