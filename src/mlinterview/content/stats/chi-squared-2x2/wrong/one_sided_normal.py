# Wrong: converts the statistic to a p-value with a single normal tail, P(Z >= sqrt(X^2)),
# which is half the chi-squared(1) tail.
import math


def chi_squared_2x2(table, yates):
    rows = [sum(r) for r in table]
    cols = [table[0][j] + table[1][j] for j in range(2)]
    n = sum(rows)
    c = 0.5 if yates else 0.0
    stat = 0.0
    for i in range(2):
        for j in range(2):
            e = rows[i] * cols[j] / n
            stat += max(abs(table[i][j] - e) - c, 0) ** 2 / e
    return [stat, 0.5 * math.erfc(math.sqrt(stat / 2))]
