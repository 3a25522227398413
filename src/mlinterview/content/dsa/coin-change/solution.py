class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # fewest[v] = fewest coins that pay exactly v. The last coin of an optimal payment
        # of v is some c, and the rest must be an optimal payment of v - c, so
        # fewest[v] = 1 + min(fewest[v - c]) over coins c <= v.
        # amount + 1 works as "unreachable": no payment uses more than amount coins,
        # since every coin is worth at least 1.
        unreachable = amount + 1
        fewest = [0] + [unreachable] * amount
        for coin in coins:
            # Coins larger than the amount can never be used (this also skips huge values).
            for value in range(coin, amount + 1):
                candidate = fewest[value - coin] + 1
                if candidate < fewest[value]:
                    fewest[value] = candidate
        return fewest[amount] if fewest[amount] != unreachable else -1
