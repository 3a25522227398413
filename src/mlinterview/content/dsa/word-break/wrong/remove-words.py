# Wrong: deletes dictionary words from the string (longest first) and checks nothing is left.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        for word in sorted(wordDict, key=len, reverse=True):
            s = s.replace(word, "")
        return s == ""
