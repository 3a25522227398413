# Loops 31 times instead of 32: the result is missing one shift and bit 31 of n is never moved.
class Solution:
    def reverseBits(self, n: int) -> int:
        result = 0
        for _ in range(31):
            result = (result << 1) | (n & 1)
            n >>= 1
        return result
