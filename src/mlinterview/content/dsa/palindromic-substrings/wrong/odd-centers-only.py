# Wrong: expands only around characters, so even-length palindromes such as "bb" are never counted.
class Solution:
    def countSubstrings(self, s: str) -> int:
        count = 0
        for mid in range(len(s)):
            left = right = mid
            while left >= 0 and right < len(s) and s[left] == s[right]:
                count += 1
                left -= 1
                right += 1
        return count
