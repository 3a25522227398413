# Tests (n & (1 << i)) == 1, which is only true for bit 0: every higher set bit is missed.
class Solution:
    def hammingWeight(self, n: int) -> int:
        count = 0
        for i in range(32):
            if n & (1 << i) == 1:
                count += 1
        return count
