class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        """Return every distinct triplet of values from nums (three different positions) that sums to 0."""
        pass
