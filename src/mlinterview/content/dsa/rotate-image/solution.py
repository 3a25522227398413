class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        # A clockwise quarter turn sends (i, j) to (j, n - 1 - i). That is the composition of
        # two easy in-place moves: transpose ((i, j) -> (j, i)), then mirror each row
        # left-to-right ((j, i) -> (j, n - 1 - i)). O(1) extra memory.
        n = len(matrix)
        for i in range(n):
            # Only the upper triangle: swapping every pair twice would undo the transpose.
            for j in range(i + 1, n):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
        for row in matrix:
            row.reverse()
