"""The type names a typed caller needs, importable from one place.

`from keitaro_ext.types import CampaignType, CampaignState, CostType, UNSET, Unset`

The literal aliases are the ones the facade signatures use (`kt.campaigns.create(type_=...)`);
each is a `typing.Literal` of the values the tracker documents, so plain strings type-check.
`Unset`/`UNSET` mark the few fields a tracker may leave out of an answer (check `field is UNSET`
or `"field" in model`), and arguments not given.
"""

from keitaro_admin_client.facade.types import (
    BindVisitors,
    CampaignState,
    CampaignType,
    CostType,
    DomainState,
    LandingActionType,
    LandingPageState,
    LandingType,
    OfferState,
    OnlyCampaignUniques,
    PayoutType,
    StreamSchema,
    StreamState,
    StreamType,
)
from keitaro_admin_client.models.access_type import AccessType
from keitaro_admin_client.models.filter_operator import FilterOperator
from keitaro_admin_client.models.group_type import GroupType
from keitaro_admin_client.models.label_ref_name import LabelRefName
from keitaro_admin_client.models.log_type import LogType
from keitaro_admin_client.models.range_interval import RangeInterval
from keitaro_admin_client.models.user_type import UserType
from keitaro_admin_client.types import UNSET, Unset

__all__ = [
    "UNSET",
    "AccessType",
    "BindVisitors",
    "CampaignState",
    "CampaignType",
    "CostType",
    "DomainState",
    "FilterOperator",
    "GroupType",
    "LabelRefName",
    "LandingActionType",
    "LandingPageState",
    "LandingType",
    "LogType",
    "OfferState",
    "OnlyCampaignUniques",
    "PayoutType",
    "RangeInterval",
    "StreamSchema",
    "StreamState",
    "StreamType",
    "Unset",
    "UserType",
]
