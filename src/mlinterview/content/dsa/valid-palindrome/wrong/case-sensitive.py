# Wrong: skips punctuation correctly but compares characters without ignoring case.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        kept = [c for c in s if c.isalnum()]
        return kept == kept[::-1]
