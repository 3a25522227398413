# Wrong: solves the straight-row problem, so it may rob both the first and the last house.
class Solution:
    def rob(self, nums: List[int]) -> int:
        two_back, one_back = 0, 0
        for money in nums:
            two_back, one_back = one_back, max(one_back, two_back + money)
        return one_back
