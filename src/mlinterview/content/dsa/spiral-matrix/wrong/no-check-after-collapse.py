# Wrong: does not re-check the bounds after the top row and right column, so a leftover single row or column is read twice.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        top, bottom = 0, len(matrix) - 1
        left, right = 0, len(matrix[0]) - 1
        out = []
        while top <= bottom and left <= right:
            for c in range(left, right + 1):
                out.append(matrix[top][c])
            top += 1
            for r in range(top, bottom + 1):
                out.append(matrix[r][right])
            right -= 1
            for c in range(right, left - 1, -1):
                out.append(matrix[bottom][c])
            bottom -= 1
            for r in range(bottom, top - 1, -1):
                out.append(matrix[r][left])
            left += 1
        return out
