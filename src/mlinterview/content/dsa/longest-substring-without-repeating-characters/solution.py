class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Sliding window s[left..right] that never contains a repeat. For each character we
        # remember where we saw it last; when it shows up again inside the window, the
        # window must start just after that earlier copy.
        last_seen: dict[str, int] = {}
        left = 0
        best = 0
        for right, ch in enumerate(s):
            prev = last_seen.get(ch, -1)
            if prev >= left:  # only a copy inside the current window forces a move
                left = prev + 1
            last_seen[ch] = right
            best = max(best, right - left + 1)
        return best
