undefined_name_at_import


def solve(x):
    return 2 * x
