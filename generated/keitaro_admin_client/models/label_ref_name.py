"""Known values of `LabelRefName`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

LabelRefName = Literal[
    "ad_campaign_id",
    "ad_campaign_idn",
    "creative_id",
    "ip",
    "keyword",
    "source",
    "sub_id_1",
    "sub_id_10",
    "sub_id_2",
    "sub_id_3",
    "sub_id_4",
    "sub_id_5",
    "sub_id_6",
    "sub_id_7",
    "sub_id_8",
    "sub_id_9",
]

LABEL_REF_NAME_VALUES: frozenset[LabelRefName] = frozenset(
    {
        "ad_campaign_id",
        "ad_campaign_idn",
        "creative_id",
        "ip",
        "keyword",
        "source",
        "sub_id_1",
        "sub_id_10",
        "sub_id_2",
        "sub_id_3",
        "sub_id_4",
        "sub_id_5",
        "sub_id_6",
        "sub_id_7",
        "sub_id_8",
        "sub_id_9",
    }
)


def check_label_ref_name(value: str) -> LabelRefName:
    return cast(LabelRefName, value)
