class Solution:
    def isPalindrome(self, s: str) -> bool:
        """Return True if s reads the same both ways once only letters and digits are kept, case ignored."""
        pass
