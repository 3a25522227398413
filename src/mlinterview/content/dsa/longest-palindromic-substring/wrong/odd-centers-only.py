# Wrong: expands only around single characters, so even-length palindromes like "abba" are missed.
class Solution:
    def longestPalindrome(self, s: str) -> str:
        best = s[0]
        for mid in range(len(s)):
            left, right = mid, mid
            while left >= 0 and right < len(s) and s[left] == s[right]:
                left -= 1
                right += 1
            if right - left - 1 > len(best):
                best = s[left + 1:right]
        return best
