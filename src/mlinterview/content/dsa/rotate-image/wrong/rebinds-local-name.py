# Wrong: builds the rotated matrix correctly but assigns it to the local name, so the caller's matrix never changes.
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        matrix = [list(row) for row in zip(*matrix[::-1])]
