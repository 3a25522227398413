# Wrong: escapes '#' as '\#' but never escapes the backslash itself, so a string ending in '\' eats the separator.
class Codec:
    def encode(self, strs: List[str]) -> str:
        return "#".join(word.replace("#", "\\#") for word in strs)

    def decode(self, s: str) -> List[str]:
        words, current = [], []
        i = 0
        while i < len(s):
            if s[i] == "\\" and i + 1 < len(s) and s[i + 1] == "#":
                current.append("#")
                i += 2
            elif s[i] == "#":
                words.append("".join(current))
                current = []
                i += 1
            else:
                current.append(s[i])
                i += 1
        words.append("".join(current))
        return words
