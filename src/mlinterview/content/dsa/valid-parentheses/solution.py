class Solution:
    def isValid(self, s: str) -> bool:
        # The most recently opened bracket is the one that must close next: a stack.
        closer_to_opener = {")": "(", "]": "[", "}": "{"}
        stack: list[str] = []
        for ch in s:
            if ch in closer_to_opener:
                # A closer must match the top; an empty stack means nothing is open.
                if not stack or stack.pop() != closer_to_opener[ch]:
                    return False
            else:
                stack.append(ch)
        # Anything still open was never closed.
        return not stack
