class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # lcs(i, j) = answer for the prefixes text1[:i] and text2[:j].
        # If their last characters match, some LCS ends with that character:
        #   lcs(i, j) = lcs(i-1, j-1) + 1.
        # Otherwise one of the two last characters is unused: drop it on either side,
        #   lcs(i, j) = max(lcs(i-1, j), lcs(i, j-1)).
        # Row i only reads row i-1, so two rows of length len(text2) + 1 are enough;
        # iterate over the shorter string in the inner loop to keep rows small.
        if len(text2) > len(text1):
            text1, text2 = text2, text1
        prev = [0] * (len(text2) + 1)
        for ch in text1:
            cur = [0] * (len(text2) + 1)
            for j, other in enumerate(text2, 1):
                if ch == other:
                    cur[j] = prev[j - 1] + 1
                else:
                    cur[j] = prev[j] if prev[j] > cur[j - 1] else cur[j - 1]
            prev = cur
        return prev[-1]
