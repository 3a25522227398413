class Solution:
    def hammingWeight(self, n: int) -> int:
        count = 0
        while n:
            # n - 1 flips the lowest set bit to 0 and the zeros below it to 1, so the AND
            # clears exactly that lowest set bit: one iteration per 1 bit, not per position.
            n &= n - 1
            count += 1
        return count
