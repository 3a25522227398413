# Wrong: adds all the means, as if the workers ran one after another.
def expected_last_finish(rates):
    return sum(1.0 / r for r in rates)
