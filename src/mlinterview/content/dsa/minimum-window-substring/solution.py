from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing = len(t)  # characters of t (with repeats) the window still lacks
        left = 0
        best_start, best_len = 0, len(s) + 1
        for right, ch in enumerate(s):
            # Counts may go negative: that records surplus copies the window could give up.
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            if missing == 0:
                # The window covers t. Drop surplus characters from the left: those whose
                # count is negative, i.e. the window has more of them than t needs.
                while need[s[left]] < 0:
                    need[s[left]] += 1
                    left += 1
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                # Give up s[left], a character the window really needs, so the search moves
                # on to windows that start further right.
                need[s[left]] += 1
                missing += 1
                left += 1
        return s[best_start:best_start + best_len] if best_len <= len(s) else ""
