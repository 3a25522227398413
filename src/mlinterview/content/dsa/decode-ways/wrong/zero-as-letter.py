# Wrong: lets a lone '0' stand for a letter, so "10" counts as two decodings.
class Solution:
    def numDecodings(self, s: str) -> int:
        if s[0] == "0":
            return 0
        two_back, one_back = 1, 1
        for i in range(1, len(s)):
            here = one_back
            if 10 <= int(s[i - 1:i + 1]) <= 26:
                here += two_back
            two_back, one_back = one_back, here
        return one_back
