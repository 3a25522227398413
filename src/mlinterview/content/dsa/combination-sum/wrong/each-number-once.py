# Wrong: recurses with i + 1, so each candidate can be used at most once (that is a different problem).
class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        nums = sorted(candidates)
        result, chosen = [], []

        def backtrack(start, remaining):
            if remaining == 0:
                result.append(chosen[:])
                return
            for i in range(start, len(nums)):
                if nums[i] > remaining:
                    break
                chosen.append(nums[i])
                backtrack(i + 1, remaining - nums[i])
                chosen.pop()

        backtrack(0, target)
        return result
