# Masks to 32 bits but returns the raw pattern, so negative results come back as large positive numbers.
class Solution:
    def getSum(self, a: int, b: int) -> int:
        mask = 0xFFFFFFFF
        a &= mask
        b &= mask
        while b:
            carry = ((a & b) << 1) & mask
            a ^= b
            b = carry
        return a
