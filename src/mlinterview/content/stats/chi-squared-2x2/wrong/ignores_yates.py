# Wrong: never applies the continuity correction, even when yates is True.
import math


def chi_squared_2x2(table, yates):
    rows = [sum(r) for r in table]
    cols = [table[0][j] + table[1][j] for j in range(2)]
    n = sum(rows)
    stat = sum((table[i][j] - rows[i] * cols[j] / n) ** 2 / (rows[i] * cols[j] / n)
               for i in range(2) for j in range(2))
    return [stat, math.erfc(math.sqrt(stat / 2))]
