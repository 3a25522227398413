class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        """Group the words of strs that are anagrams of one another."""
        pass
