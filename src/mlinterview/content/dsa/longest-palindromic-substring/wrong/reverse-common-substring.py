# Wrong: the longest common substring of s and reversed s need not be a palindrome ("abcdxyzdcba").
class Solution:
    def longestPalindrome(self, s: str) -> str:
        rev = s[::-1]
        n = len(s)
        best_len, best_end = 0, 0
        prev = [0] * (n + 1)
        for i in range(1, n + 1):
            cur = [0] * (n + 1)
            ch = s[i - 1]
            for j in range(1, n + 1):
                if ch == rev[j - 1]:
                    cur[j] = prev[j - 1] + 1
                    if cur[j] > best_len:
                        best_len, best_end = cur[j], i
            prev = cur
        return s[best_end - best_len:best_end]
