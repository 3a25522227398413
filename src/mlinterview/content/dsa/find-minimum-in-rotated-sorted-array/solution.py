class Solution:
    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        # Invariant: the minimum lies in nums[lo..hi]. The loop stops when one index is left.
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                # mid sits in the upper run (before the drop), so the minimum is strictly
                # to the right of mid.
                lo = mid + 1
            else:
                # nums[mid..hi] is increasing: the minimum is mid itself or left of it.
                # Comparing with the right end (not the left) also handles an unrotated array.
                hi = mid
        return nums[lo]
