# Wrong: divides by the observed counts instead of the expected ones (Neyman's statistic),
# skipping empty cells.
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
            if table[i][j] > 0:
                stat += max(abs(table[i][j] - e) - c, 0) ** 2 / table[i][j]
    return [stat, math.erfc(math.sqrt(stat / 2))]
