# Correct but O(n * groups): compares each word with a representative of every group found so far.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = []
        for s in strs:
            for group in groups:
                if sorted(group[0]) == sorted(s):
                    group.append(s)
                    break
            else:
                groups.append([s])
        return groups
