"""The report from a confusion matrix filled one prediction at a time, and per-class ratios
computed in a plain loop."""


def ratio(num, den):
    return num / den if den else 0.0


def classification_report(y_true, y_pred, n_classes):
    confusion = [[0] * n_classes for _ in range(n_classes)]
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        confusion[t][p] += 1
    precision, recall, f1 = [], [], []
    correct = 0
    for c in range(n_classes):
        tp = confusion[c][c]
        correct += tp
        predicted_c = sum(confusion[r][c] for r in range(n_classes))
        actual_c = sum(confusion[c])
        p = ratio(tp, predicted_c)
        r = ratio(tp, actual_c)
        precision.append(p)
        recall.append(r)
        # 2pr / (p + r) is 2tp / (predicted + actual) whenever tp > 0, and 0 otherwise
        f1.append(ratio(2 * tp, predicted_c + actual_c))
    k = n_classes
    return {
        "confusion": confusion,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "macro_precision": sum(precision) / k,
        "macro_recall": sum(recall) / k,
        "macro_f1": sum(f1) / k,
        "accuracy": correct / len(y_true),
    }
