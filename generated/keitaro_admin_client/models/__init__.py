"""Data models of the Keitaro Admin API.

Names are imported on first use (PEP 562): importing the package must not load every model module.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_type import AccessType
    from .affiliate_network import AffiliateNetwork
    from .affiliate_network_create import AffiliateNetworkCreate
    from .affiliate_network_pull_api_options_type_1 import AffiliateNetworkPullApiOptionsType1
    from .affiliate_network_state import AffiliateNetworkState
    from .affiliate_network_update import AffiliateNetworkUpdate
    from .avscan_key import AvscanKey
    from .bot_list import BotList
    from .bot_list_count import BotListCount
    from .bot_list_input import BotListInput
    from .campaign import Campaign
    from .campaign_bind_visitors import CampaignBindVisitors
    from .campaign_cost_type import CampaignCostType
    from .campaign_cost_update import CampaignCostUpdate
    from .campaign_create import CampaignCreate
    from .campaign_link import CampaignLink
    from .campaign_option import CampaignOption
    from .campaign_state import CampaignState
    from .campaign_type import CampaignType
    from .campaign_uniqueness_method import CampaignUniquenessMethod
    from .campaign_update import CampaignUpdate
    from .campaign_update_bind_visitors import CampaignUpdateBindVisitors
    from .campaign_update_cost_type import CampaignUpdateCostType
    from .campaign_update_state import CampaignUpdateState
    from .campaign_update_type import CampaignUpdateType
    from .clean_stats_request import CleanStatsRequest
    from .click_cost_period import ClickCostPeriod
    from .click_cost_update import ClickCostUpdate
    from .click_cost_update_only_campaign_uniques import ClickCostUpdateOnlyCampaignUniques
    from .click_log_request import ClickLogRequest
    from .conversion_column import ConversionColumn
    from .conversion_log_request import ConversionLogRequest
    from .cost_filter import CostFilter
    from .domain import Domain
    from .domain_create import DomainCreate
    from .domain_state import DomainState
    from .domain_update import DomainUpdate
    from .domain_update_state import DomainUpdateState
    from .error import Error
    from .facebook_integration import FacebookIntegration
    from .facebook_integration_envelope import FacebookIntegrationEnvelope
    from .facebook_integration_input import FacebookIntegrationInput
    from .facebook_integration_list import FacebookIntegrationList
    from .facebook_proxy import FacebookProxy
    from .facebook_proxy_protocol import FacebookProxyProtocol
    from .file_content import FileContent
    from .file_path import FilePath
    from .file_tree import FileTree
    from .filter_operator import FilterOperator
    from .get_report_labels_label_name import GetReportLabelsLabelName
    from .group import Group
    from .group_create import GroupCreate
    from .group_type import GroupType
    from .group_update import GroupUpdate
    from .imklo_url import ImkloUrl
    from .label_ref_name import LabelRefName
    from .labels import Labels
    from .labels_update import LabelsUpdate
    from .labels_update_items import LabelsUpdateItems
    from .landing_page import LandingPage
    from .landing_page_action_options_type_0 import LandingPageActionOptionsType0
    from .landing_page_action_payload_type_1 import LandingPageActionPayloadType1
    from .landing_page_create import LandingPageCreate
    from .landing_page_update import LandingPageUpdate
    from .landing_page_update_action_payload_type_1 import LandingPageUpdateActionPayloadType1
    from .landing_page_update_action_type import LandingPageUpdateActionType
    from .landing_page_update_landing_type import LandingPageUpdateLandingType
    from .landing_page_update_state import LandingPageUpdateState
    from .log_entry import LogEntry
    from .log_type import LogType
    from .offer import Offer
    from .offer_action_options_type_0 import OfferActionOptionsType0
    from .offer_action_payload_type_1 import OfferActionPayloadType1
    from .offer_create import OfferCreate
    from .offer_update import OfferUpdate
    from .offer_update_action_payload_type_1 import OfferUpdateActionPayloadType1
    from .offer_update_payout_type import OfferUpdatePayoutType
    from .offer_update_state import OfferUpdateState
    from .range_interval import RangeInterval
    from .report import Report
    from .report_column import ReportColumn
    from .report_filter import ReportFilter
    from .report_meta_type_0 import ReportMetaType0
    from .report_metric import ReportMetric
    from .report_range import ReportRange
    from .report_request import ReportRequest
    from .report_row import ReportRow
    from .report_sort import ReportSort
    from .report_sort_order import ReportSortOrder
    from .s2s_postback import S2SPostback
    from .s2s_postback_method import S2SPostbackMethod
    from .s2s_postback_statuses_item import S2SPostbackStatusesItem
    from .source_parameter import SourceParameter
    from .source_parameters import SourceParameters
    from .stream import Stream
    from .stream_action_info import StreamActionInfo
    from .stream_action_options_type_0 import StreamActionOptionsType0
    from .stream_action_payload_type_1 import StreamActionPayloadType1
    from .stream_create import StreamCreate
    from .stream_filter_info import StreamFilterInfo
    from .stream_filter_info_defaults_type_2 import StreamFilterInfoDefaultsType2
    from .stream_filter_info_modes_type_0 import StreamFilterInfoModesType0
    from .stream_filter_rule import StreamFilterRule
    from .stream_filter_rule_input import StreamFilterRuleInput
    from .stream_filter_rule_input_mode import StreamFilterRuleInputMode
    from .stream_filter_rule_payload_type_2 import StreamFilterRulePayloadType2
    from .stream_landing import StreamLanding
    from .stream_landing_input import StreamLandingInput
    from .stream_landing_input_state import StreamLandingInputState
    from .stream_offer import StreamOffer
    from .stream_offer_input import StreamOfferInput
    from .stream_offer_input_state import StreamOfferInputState
    from .stream_update import StreamUpdate
    from .stream_update_action_options_type_0 import StreamUpdateActionOptionsType0
    from .stream_update_action_payload_type_1 import StreamUpdateActionPayloadType1
    from .stream_update_schema import StreamUpdateSchema
    from .stream_update_state import StreamUpdateState
    from .stream_update_type import StreamUpdateType
    from .success import Success
    from .traffic_source import TrafficSource
    from .traffic_source_create import TrafficSourceCreate
    from .traffic_source_input import TrafficSourceInput
    from .trigger import Trigger
    from .trigger_input import TriggerInput
    from .trigger_input_action import TriggerInputAction
    from .trigger_input_condition import TriggerInputCondition
    from .trigger_input_target import TriggerInputTarget
    from .user import User
    from .user_access import UserAccess
    from .user_access_input import UserAccessInput
    from .user_access_update import UserAccessUpdate
    from .user_create import UserCreate
    from .user_preferences import UserPreferences
    from .user_preferences_language import UserPreferencesLanguage
    from .user_type import UserType
    from .user_update import UserUpdate
    from .validation_errors import ValidationErrors

_MODULE_OF: dict[str, str] = {
    "AccessType": ".access_type",
    "AffiliateNetwork": ".affiliate_network",
    "AffiliateNetworkCreate": ".affiliate_network_create",
    "AffiliateNetworkPullApiOptionsType1": ".affiliate_network_pull_api_options_type_1",
    "AffiliateNetworkState": ".affiliate_network_state",
    "AffiliateNetworkUpdate": ".affiliate_network_update",
    "AvscanKey": ".avscan_key",
    "BotList": ".bot_list",
    "BotListCount": ".bot_list_count",
    "BotListInput": ".bot_list_input",
    "Campaign": ".campaign",
    "CampaignBindVisitors": ".campaign_bind_visitors",
    "CampaignCostType": ".campaign_cost_type",
    "CampaignCostUpdate": ".campaign_cost_update",
    "CampaignCreate": ".campaign_create",
    "CampaignLink": ".campaign_link",
    "CampaignOption": ".campaign_option",
    "CampaignState": ".campaign_state",
    "CampaignType": ".campaign_type",
    "CampaignUniquenessMethod": ".campaign_uniqueness_method",
    "CampaignUpdate": ".campaign_update",
    "CampaignUpdateBindVisitors": ".campaign_update_bind_visitors",
    "CampaignUpdateCostType": ".campaign_update_cost_type",
    "CampaignUpdateState": ".campaign_update_state",
    "CampaignUpdateType": ".campaign_update_type",
    "CleanStatsRequest": ".clean_stats_request",
    "ClickCostPeriod": ".click_cost_period",
    "ClickCostUpdate": ".click_cost_update",
    "ClickCostUpdateOnlyCampaignUniques": ".click_cost_update_only_campaign_uniques",
    "ClickLogRequest": ".click_log_request",
    "ConversionColumn": ".conversion_column",
    "ConversionLogRequest": ".conversion_log_request",
    "CostFilter": ".cost_filter",
    "Domain": ".domain",
    "DomainCreate": ".domain_create",
    "DomainState": ".domain_state",
    "DomainUpdate": ".domain_update",
    "DomainUpdateState": ".domain_update_state",
    "Error": ".error",
    "FacebookIntegration": ".facebook_integration",
    "FacebookIntegrationEnvelope": ".facebook_integration_envelope",
    "FacebookIntegrationInput": ".facebook_integration_input",
    "FacebookIntegrationList": ".facebook_integration_list",
    "FacebookProxy": ".facebook_proxy",
    "FacebookProxyProtocol": ".facebook_proxy_protocol",
    "FileContent": ".file_content",
    "FilePath": ".file_path",
    "FileTree": ".file_tree",
    "FilterOperator": ".filter_operator",
    "GetReportLabelsLabelName": ".get_report_labels_label_name",
    "Group": ".group",
    "GroupCreate": ".group_create",
    "GroupType": ".group_type",
    "GroupUpdate": ".group_update",
    "ImkloUrl": ".imklo_url",
    "LabelRefName": ".label_ref_name",
    "Labels": ".labels",
    "LabelsUpdate": ".labels_update",
    "LabelsUpdateItems": ".labels_update_items",
    "LandingPage": ".landing_page",
    "LandingPageActionOptionsType0": ".landing_page_action_options_type_0",
    "LandingPageActionPayloadType1": ".landing_page_action_payload_type_1",
    "LandingPageCreate": ".landing_page_create",
    "LandingPageUpdate": ".landing_page_update",
    "LandingPageUpdateActionPayloadType1": ".landing_page_update_action_payload_type_1",
    "LandingPageUpdateActionType": ".landing_page_update_action_type",
    "LandingPageUpdateLandingType": ".landing_page_update_landing_type",
    "LandingPageUpdateState": ".landing_page_update_state",
    "LogEntry": ".log_entry",
    "LogType": ".log_type",
    "Offer": ".offer",
    "OfferActionOptionsType0": ".offer_action_options_type_0",
    "OfferActionPayloadType1": ".offer_action_payload_type_1",
    "OfferCreate": ".offer_create",
    "OfferUpdate": ".offer_update",
    "OfferUpdateActionPayloadType1": ".offer_update_action_payload_type_1",
    "OfferUpdatePayoutType": ".offer_update_payout_type",
    "OfferUpdateState": ".offer_update_state",
    "RangeInterval": ".range_interval",
    "Report": ".report",
    "ReportColumn": ".report_column",
    "ReportFilter": ".report_filter",
    "ReportMetaType0": ".report_meta_type_0",
    "ReportMetric": ".report_metric",
    "ReportRange": ".report_range",
    "ReportRequest": ".report_request",
    "ReportRow": ".report_row",
    "ReportSort": ".report_sort",
    "ReportSortOrder": ".report_sort_order",
    "S2SPostback": ".s2s_postback",
    "S2SPostbackMethod": ".s2s_postback_method",
    "S2SPostbackStatusesItem": ".s2s_postback_statuses_item",
    "SourceParameter": ".source_parameter",
    "SourceParameters": ".source_parameters",
    "Stream": ".stream",
    "StreamActionInfo": ".stream_action_info",
    "StreamActionOptionsType0": ".stream_action_options_type_0",
    "StreamActionPayloadType1": ".stream_action_payload_type_1",
    "StreamCreate": ".stream_create",
    "StreamFilterInfo": ".stream_filter_info",
    "StreamFilterInfoDefaultsType2": ".stream_filter_info_defaults_type_2",
    "StreamFilterInfoModesType0": ".stream_filter_info_modes_type_0",
    "StreamFilterRule": ".stream_filter_rule",
    "StreamFilterRuleInput": ".stream_filter_rule_input",
    "StreamFilterRuleInputMode": ".stream_filter_rule_input_mode",
    "StreamFilterRulePayloadType2": ".stream_filter_rule_payload_type_2",
    "StreamLanding": ".stream_landing",
    "StreamLandingInput": ".stream_landing_input",
    "StreamLandingInputState": ".stream_landing_input_state",
    "StreamOffer": ".stream_offer",
    "StreamOfferInput": ".stream_offer_input",
    "StreamOfferInputState": ".stream_offer_input_state",
    "StreamUpdate": ".stream_update",
    "StreamUpdateActionOptionsType0": ".stream_update_action_options_type_0",
    "StreamUpdateActionPayloadType1": ".stream_update_action_payload_type_1",
    "StreamUpdateSchema": ".stream_update_schema",
    "StreamUpdateState": ".stream_update_state",
    "StreamUpdateType": ".stream_update_type",
    "Success": ".success",
    "TrafficSource": ".traffic_source",
    "TrafficSourceCreate": ".traffic_source_create",
    "TrafficSourceInput": ".traffic_source_input",
    "Trigger": ".trigger",
    "TriggerInput": ".trigger_input",
    "TriggerInputAction": ".trigger_input_action",
    "TriggerInputCondition": ".trigger_input_condition",
    "TriggerInputTarget": ".trigger_input_target",
    "User": ".user",
    "UserAccess": ".user_access",
    "UserAccessInput": ".user_access_input",
    "UserAccessUpdate": ".user_access_update",
    "UserCreate": ".user_create",
    "UserPreferences": ".user_preferences",
    "UserPreferencesLanguage": ".user_preferences_language",
    "UserType": ".user_type",
    "UserUpdate": ".user_update",
    "ValidationErrors": ".validation_errors",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccessType",
    "AffiliateNetwork",
    "AffiliateNetworkCreate",
    "AffiliateNetworkPullApiOptionsType1",
    "AffiliateNetworkState",
    "AffiliateNetworkUpdate",
    "AvscanKey",
    "BotList",
    "BotListCount",
    "BotListInput",
    "Campaign",
    "CampaignBindVisitors",
    "CampaignCostType",
    "CampaignCostUpdate",
    "CampaignCreate",
    "CampaignLink",
    "CampaignOption",
    "CampaignState",
    "CampaignType",
    "CampaignUniquenessMethod",
    "CampaignUpdate",
    "CampaignUpdateBindVisitors",
    "CampaignUpdateCostType",
    "CampaignUpdateState",
    "CampaignUpdateType",
    "CleanStatsRequest",
    "ClickCostPeriod",
    "ClickCostUpdate",
    "ClickCostUpdateOnlyCampaignUniques",
    "ClickLogRequest",
    "ConversionColumn",
    "ConversionLogRequest",
    "CostFilter",
    "Domain",
    "DomainCreate",
    "DomainState",
    "DomainUpdate",
    "DomainUpdateState",
    "Error",
    "FacebookIntegration",
    "FacebookIntegrationEnvelope",
    "FacebookIntegrationInput",
    "FacebookIntegrationList",
    "FacebookProxy",
    "FacebookProxyProtocol",
    "FileContent",
    "FilePath",
    "FileTree",
    "FilterOperator",
    "GetReportLabelsLabelName",
    "Group",
    "GroupCreate",
    "GroupType",
    "GroupUpdate",
    "ImkloUrl",
    "LabelRefName",
    "Labels",
    "LabelsUpdate",
    "LabelsUpdateItems",
    "LandingPage",
    "LandingPageActionOptionsType0",
    "LandingPageActionPayloadType1",
    "LandingPageCreate",
    "LandingPageUpdate",
    "LandingPageUpdateActionPayloadType1",
    "LandingPageUpdateActionType",
    "LandingPageUpdateLandingType",
    "LandingPageUpdateState",
    "LogEntry",
    "LogType",
    "Offer",
    "OfferActionOptionsType0",
    "OfferActionPayloadType1",
    "OfferCreate",
    "OfferUpdate",
    "OfferUpdateActionPayloadType1",
    "OfferUpdatePayoutType",
    "OfferUpdateState",
    "RangeInterval",
    "Report",
    "ReportColumn",
    "ReportFilter",
    "ReportMetaType0",
    "ReportMetric",
    "ReportRange",
    "ReportRequest",
    "ReportRow",
    "ReportSort",
    "ReportSortOrder",
    "S2SPostback",
    "S2SPostbackMethod",
    "S2SPostbackStatusesItem",
    "SourceParameter",
    "SourceParameters",
    "Stream",
    "StreamActionInfo",
    "StreamActionOptionsType0",
    "StreamActionPayloadType1",
    "StreamCreate",
    "StreamFilterInfo",
    "StreamFilterInfoDefaultsType2",
    "StreamFilterInfoModesType0",
    "StreamFilterRule",
    "StreamFilterRuleInput",
    "StreamFilterRuleInputMode",
    "StreamFilterRulePayloadType2",
    "StreamLanding",
    "StreamLandingInput",
    "StreamLandingInputState",
    "StreamOffer",
    "StreamOfferInput",
    "StreamOfferInputState",
    "StreamUpdate",
    "StreamUpdateActionOptionsType0",
    "StreamUpdateActionPayloadType1",
    "StreamUpdateSchema",
    "StreamUpdateState",
    "StreamUpdateType",
    "Success",
    "TrafficSource",
    "TrafficSourceCreate",
    "TrafficSourceInput",
    "Trigger",
    "TriggerInput",
    "TriggerInputAction",
    "TriggerInputCondition",
    "TriggerInputTarget",
    "User",
    "UserAccess",
    "UserAccessInput",
    "UserAccessUpdate",
    "UserCreate",
    "UserPreferences",
    "UserPreferencesLanguage",
    "UserType",
    "UserUpdate",
    "ValidationErrors",
)
