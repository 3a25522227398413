# Slow: keeps visited cells in a list, so every membership test scans it: O((rows*cols)^2).
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        rows, cols = len(grid), len(grid[0])
        visited = []
        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != "1" or (r, c) in visited:
                    continue
                count += 1
                visited.append((r, c))
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for ni, nj in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= ni < rows and 0 <= nj < cols and grid[ni][nj] == "1" and (ni, nj) not in visited:
                            visited.append((ni, nj))
                            stack.append((ni, nj))
        return count
