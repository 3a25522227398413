class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        rows, cols = len(matrix), len(matrix[0])
        # Use the first row and first column as the marker arrays: matrix[0][c] == 0 will mean
        # "clear column c" and matrix[r][0] == 0 "clear row r". Their own original contents
        # would be overwritten by the markers, so remember first whether they held a zero.
        first_row_has_zero = any(v == 0 for v in matrix[0])
        first_col_has_zero = any(matrix[r][0] == 0 for r in range(rows))

        # Record the zeros of the inner block in the marker row and column.
        for r in range(1, rows):
            for c in range(1, cols):
                if matrix[r][c] == 0:
                    matrix[r][0] = 0
                    matrix[0][c] = 0

        # Clear the inner block from the markers. The first row and column are still intact
        # as markers because they are only cleared afterwards.
        for r in range(1, rows):
            for c in range(1, cols):
                if matrix[r][0] == 0 or matrix[0][c] == 0:
                    matrix[r][c] = 0

        if first_row_has_zero:
            for c in range(cols):
                matrix[0][c] = 0
        if first_col_has_zero:
            for r in range(rows):
                matrix[r][0] = 0
