# Correct but exponential: tries every next word recursively and forgets which positions failed.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)

        def can_split(start: int) -> bool:
            if start == len(s):
                return True
            for end in range(start + 1, len(s) + 1):
                if s[start:end] in words and can_split(end):
                    return True
            return False

        return can_split(0)
