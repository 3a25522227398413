class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # value -> index of a value we have already passed. Looking up the complement
        # *before* storing the current value means an element never pairs with itself.
        seen: dict[int, int] = {}
        for i, x in enumerate(nums):
            j = seen.get(target - x)
            if j is not None:
                return [j, i]
            seen[x] = i
        return []  # unreachable: the input always has exactly one answer
