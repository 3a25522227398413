# Wrong: loops only while the rectangle is at least 2 x 2, so the last single row, column or centre cell is never read.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        top, bottom = 0, len(matrix) - 1
        left, right = 0, len(matrix[0]) - 1
        out = []
        while top < bottom and left < right:
            for c in range(left, right):
                out.append(matrix[top][c])
            for r in range(top, bottom):
                out.append(matrix[r][right])
            for c in range(right, left, -1):
                out.append(matrix[bottom][c])
            for r in range(bottom, top, -1):
                out.append(matrix[r][left])
            top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
        return out
