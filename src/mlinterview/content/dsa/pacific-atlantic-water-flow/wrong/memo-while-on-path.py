# Wrong: memoises a downhill DFS per cell, but a result computed while a neighbour was still on the path ignores routes through that neighbour (plateaus).
class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        rows, cols = len(heights), len(heights[0])
        memo = {}
        on_path = set()

        def flow(r, c):
            if (r, c) in memo:
                return memo[(r, c)]
            pacific = r == 0 or c == 0
            atlantic = r == rows - 1 or c == cols - 1
            on_path.add((r, c))
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in on_path
                        and heights[nr][nc] <= heights[r][c]):
                    p, a = flow(nr, nc)
                    pacific = pacific or p
                    atlantic = atlantic or a
            on_path.discard((r, c))
            memo[(r, c)] = (pacific, atlantic)
            return memo[(r, c)]

        return [[r, c] for r in range(rows) for c in range(cols) if all(flow(r, c))]
