import math


def chi_squared_2x2(table, yates):
    cells = [[float(v) for v in row] for row in table]
    rows = [sum(r) for r in cells]
    cols = [cells[0][j] + cells[1][j] for j in range(2)]
    total = rows[0] + rows[1]
    correction = 0.5 if yates else 0.0
    stat = 0.0
    for i in range(2):
        for j in range(2):
            # Expected count if rows and columns were independent.
            expected = rows[i] * cols[j] / total
            # Yates pulls each observed count 0.5 toward its expectation, never past it.
            gap = max(abs(cells[i][j] - expected) - correction, 0.0)
            stat += gap * gap / expected
    # One degree of freedom: chi2_1 = Z^2, so P(chi2_1 >= s) = P(|Z| >= sqrt(s)).
    p_value = math.erfc(math.sqrt(stat / 2.0))
    return [stat, p_value]
