from collections import defaultdict


class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # A window can be made into one letter with (window length - count of its most common
        # letter) changes. Slide a window and keep that number at most k.
        counts: defaultdict[str, int] = defaultdict(int)
        left = 0
        top = 0  # the highest count of a single letter seen in any window so far
        for right, ch in enumerate(s):
            counts[ch] += 1
            top = max(top, counts[ch])
            # The window never shrinks: when it needs more than k changes we slide it one
            # step instead. `top` may then be stale (too high for the current window), but
            # that is harmless: the window only grows when some letter's count beats the
            # old `top`, which is exactly when a longer valid window exists.
            if right - left + 1 - top > k:
                counts[s[left]] -= 1
                left += 1
        # The window's length is the best length found; it never decreased.
        return len(s) - left
