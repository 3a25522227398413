import numpy as np


def top_k_cosine(queries, docs, k):
    """For each query row, the k document rows with the highest cosine similarity.

    Returns (indices (n_queries, k) ints, scores (n_queries, k)); ties by lower document index;
    a zero vector has similarity 0 with everything.
    """
    pass
