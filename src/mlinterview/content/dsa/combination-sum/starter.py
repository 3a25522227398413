class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        """Return every multiset of candidates (reuse allowed) that sums to target, each once."""
        pass
