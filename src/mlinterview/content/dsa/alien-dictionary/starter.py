class Solution:
    def alienOrder(self, words: List[str]) -> str:
        """Return an alphabet under which words is sorted, or "" if there is none."""
        pass
