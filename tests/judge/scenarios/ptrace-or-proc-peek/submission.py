# Tries to read the worker's memory through /proc.
def solve(x):
    out = []
    for path in ("/proc/1/environ", "/proc/1/maps", "/proc/1/mem"):
        try:
            with open(path, "rb") as fh:
                out.append(len(fh.read(100)))
        except Exception as exc:
            out.append(type(exc).__name__)
    return str(out)
