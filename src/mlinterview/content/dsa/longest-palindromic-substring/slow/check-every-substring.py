# Correct but O(n^3): tests every substring with a two-pointer loop.
class Solution:
    def longestPalindrome(self, s: str) -> str:
        def is_palindrome(lo: int, hi: int) -> bool:
            while lo < hi:
                if s[lo] != s[hi]:
                    return False
                lo += 1
                hi -= 1
            return True

        best_start, best_len = 0, 1
        for i in range(len(s)):
            for j in range(i, len(s)):
                if is_palindrome(i, j) and j - i + 1 > best_len:
                    best_start, best_len = i, j - i + 1
        return s[best_start:best_start + best_len]
