# Wrong: removes spaces and lowercases, but leaves punctuation in place.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        kept = s.replace(" ", "").lower()
        return kept == kept[::-1]
