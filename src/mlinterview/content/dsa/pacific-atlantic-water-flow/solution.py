class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        rows, cols = len(heights), len(heights[0])

        def climb(starts: List[tuple]) -> List[List[bool]]:
            # Reverse the flow: instead of asking where water from each cell can go, start
            # at the ocean and walk *uphill* (to neighbours at least as high). Every cell
            # reached this way can drain back down the same path into that ocean.
            reached = [[False] * cols for _ in range(rows)]
            queue = deque()
            for r, c in starts:
                if not reached[r][c]:
                    reached[r][c] = True
                    queue.append((r, c))
            while queue:
                r, c = queue.popleft()
                h = heights[r][c]
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and not reached[nr][nc] and heights[nr][nc] >= h:
                        reached[nr][nc] = True
                        queue.append((nr, nc))
            return reached

        pacific = climb([(0, c) for c in range(cols)] + [(r, 0) for r in range(rows)])
        atlantic = climb([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows)])
        # Two searches over the grid instead of one search per cell.
        return [[r, c] for r in range(rows) for c in range(cols) if pacific[r][c] and atlantic[r][c]]
