# Correct but O(n^2): finds an adjacent matching pair, cuts it out, and rescans from the start.
class Solution:
    def isValid(self, s: str) -> bool:
        pairs = {"()", "[]", "{}"}
        while s:
            for i in range(len(s) - 1):
                if s[i] + s[i + 1] in pairs:
                    s = s[:i] + s[i + 2:]
                    break
            else:
                return False
        return True
