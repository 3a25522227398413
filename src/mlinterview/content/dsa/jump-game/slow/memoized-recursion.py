# Correct but quadratic: memoised recursion that tries every jump length from every cell.
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        last = len(nums) - 1

        @lru_cache(maxsize=None)
        def reaches_end(i: int) -> bool:
            if i == last:
                return True
            for j in range(i + 1, min(last, i + nums[i]) + 1):
                if reaches_end(j):
                    return True
            return False

        return reaches_end(0)
