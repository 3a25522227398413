# Wrong: handles one zero correctly but forgets that with two zeros every product is 0.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        total = 1
        for x in nums:
            if x != 0:
                total *= x
        if 0 not in nums:
            return [total // x for x in nums]
        # A zero is present: only the zero's own position escapes it.
        return [total if x == 0 else 0 for x in nums]
