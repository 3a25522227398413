class Solution:
    def rob(self, nums: List[int]) -> int:
        # best(i) = the most we can take from houses 0..i. House i is either skipped
        # (best(i-1)) or robbed, which forbids house i-1 (nums[i] + best(i-2)).
        # Each step needs only the two previous answers, so keep two numbers.
        two_back, one_back = 0, 0  # best up to house i-2 and up to house i-1
        for money in nums:
            two_back, one_back = one_back, max(one_back, two_back + money)
        return one_back
