class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        rows, cols = len(grid), len(grid[0])
        seen = [[False] * cols for _ in range(rows)]
        islands = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != "1" or seen[r][c]:
                    continue
                # An unvisited land cell starts a new island. Flood it completely so that
                # none of its other cells is counted again later in the scan.
                islands += 1
                seen[r][c] = True
                # An explicit stack rather than recursion: a 300 x 300 island would nest
                # tens of thousands of calls.
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for ni, nj in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= ni < rows and 0 <= nj < cols and not seen[ni][nj] and grid[ni][nj] == "1":
                            # Mark when pushing, not when popping, so a cell enters the
                            # stack at most once.
                            seen[ni][nj] = True
                            stack.append((ni, nj))
        return islands
