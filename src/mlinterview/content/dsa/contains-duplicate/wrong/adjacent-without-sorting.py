# Wrong: compares each value only with its neighbour, but forgets to sort first, so far-apart repeats are missed.
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        for i in range(len(nums) - 1):
            if nums[i] == nums[i + 1]:
                return True
        return False
