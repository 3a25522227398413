class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Kadane's algorithm. `current` is the best sum of a subarray that ends at the
        # element being read. Either that subarray extends the best one ending just before,
        # or it starts fresh here, whichever is larger: a negative running sum is never
        # worth carrying forward.
        best = current = nums[0]  # start from a real element so all-negative input works
        for x in nums[1:]:
            current = max(x, current + x)
            best = max(best, current)
        return best
