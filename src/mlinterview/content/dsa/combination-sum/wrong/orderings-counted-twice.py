# Wrong: restarts every loop at index 0, so the same combination comes out once per ordering ([2, 3, 3], [3, 2, 3], ...).
class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        result, chosen = [], []

        def backtrack(remaining):
            if remaining == 0:
                result.append(chosen[:])
                return
            for c in candidates:
                if c <= remaining:
                    chosen.append(c)
                    backtrack(remaining - c)
                    chosen.pop()

        backtrack(target)
        return result
