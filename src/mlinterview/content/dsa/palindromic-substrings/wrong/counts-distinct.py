# Wrong: collects palindromes in a set, so equal text at different positions is counted once.
class Solution:
    def countSubstrings(self, s: str) -> int:
        seen = set()
        n = len(s)
        for center in range(2 * n - 1):
            left = center // 2
            right = left + center % 2
            while left >= 0 and right < n and s[left] == s[right]:
                seen.add(s[left:right + 1])
                left -= 1
                right += 1
        return len(seen)
