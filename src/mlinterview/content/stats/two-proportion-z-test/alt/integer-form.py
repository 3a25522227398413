"""Pooled two-proportion z-test written over the counts:
z = (x1 n2 - x2 n1) sqrt(N) / sqrt(X (N - X) n1 n2), X = x1 + x2, N = n1 + n2, with the
products in exact integer arithmetic (one rounding per division), so p1 - p2 never cancels."""
import math


def two_proportion_z_test(x1, n1, x2, n2):
    total, hits = n1 + n2, x1 + x2
    cross = x1 * n2 - x2 * n1                         # n1 n2 (p1 - p2), exact
    spread = hits * (total - hits) * n1 * n2          # exact
    z = math.copysign(math.sqrt(cross * cross * total / spread), cross) if cross else 0.0
    return [z, math.erfc(abs(z) / math.sqrt(2.0))]
