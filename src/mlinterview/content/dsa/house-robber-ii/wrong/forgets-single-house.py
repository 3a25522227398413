# Wrong: with one house both slices are empty, so it returns 0 instead of nums[0].
class Solution:
    def rob(self, nums: List[int]) -> int:
        def row(houses: List[int]) -> int:
            two_back, one_back = 0, 0
            for money in houses:
                two_back, one_back = one_back, max(one_back, two_back + money)
            return one_back

        return max(row(nums[1:]), row(nums[:-1]))
