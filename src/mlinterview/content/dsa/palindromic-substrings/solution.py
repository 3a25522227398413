class Solution:
    def countSubstrings(self, s: str) -> int:
        # Each palindrome has exactly one centre: a character (odd length) or a gap
        # between two characters (even length). Growing outwards from a centre visits
        # its palindromes one by one, each one character wider on both sides, and
        # stops at the first mismatch: nothing wider around that centre can match.
        n = len(s)
        count = 0
        for center in range(2 * n - 1):
            left = center // 2
            right = left + center % 2
            while left >= 0 and right < n and s[left] == s[right]:
                count += 1
                left -= 1
                right += 1
        return count
