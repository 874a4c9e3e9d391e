from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_bind_visitors import CampaignBindVisitors, check_campaign_bind_visitors
from ..models.campaign_cost_type import CampaignCostType, check_campaign_cost_type
from ..models.campaign_state import CampaignState, check_campaign_state
from ..models.campaign_type import CampaignType, check_campaign_type
from ..models.campaign_uniqueness_method import CampaignUniquenessMethod, check_campaign_uniqueness_method
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.s2s_postback import S2SPostback
    from ..models.source_parameters import SourceParameters


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A campaign as the tracker returns it.

    Attributes:
        id (int):
        alias (str | Unset): Short name used in the campaign URL; unique per tracker.
        name (str | Unset): Display name.
        type_ (CampaignType | Unset): How flows are picked: by position or by weight.
        cookies_ttl (int | Unset): How long, in hours, a visitor stays bound to this campaign.
        position (int | Unset): Order in the campaign list.
        state (CampaignState | Unset): `deleted` means archived.
        cost_type (CampaignCostType | Unset): Cost model of the campaign.
        cost_value (float | Unset): Cost per unit of `cost_type`.
        cost_currency (None | str | Unset): ISO 4217 currency code of the cost.
        cost_auto (bool | Unset): Take the cost from the traffic source's `cost` parameter instead of `cost_value`.
        group_id (int | None | Unset): Campaign group, or null.
        bind_visitors (CampaignBindVisitors | Unset): Binds returning visitors to the same flow (`s`), flow and landing
            (`sl`) or flow, landing and offer (`slo`). Null when binding is off.
        traffic_source_id (int | None | Unset): Traffic source the campaign buys from.
        token (str | Unset): Click API token of the campaign. Treat it as a secret.
        parameters (None | SourceParameters | Unset): How incoming query parameters map onto tracker fields. Some
            trackers send this object as JSON text, sometimes encoded twice; the SDK decodes it (x-keitaro-json-string) and
            raises UnexpectedResponseError if it still is not an object. Evidence: playtini/keitaro-client
            src/AdminApi/Model/Campaign.php decodes a string `parameters`, and since commit 880a2db a second time ("string
            may be double json encoded"); observed by a maintained client, medium confidence.
        uniqueness_method (CampaignUniquenessMethod | Unset): What makes a click unique: the IP address, or the IP
            address and user agent. Not in Keitaro's document. Evidence: playtini/keitaro-client
            src/AdminApi/Enum/CampaignUniquenessMethodEnum.php (values `ip`, `ip_ua`) and src/AdminApi/Model/Campaign.php,
            which reads it from tracker answers; observed, medium confidence. Other values may exist on newer trackers.
        domain (None | str | Unset): Address the campaign is served on, as text. Write with `domain_id`. Not in
            Keitaro's document. Evidence: playtini/keitaro-client src/AdminApi/Model/Campaign.php reads `domain` from
            tracker answers and treats it as optional; observed, medium confidence. Null is accepted because the field may
            be missing or empty (not seen as null).
        postbacks (list[S2SPostback] | Unset): Server-to-server postbacks fired on conversions.
        notes (None | str | Unset): Free text notes.
        created_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
        updated_at (str | Unset): Timestamp as the tracker prints it, usually `YYYY-MM-DD HH:MM:SS` in the tracker's
            time zone.
    """

    id: int
    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: CampaignType | Unset = UNSET
    cookies_ttl: int | Unset = UNSET
    position: int | Unset = UNSET
    state: CampaignState | Unset = UNSET
    cost_type: CampaignCostType | Unset = UNSET
    cost_value: float | Unset = UNSET
    cost_currency: None | str | Unset = UNSET
    cost_auto: bool | Unset = UNSET
    group_id: int | None | Unset = UNSET
    bind_visitors: CampaignBindVisitors | Unset = UNSET
    traffic_source_id: int | None | Unset = UNSET
    token: str | Unset = UNSET
    parameters: None | SourceParameters | Unset = UNSET
    uniqueness_method: CampaignUniquenessMethod | Unset = UNSET
    domain: None | str | Unset = UNSET
    postbacks: list[S2SPostback] | Unset = UNSET
    notes: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.source_parameters import SourceParameters  # noqa: PLC0415

        id = self.id

        alias = self.alias

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        cookies_ttl = self.cookies_ttl

        position = self.position

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

        token = self.token

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, SourceParameters):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        uniqueness_method: str | Unset = UNSET
        if not isinstance(self.uniqueness_method, Unset):
            uniqueness_method = self.uniqueness_method

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

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

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cookies_ttl is not UNSET:
            field_dict["cookies_ttl"] = cookies_ttl
        if position is not UNSET:
            field_dict["position"] = position
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
        if token is not UNSET:
            field_dict["token"] = token
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if uniqueness_method is not UNSET:
            field_dict["uniqueness_method"] = uniqueness_method
        if domain is not UNSET:
            field_dict["domain"] = domain
        if postbacks is not UNSET:
            field_dict["postbacks"] = postbacks
        if notes is not UNSET:
            field_dict["notes"] = notes
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.s2s_postback import S2SPostback  # noqa: PLC0415
        from ..models.source_parameters import SourceParameters  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        alias = d.pop("alias", UNSET)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CampaignType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_campaign_type(_type_)

        cookies_ttl = d.pop("cookies_ttl", UNSET)

        position = d.pop("position", UNSET)

        _state = d.pop("state", UNSET)
        state: CampaignState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_campaign_state(_state)

        _cost_type = d.pop("cost_type", UNSET)
        cost_type: CampaignCostType | Unset
        if isinstance(_cost_type, Unset):
            cost_type = UNSET
        else:
            cost_type = check_campaign_cost_type(_cost_type)

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
        bind_visitors: CampaignBindVisitors | Unset
        if isinstance(_bind_visitors, Unset):
            bind_visitors = UNSET
        else:
            bind_visitors = check_campaign_bind_visitors(_bind_visitors)

        def _parse_traffic_source_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        traffic_source_id = _parse_traffic_source_id(d.pop("traffic_source_id", UNSET))

        token = d.pop("token", UNSET)

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

        _uniqueness_method = d.pop("uniqueness_method", UNSET)
        uniqueness_method: CampaignUniquenessMethod | Unset
        if isinstance(_uniqueness_method, Unset):
            uniqueness_method = UNSET
        else:
            uniqueness_method = check_campaign_uniqueness_method(_uniqueness_method)

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

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

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        campaign = cls(
            id=id,
            alias=alias,
            name=name,
            type_=type_,
            cookies_ttl=cookies_ttl,
            position=position,
            state=state,
            cost_type=cost_type,
            cost_value=cost_value,
            cost_currency=cost_currency,
            cost_auto=cost_auto,
            group_id=group_id,
            bind_visitors=bind_visitors,
            traffic_source_id=traffic_source_id,
            token=token,
            parameters=parameters,
            uniqueness_method=uniqueness_method,
            domain=domain,
            postbacks=postbacks,
            notes=notes,
            created_at=created_at,
            updated_at=updated_at,
        )

        campaign.additional_properties = d
        return campaign

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
