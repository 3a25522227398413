# Wrong: keeps only letters (isalpha), so digits are dropped and "0P" looks like a palindrome.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        kept = [c.lower() for c in s if c.isalpha()]
        return kept == kept[::-1]
