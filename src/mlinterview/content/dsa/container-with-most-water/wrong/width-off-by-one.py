# Wrong: counts the lines between the walls (hi - lo + 1) as the width instead of the distance hi - lo.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        lo, hi = 0, len(height) - 1
        best = 0
        while lo < hi:
            best = max(best, min(height[lo], height[hi]) * (hi - lo + 1))
            if height[lo] < height[hi]:
                lo += 1
            else:
                hi -= 1
        return best
