class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        # Sorting lets us (1) find pairs with two pointers in linear time and (2) skip
        # repeated values, because equal values end up next to each other.
        nums = sorted(nums)
        n = len(nums)
        triplets: list[list[int]] = []
        for i in range(n - 2):
            a = nums[i]
            if a > 0:
                break  # the two larger values are positive too: no sum can reach 0
            if i > 0 and a == nums[i - 1]:
                continue  # this smallest value was already tried with every pair after it
            lo, hi = i + 1, n - 1
            while lo < hi:
                total = a + nums[lo] + nums[hi]
                if total < 0:
                    lo += 1  # need a bigger sum
                elif total > 0:
                    hi -= 1  # need a smaller sum
                else:
                    triplets.append([a, nums[lo], nums[hi]])
                    lo += 1
                    hi -= 1
                    # Step past copies of the middle value so the same triplet is not
                    # reported twice (the upper value then follows from the sum).
                    while lo < hi and nums[lo] == nums[lo - 1]:
                        lo += 1
        return triplets
