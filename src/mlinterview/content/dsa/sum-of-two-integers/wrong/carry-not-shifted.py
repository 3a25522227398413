# Forgets to shift the carry one place left, so carries are added into the same column and lost.
class Solution:
    def getSum(self, a: int, b: int) -> int:
        while b:
            carry = a & b
            a = a ^ b
            b = carry
        return a
