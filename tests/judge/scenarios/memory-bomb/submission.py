# Capped at 3 GB so that a judge that fails to limit memory cannot hurt the machine.
def solve(x):
    hoard = []
    for _ in range(48):
        hoard.append(bytearray(64 * 1024 * 1024))
    return 2 * x
