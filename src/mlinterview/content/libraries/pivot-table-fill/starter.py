import pandas as pd


def units_matrix(sales: pd.DataFrame, margins: bool) -> pd.DataFrame:
    """Region x product grid of summed units, 0 where nothing was sold.

    Columns: region, the products in sorted order, then All if margins. Rows: the regions in
    sorted order, then an All row if margins. Counts are int64.
    """
    pass
