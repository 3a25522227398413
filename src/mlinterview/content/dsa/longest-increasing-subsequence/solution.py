from bisect import bisect_left


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # tails[k] = the smallest possible last value of an increasing subsequence of
        # length k + 1 seen so far. A smaller tail is never worse: it leaves more room
        # for later elements. tails is strictly increasing, so binary search applies.
        tails: List[int] = []
        for x in nums:
            # First tail >= x: x can replace it (same length, smaller or equal tail).
            # bisect_left (not bisect_right) keeps the subsequence strictly increasing:
            # an equal value replaces, it never extends.
            k = bisect_left(tails, x)
            if k == len(tails):
                tails.append(x)  # x extends the longest subsequence found so far
            else:
                tails[k] = x
        return len(tails)
