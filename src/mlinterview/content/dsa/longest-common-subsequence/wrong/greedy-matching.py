# Wrong: greedily matches each character of text1 to its next occurrence in text2, never backing out.
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        pos = 0
        matched = 0
        for ch in text1:
            found = text2.find(ch, pos)
            if found != -1:
                matched += 1
                pos = found + 1
        return matched
