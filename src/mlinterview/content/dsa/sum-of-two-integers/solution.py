MASK = 0xFFFFFFFF  # keep 32 bits: Python ints are unbounded, so we fix the width ourselves
SIGN_BIT = 0x80000000


class Solution:
    def getSum(self, a: int, b: int) -> int:
        # Work on 32-bit two's-complement patterns. Without the mask, a negative number in
        # Python has infinitely many leading 1 bits and the carry would never run out.
        a &= MASK
        b &= MASK
        while b:
            carry = ((a & b) << 1) & MASK  # positions where both bits are 1 carry leftwards
            a ^= b                         # add without carrying
            b = carry                      # then add the carries, until none are left
        # Reinterpret the 32-bit pattern as a signed value: if the sign bit is set, flip the
        # low 32 bits back and take the bitwise complement, which yields the negative int.
        return a if not a & SIGN_BIT else ~(a ^ MASK)
