class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # For a sale on a given day, the best purchase is the cheapest day before it.
        # Keep that running minimum while scanning, so every day is checked as a sale
        # day in O(1): one pass overall.
        cheapest = prices[0]
        best = 0  # not trading at all is allowed, so the profit never goes below 0
        for price in prices[1:]:
            best = max(best, price - cheapest)
            cheapest = min(cheapest, price)
        return best
