# Wrong: always takes the longest word matching at the current position, never reconsidering it.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        pos = 0
        while pos < len(s):
            for end in range(len(s), pos, -1):
                if s[pos:end] in words:
                    pos = end
                    break
            else:
                return False
        return True
