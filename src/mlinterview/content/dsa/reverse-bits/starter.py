class Solution:
    def reverseBits(self, n: int) -> int:
        """Return the unsigned 32-bit integer whose bits are those of n in reverse order."""
        pass
