class Solution:
    def maxArea(self, height: List[int]) -> int:
        """Return the most water any two of the vertical lines can hold between them."""
        pass
