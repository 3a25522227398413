class Solution:
    def isPalindrome(self, s: str) -> bool:
        # Two pointers walk inward from both ends, stepping over anything that is not a
        # letter or digit. Comparing in place avoids building a cleaned copy: O(1) memory.
        lo, hi = 0, len(s) - 1
        while lo < hi:
            if not s[lo].isalnum():
                lo += 1
            elif not s[hi].isalnum():
                hi -= 1
            elif s[lo].lower() != s[hi].lower():
                return False
            else:
                lo += 1
                hi -= 1
        return True
