# Tries to write 1 GB into its working folder.
def solve(x):
    chunk = b"\0" * (1 << 20)
    with open("big.bin", "wb") as fh:
        for _ in range(1024):
            fh.write(chunk)
    return 2 * x
