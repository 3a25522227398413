from collections import defaultdict


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        # Anagrams become identical once their letters are sorted, so the sorted word is a
        # key that is equal for two words exactly when they are anagrams. One dictionary
        # lookup per word replaces comparing words with each other.
        # (A 26-entry letter-count tuple is an O(k) key instead of O(k log k); with words of
        # at most 100 letters the C-level sort is faster in Python.)
        groups: defaultdict[str, list[str]] = defaultdict(list)
        for word in strs:
            groups["".join(sorted(word))].append(word)
        return list(groups.values())
