"""Driver for dataset-dataloader-collate: iterate a DataLoader over the learner's Dataset with
the learner's collate function and return every batch with its dtypes."""
from torch.utils.data import DataLoader


def drive(learner, sequences, labels, max_len, pad_value, batch_size):
    dataset = learner.SequenceDataset(sequences, labels, max_len)
    collate = learner.pad_collate
    loader = DataLoader(dataset, batch_size=batch_size, shuffle=False,
                        collate_fn=lambda batch: collate(batch, pad_value))
    batches = []
    for tokens, lengths, labels_out in loader:
        batches.append({"tokens": tokens, "lengths": lengths, "labels": labels_out,
                        "dtypes": [str(getattr(t, "dtype", type(t).__name__))
                                   for t in (tokens, lengths, labels_out)]})
    return {"size": len(dataset), "batches": batches}
