# Wrong: treats every closed door (yours included) as equally likely after the reveal, the
# classic "it is 50-50 now" mistake.
def monty_hall_switch(n, k):
    return 1.0 / (n - k)
