# Correct but quadratic: for every cell, scans all the cells it can jump to looking for a good one.
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        n = len(nums)
        good = [False] * n  # good[i]: the last index is reachable from i
        good[n - 1] = True
        for i in range(n - 2, -1, -1):
            farthest = min(n - 1, i + nums[i])
            for j in range(i + 1, farthest + 1):
                if good[j]:
                    good[i] = True
                    break
        return good[0]
