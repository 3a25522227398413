class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        # can_end[i] is True when the prefix s[:i] splits into dictionary words.
        # s[:end] splits exactly when some earlier split point `start` works and
        # s[start:end] is a word. Words are at most `longest` letters, so only the last
        # `longest` start positions can matter; a set makes each lookup O(word length).
        words = set(wordDict)
        longest = max(len(word) for word in words)
        n = len(s)
        can_end = [True] + [False] * n  # the empty prefix needs no words
        for end in range(1, n + 1):
            for start in range(max(0, end - longest), end):
                if can_end[start] and s[start:end] in words:
                    can_end[end] = True
                    break
        return can_end[n]
