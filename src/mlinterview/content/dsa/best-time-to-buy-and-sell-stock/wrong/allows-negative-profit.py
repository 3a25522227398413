# Wrong: seeds the best profit with the first day's trade, so steadily falling prices return a loss instead of 0.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        if len(prices) < 2:
            return 0
        best = prices[1] - prices[0]
        cheapest = min(prices[0], prices[1])
        for price in prices[2:]:
            best = max(best, price - cheapest)
            cheapest = min(cheapest, price)
        return best
