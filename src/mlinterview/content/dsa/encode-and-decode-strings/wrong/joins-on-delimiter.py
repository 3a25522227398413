# Wrong: joins the strings with a comma and splits on it, which breaks as soon as a string contains a comma.
class Codec:
    def encode(self, strs: List[str]) -> str:
        return ",".join(strs)

    def decode(self, s: str) -> List[str]:
        return s.split(",")
