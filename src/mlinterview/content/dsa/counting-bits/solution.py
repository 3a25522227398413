class Solution:
    def countBits(self, n: int) -> List[int]:
        ans = [0] * (n + 1)
        for i in range(1, n + 1):
            # i >> 1 drops the lowest bit of i and is smaller than i, so its count is known;
            # add back the dropped bit (i & 1).
            ans[i] = ans[i >> 1] + (i & 1)
        return ans
