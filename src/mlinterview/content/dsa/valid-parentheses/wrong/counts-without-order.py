# Wrong: keeps one counter per bracket kind, so crossing pairs such as "([)]" look balanced.
class Solution:
    def isValid(self, s: str) -> bool:
        opener = {")": "(", "]": "[", "}": "{"}
        open_count = {"(": 0, "[": 0, "{": 0}
        for ch in s:
            if ch in opener:
                open_count[opener[ch]] -= 1
                if open_count[opener[ch]] < 0:
                    return False
            else:
                open_count[ch] += 1
        return all(c == 0 for c in open_count.values())
