class Solution:
    def reverseBits(self, n: int) -> int:
        result = 0
        # Exactly 32 rounds, not "while n": the leading zeros of n become trailing zeros of
        # the result, and they still have to shift the earlier bits into place.
        for _ in range(32):
            result = (result << 1) | (n & 1)  # append n's lowest bit to the result
            n >>= 1
        return result
