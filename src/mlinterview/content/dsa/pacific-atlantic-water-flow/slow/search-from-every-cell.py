# Slow: runs a separate downhill search from every cell (stopping once both oceans are reached): O((rows*cols)^2) on flat ground.
class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        rows, cols = len(heights), len(heights[0])
        result = []
        for r in range(rows):
            for c in range(cols):
                seen = {(r, c)}
                queue = deque([(r, c)])
                pacific = atlantic = False
                while queue and not (pacific and atlantic):
                    i, j = queue.popleft()
                    if i == 0 or j == 0:
                        pacific = True
                    if i == rows - 1 or j == cols - 1:
                        atlantic = True
                    for ni, nj in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if (0 <= ni < rows and 0 <= nj < cols and (ni, nj) not in seen
                                and heights[ni][nj] <= heights[i][j]):
                            seen.add((ni, nj))
                            queue.append((ni, nj))
                if pacific and atlantic:
                    result.append([r, c])
        return result
