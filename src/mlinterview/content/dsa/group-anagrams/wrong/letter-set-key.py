# Wrong: keys each word by the set of its letters, forgetting how many times each letter occurs ("aab" vs "abb").
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for s in strs:
            groups.setdefault(frozenset(s), []).append(s)
        return list(groups.values())
