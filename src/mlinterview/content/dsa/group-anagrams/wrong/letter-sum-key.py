# Wrong: keys each word by the sum of its character codes, which collides for non-anagrams ("ad" and "bc").
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for s in strs:
            key = sum(ord(c) for c in s)
            groups.setdefault(key, []).append(s)
        return list(groups.values())
