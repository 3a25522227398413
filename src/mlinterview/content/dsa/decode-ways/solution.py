class Solution:
    def numDecodings(self, s: str) -> int:
        # ways(i) = number of decodings of the prefix s[:i]. The last piece of such a
        # decoding is either s[i-1] alone (valid unless it is '0') or the pair s[i-2:i]
        # (valid when it reads 10..26, which also rules out a leading zero).
        # Only ways(i-1) and ways(i-2) are needed, so two variables suffice.
        two_back, one_back = 0, 1  # ways(-1) is never used; ways(0) = 1 (empty prefix)
        for i, digit in enumerate(s):
            here = one_back if digit != "0" else 0
            if i > 0 and (s[i - 1] == "1" or (s[i - 1] == "2" and digit <= "6")):
                here += two_back
            two_back, one_back = one_back, here
        return one_back
