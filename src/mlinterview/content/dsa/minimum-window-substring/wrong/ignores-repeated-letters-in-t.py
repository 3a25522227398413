# Wrong: only asks for each distinct letter of t once, so a t with repeats like "AA" is satisfied by a single "A".
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        required = set(t)
        have = {}
        formed = 0
        left = 0
        best = ""
        for right, ch in enumerate(s):
            if ch in required:
                have[ch] = have.get(ch, 0) + 1
                if have[ch] == 1:
                    formed += 1
            while formed == len(required):
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                out = s[left]
                if out in required:
                    have[out] -= 1
                    if have[out] == 0:
                        formed -= 1
                left += 1
        return best
