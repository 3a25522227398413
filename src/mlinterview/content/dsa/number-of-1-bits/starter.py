class Solution:
    def hammingWeight(self, n: int) -> int:
        """Return the number of 1 bits in the binary representation of n."""
        pass
