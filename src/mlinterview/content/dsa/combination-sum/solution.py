class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        # Sorting lets us stop a loop as soon as a candidate is too big: every later one is
        # bigger still.
        nums = sorted(candidates)
        result: List[List[int]] = []
        chosen: List[int] = []

        def backtrack(start: int, remaining: int) -> None:
            if remaining == 0:
                result.append(chosen[:])
                return
            # Only pick candidates at index >= start. Every combination is then built in
            # non-decreasing order, exactly once, so no duplicates need to be removed.
            for i in range(start, len(nums)):
                if nums[i] > remaining:
                    break
                chosen.append(nums[i])
                # Pass i (not i + 1): the same number may be used again.
                backtrack(i, remaining - nums[i])
                chosen.pop()

        backtrack(0, target)
        return result
