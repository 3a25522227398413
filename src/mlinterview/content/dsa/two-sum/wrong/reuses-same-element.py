# Wrong: builds the whole index map first and never checks that the complement sits at a different index.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        where = {x: i for i, x in enumerate(nums)}
        for i, x in enumerate(nums):
            if target - x in where:
                return [i, where[target - x]]
        return []
