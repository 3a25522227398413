# Wrong: on a repeat it restarts the window at the current character, losing the part after the earlier copy.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = set()
        best = 0
        for ch in s:
            if ch in window:
                window = {ch}
            else:
                window.add(ch)
            best = max(best, len(window))
        return best
