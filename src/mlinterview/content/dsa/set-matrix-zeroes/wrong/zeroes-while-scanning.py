# Wrong: clears rows and columns during the scan, so the new zeros are mistaken for original ones and keep spreading.
class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        rows, cols = len(matrix), len(matrix[0])
        for r in range(rows):
            for c in range(cols):
                if matrix[r][c] == 0:
                    for k in range(cols):
                        matrix[r][k] = 0
                    for k in range(rows):
                        matrix[k][c] = 0
