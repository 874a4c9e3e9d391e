"""Known values of `GetReportLabelsLabelName`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

GetReportLabelsLabelName = Literal["blacklist", "whitelist"]

GET_REPORT_LABELS_LABEL_NAME_VALUES: frozenset[GetReportLabelsLabelName] = frozenset(
    {
        "blacklist",
        "whitelist",
    }
)


def check_get_report_labels_label_name(value: str) -> GetReportLabelsLabelName:
    return cast(GetReportLabelsLabelName, value)
