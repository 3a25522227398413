class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # routes(r, c) = routes(r-1, c) + routes(r, c-1): the last move into a cell comes
        # from above or from the left. Cells in the first row or column have exactly one
        # route. Sweeping row by row, row[c] still holds the value from the row above
        # when we add row[c-1] (already updated for this row), so one row is enough.
        row = [1] * n
        for _ in range(1, m):
            for c in range(1, n):
                row[c] += row[c - 1]
        return row[-1]
