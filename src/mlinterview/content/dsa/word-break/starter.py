class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        """Return True if s can be split into a sequence of words from wordDict."""
        pass
