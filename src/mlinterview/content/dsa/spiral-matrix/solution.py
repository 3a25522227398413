class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        # Keep the unread part of the matrix as the rectangle top..bottom x left..right and
        # peel one side at a time, shrinking the rectangle after each side.
        top, bottom = 0, len(matrix) - 1
        left, right = 0, len(matrix[0]) - 1
        out = []
        while top <= bottom and left <= right:
            for c in range(left, right + 1):            # top row, left to right
                out.append(matrix[top][c])
            top += 1
            for r in range(top, bottom + 1):            # right column, downwards
                out.append(matrix[r][right])
            right -= 1
            # The rectangle may have collapsed to a single row or column; without these
            # checks the same cells would be read a second time going back.
            if top <= bottom:
                for c in range(right, left - 1, -1):    # bottom row, right to left
                    out.append(matrix[bottom][c])
                bottom -= 1
            if left <= right:
                for r in range(bottom, top - 1, -1):    # left column, upwards
                    out.append(matrix[r][left])
                left += 1
        return out
