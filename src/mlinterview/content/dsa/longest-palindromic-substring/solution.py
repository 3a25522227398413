class Solution:
    def longestPalindrome(self, s: str) -> str:
        # Every palindrome is symmetric around a centre: a character (odd length) or the
        # gap between two characters (even length). There are 2n - 1 centres; growing
        # outwards from each while the ends match finds the longest palindrome there.
        # O(n^2) time in the worst case ("aaaa..."), O(1) extra space.
        n = len(s)
        best_start, best_end = 0, 1  # s[0] alone is a palindrome

        for center in range(2 * n - 1):
            left = center // 2
            right = left + center % 2  # odd centres: left == right; even: right = left + 1
            while left >= 0 and right < n and s[left] == s[right]:
                left -= 1
                right += 1
            # The loop stops one step past the palindrome on each side.
            if right - left - 1 > best_end - best_start:
                best_start, best_end = left + 1, right
        return s[best_start:best_end]
