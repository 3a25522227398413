# Slow: for every cell, scans its whole row and column in a copy of the original: O(rows * cols * (rows + cols)).
class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        rows, cols = len(matrix), len(matrix[0])
        original = [row[:] for row in matrix]
        for r in range(rows):
            for c in range(cols):
                hit = False
                for k in range(cols):
                    if original[r][k] == 0:
                        hit = True
                        break
                if not hit:
                    for k in range(rows):
                        if original[k][c] == 0:
                            hit = True
                            break
                if hit:
                    matrix[r][c] = 0
