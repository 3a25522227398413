# Adds 1 to the count of i >> 1 for every i, as if the dropped lowest bit were always a 1.
class Solution:
    def countBits(self, n: int) -> List[int]:
        ans = [0] * (n + 1)
        for i in range(1, n + 1):
            ans[i] = ans[i >> 1] + 1
        return ans
