from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_update_bind_visitors import CampaignUpdateBindVisitors, check_campaign_update_bind_visitors
from ..models.campaign_update_cost_type import CampaignUpdateCostType, check_campaign_update_cost_type
from ..models.campaign_update_state import CampaignUpdateState, check_campaign_update_state
from ..models.campaign_update_type import CampaignUpdateType, check_campaign_update_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.s2s_postback import S2SPostback
    from ..models.source_parameters import SourceParameters


T = TypeVar("T", bound="CampaignCreate")


@_attrs_define
class CampaignCreate:
    """Fields accepted when creating a campaign; `alias` and `name` are required.

    Attributes:
        alias (str): Short name used in the campaign URL; unique per tracker. Must hold a non-space character. Keitaro's
            document marks the field required but does not say blank text is refused; the fake refuses it as a tracker is
            assumed to (G).
        name (str): Display name. Must hold a non-space character. Keitaro's document marks the field required but does
            not say blank text is refused; the fake refuses it as a tracker is assumed to (G).
        type_ (CampaignUpdateType | Unset): How flows are picked.
        cookies_ttl (int | Unset): How long, in hours, a visitor stays bound to this campaign.
        state (CampaignUpdateState | Unset): New state.
        cost_type (CampaignUpdateCostType | Unset): Cost model. The published document allows only these three on write
            although campaigns read back with more.
        cost_value (float | Unset): Cost per unit of `cost_type`.
        cost_currency (None | str | Unset): ISO 4217 currency code of the cost.
        cost_auto (bool | Unset): Take the cost from the traffic source's `cost` parameter instead of `cost_value`.
        group_id (int | None | Unset): Campaign group. Keitaro's 2022 document types it as a string on write; real
            clients send an integer, which the tracker accepts, so this document uses the same type as on read.
        bind_visitors (CampaignUpdateBindVisitors | Unset): Visitor binding, see `Campaign.bind_visitors`.
        traffic_source_id (int | None | Unset): Traffic source the campaign buys from.
        parameters (None | SourceParameters | Unset): How incoming query parameters map onto tracker fields.
        token (str | Unset): Click API token.
        domain_id (int | None | Unset): Domain the campaign is served on. Accepted on write, never returned on read.
        postbacks (list[S2SPostback] | Unset): Server-to-server postbacks fired on conversions.
        notes (None | str | Unset): Free text notes.
    """

    alias: str
    name: str
    type_: CampaignUpdateType | Unset = UNSET
    cookies_ttl: int | Unset = UNSET
    state: CampaignUpdateState | Unset = UNSET
    cost_type: CampaignUpdateCostType | Unset = UNSET
    cost_value: float | Unset = UNSET
    cost_currency: None | str | Unset = UNSET
    cost_auto: bool | Unset = UNSET
    group_id: int | None | Unset = UNSET
    bind_visitors: CampaignUpdateBindVisitors | Unset = UNSET
    traffic_source_id: int | None | Unset = UNSET
    parameters: None | SourceParameters | Unset = UNSET
    token: str | Unset = UNSET
    domain_id: int | None | Unset = UNSET
    postbacks: list[S2SPostback] | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.source_parameters import SourceParameters  # noqa: PLC0415

        alias = self.alias

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        cookies_ttl = self.cookies_ttl

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        cost_type: str | Unset = UNSET
        if not isinstance(self.cost_type, Unset):
            cost_type = self.cost_type

        cost_value = self.cost_value

        cost_currency: None | str | Unset
        if isinstance(self.cost_currency, Unset):
            cost_currency = UNSET
        else:
            cost_currency = self.cost_currency

        cost_auto = self.cost_auto

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        bind_visitors: str | Unset = UNSET
        if not isinstance(self.bind_visitors, Unset):
            bind_visitors = self.bind_visitors

        traffic_source_id: int | None | Unset
        if isinstance(self.traffic_source_id, Unset):
            traffic_source_id = UNSET
        else:
            traffic_source_id = self.traffic_source_id

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, SourceParameters):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        token = self.token

        domain_id: int | None | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        else:
            domain_id = self.domain_id

        postbacks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.postbacks, Unset):
            postbacks = []
            for postbacks_item_data in self.postbacks:
                postbacks_item = postbacks_item_data.to_dict()
                postbacks.append(postbacks_item)

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alias": alias,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cookies_ttl is not UNSET:
            field_dict["cookies_ttl"] = cookies_ttl
        if state is not UNSET:
            field_dict["state"] = state
        if cost_type is not UNSET:
            field_dict["cost_type"] = cost_type
        if cost_value is not UNSET:
            field_dict["cost_value"] = cost_value
        if cost_currency is not UNSET:
            field_dict["cost_currency"] = cost_currency
        if cost_auto is not UNSET:
            field_dict["cost_auto"] = cost_auto
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if bind_visitors is not UNSET:
            field_dict["bind_visitors"] = bind_visitors
        if traffic_source_id is not UNSET:
            field_dict["traffic_source_id"] = traffic_source_id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if token is not UNSET:
            field_dict["token"] = token
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if postbacks is not UNSET:
            field_dict["postbacks"] = postbacks
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.s2s_postback import S2SPostback  # noqa: PLC0415
        from ..models.source_parameters import SourceParameters  # noqa: PLC0415

        d = dict(src_dict)
        alias = d.pop("alias")

        name = d.pop("name")

        _type_ = d.pop("type", UNSET)
        type_: CampaignUpdateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_campaign_update_type(_type_)

        cookies_ttl = d.pop("cookies_ttl", UNSET)

        _state = d.pop("state", UNSET)
        state: CampaignUpdateState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_campaign_update_state(_state)

        _cost_type = d.pop("cost_type", UNSET)
        cost_type: CampaignUpdateCostType | Unset
        if isinstance(_cost_type, Unset):
            cost_type = UNSET
        else:
            cost_type = check_campaign_update_cost_type(_cost_type)

        cost_value = d.pop("cost_value", UNSET)

        def _parse_cost_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost_currency = _parse_cost_currency(d.pop("cost_currency", UNSET))

        cost_auto = d.pop("cost_auto", UNSET)

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        _bind_visitors = d.pop("bind_visitors", UNSET)
        bind_visitors: CampaignUpdateBindVisitors | Unset
        if isinstance(_bind_visitors, Unset):
            bind_visitors = UNSET
        else:
            bind_visitors = check_campaign_update_bind_visitors(_bind_visitors)

        def _parse_traffic_source_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        traffic_source_id = _parse_traffic_source_id(d.pop("traffic_source_id", UNSET))

        def _parse_parameters(data: object) -> None | SourceParameters | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_1 = SourceParameters.from_dict(data)

                return parameters_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceParameters | Unset, data)

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        token = d.pop("token", UNSET)

        def _parse_domain_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        domain_id = _parse_domain_id(d.pop("domain_id", UNSET))

        _postbacks = d.pop("postbacks", UNSET)
        postbacks: list[S2SPostback] | Unset = UNSET
        if _postbacks is not UNSET:
            postbacks = []
            for postbacks_item_data in _postbacks:
                postbacks_item = S2SPostback.from_dict(postbacks_item_data)

                postbacks.append(postbacks_item)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        campaign_create = cls(
            alias=alias,
            name=name,
            type_=type_,
            cookies_ttl=cookies_ttl,
            state=state,
            cost_type=cost_type,
            cost_value=cost_value,
            cost_currency=cost_currency,
            cost_auto=cost_auto,
            group_id=group_id,
            bind_visitors=bind_visitors,
            traffic_source_id=traffic_source_id,
            parameters=parameters,
            token=token,
            domain_id=domain_id,
            postbacks=postbacks,
            notes=notes,
        )

        campaign_create.additional_properties = d
        return campaign_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
