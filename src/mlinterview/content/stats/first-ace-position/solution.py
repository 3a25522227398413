def first_special_position(N, K):
    # Write X = 1 + sum over the M = N - K ordinary cards of I_j, where I_j = 1 when
    # ordinary card j comes before every special card.
    M = N - K
    # Among card j and the K specials, each of the K + 1 is equally likely to come first.
    p = 1.0 / (K + 1)
    # Two ordinary cards j, l both precede all K specials: they are the first two of K + 2
    # items in random order, probability 2 / ((K + 1)(K + 2)).
    # Cov(I_j, I_l) = 2/((K+1)(K+2)) - 1/(K+1)^2 = K / ((K+1)^2 (K+2)), written without a
    # subtraction.
    cov = K / ((K + 1.0) ** 2 * (K + 2.0))
    mean = 1.0 + M * p
    var = M * p * (1.0 - p) + M * (M - 1.0) * cov
    return [mean, var]
