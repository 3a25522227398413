def solv(x):
    return 2 * x
