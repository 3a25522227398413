# Wrong: sorts, then stops the neighbour scan one step early, so a repeat of the largest value is never seen.
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        ordered = sorted(nums)
        for i in range(len(ordered) - 2):
            if ordered[i] == ordered[i + 1]:
                return True
        return False
